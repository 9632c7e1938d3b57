/**
 * "Nine people were killed and 63 injured when a magnitude-5.8 earthquake struck Yongsheng
 * County in … Yunnan Province" → "Magnitude-5.8 earthquake kills nine in Yunnan Province":
 * a casualty lead names its dead first and its cause in a closing clause; a headline says
 * what killed them and where, so the cause becomes the subject.
 */
import {
  isPlural,
  mainVerb,
  PAST_TENSES_READ_AS_NOUNS,
  presentOfPast,
  spelledPlural,
} from './headline-verbs';
import { ARTICLES, hasTag, parse, phrase, type Word } from './lead-words';
import { capitalised } from './sentence-case';

/** "Nine people", "At least 17 people", "Twelve miners": the count of the dead ("people" goes). */
const COUNT =
  /^(?<count>(?:(?:at least|more than|over|nearly|almost|about|around|some|up to) )?(?:\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?))(?: (?:people|persons)| (?<who>\p{Ll}+s))?$/iu;
const DEATH =
  /^(?:(?:were|have been|had been|are|was) killed|(?:have |had )?died|(?:are|were) dead)$/i;
const CAUSE_OPENERS = /^(?:when|after|as)$/i;
/** Words that go with a place's name: "Yunnan Province", "Qinghai province". */
const PLACE_WORDS =
  /^(?:province|region|state|county|district|prefecture|department|island|islands)$/i;
const NUMBER_WORDS =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|dozens|scores)(?:-[a-z]+)?$/i;

/** The last place the cause's clause names: its last run of capitalised words, an owner ("China's") skipped. */
function lastPlace(words: Word[]): string | undefined {
  let end = -1;
  for (let k = words.length - 1; k >= 0; k -= 1) {
    const word = words[k];
    if (!word) continue;
    const name = /^\p{Lu}/u.test(word.text) && !/['’]s$/u.test(word.text);
    if (name && (hasTag(word, 'Place', 'ProperNoun') || hasTag(words[k + 1], 'Place'))) {
      end = k;
      break;
    }
  }
  if (end < 0) return undefined;
  let start = end;
  while (
    start > 0 &&
    /^\p{Lu}/u.test(words[start - 1]?.text ?? '') &&
    !/['’]s$/u.test(words[start - 1]?.text ?? '')
  )
    start -= 1;
  const closing = PLACE_WORDS.test(words[end + 1]?.text ?? '') ? end + 1 : end;
  return phrase(words.slice(start, closing + 1)).replace(/[,;.]+$/, '');
}

/**
 * "A crowded ferry capsized on the Meghna River in central Bangladesh …, killing at least 31 people"
 * → "Crowded ferry capsizes in Bangladesh, killing at least 31": the event, its place and its toll,
 * for a verb without an object (one with an object would lose it: "opened fire on …").
 */
function closingToll(clause: string): string | undefined {
  const toll =
    /,\s+killing (?<count>(?:(?:at least|more than|over|nearly|almost|about|around|some|up to) )?[\p{L}\d,-]+?)(?: (?:people|persons))?(?=,|$| and\b)/u.exec(
      clause,
    );
  const count = toll?.groups?.['count'];
  if (!toll || !count) return undefined;
  const number = count.split(' ').at(-1) ?? '';
  if (!(/^\d/.test(number) || NUMBER_WORDS.test(number) || /^\p{Ll}+s$/u.test(number)))
    return undefined;
  const main = clause.slice(0, toll.index);
  const { words, verbs } = parse(main);
  const verb = mainVerb(words, verbs);
  const past = words[verb?.start ?? -1];
  // "capsized on", "collapsed in": where it happened follows the verb.
  if (
    !verb ||
    !past ||
    verb.start !== verb.end ||
    !/^(?:on|in|at|off|near|outside)$/i.test(words[verb.end + 1]?.text ?? '')
  )
    return undefined;
  // "A bus carrying pilgrims": the head without its description.
  const described = words.findIndex(
    (word, k) =>
      k > 0 &&
      k < verb.start - 1 &&
      (hasTag(word, 'Gerund', 'PastTense') || /^\p{Ll}+ing$/u.test(word.text)),
  );
  const subjectWords = words
    .slice(0, described > 0 ? described : verb.start)
    .filter((word, k) => k > 0 || !ARTICLES.has(word.text.toLowerCase()));
  const present = presentOfPast(
    past.text,
    isPlural(subjectWords) || spelledPlural(subjectWords.at(-1)),
  );
  const place = lastPlace(words.slice(verb.end + 1));
  if (!present || !place || subjectWords.length === 0 || subjectWords.length > 4) return undefined;
  const subject = phrase(subjectWords);
  return `${capitalised(subject)} ${present} in ${place}, killing ${count}`;
}

/** What kills by itself: a headline may make it the subject of "kills". */
const HAZARDS =
  /^(?:earthquakes?|quakes?|tremors?|wildfires?|fires?|blazes?|bushfires?|floods?|storms?|typhoons?|cyclones?|hurricanes?|tornado(?:e)?s?|landslides?|mudslides?|avalanches?|explosions?|blasts?|eruptions?|tsunamis?|heatwaves?|bombings?|airstrikes?)$/i;
const TOLL =
  /,\s+killing (?<count>(?:(?:at least|more than|over|nearly|almost|about|around|some|up to) )?(?:\d[\d,]*|\p{Ll}+))(?: (?<who>people|persons|\p{Ll}+s))?(?: in (?:the (?:state|province|region|city|town|village|district|county) of )?(?<place>\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*))?/u;

/**
 * "A wildfire fanned by gale-force winds swept down the hills behind … Split, killing two
 * firefighters and forcing …" → "Wildfire kills two firefighters in Split": a hazard that
 * kills is the subject of "kills" (a ferry that capsized is not: closingToll keeps its event);
 * the place is the toll's own ("in the state of Guerrero") or the last the clause named.
 */
function hazardToll(clause: string): string | undefined {
  const toll = TOLL.exec(clause);
  const count = toll?.groups?.['count'];
  if (!toll || !count) return undefined;
  const number = count.split(' ').at(-1) ?? '';
  if (!(/^\d/.test(number) || NUMBER_WORDS.test(number))) return undefined;
  const { words, verbs } = parse(clause.slice(0, toll.index));
  const verb = mainVerb(words, verbs);
  if (!verb) return undefined;
  // "A wildfire fanned by gale-force winds": the head without its description.
  const described = words.findIndex(
    (word, k) => k > 0 && k < verb.start && hasTag(word, 'Gerund', 'PastTense'),
  );
  const subjectWords = words
    .slice(0, described > 0 ? described : verb.start)
    .filter((word, k) => k > 0 || !ARTICLES.has(word.text.toLowerCase()));
  const head = subjectWords.at(-1);
  if (!head || subjectWords.length > 4 || !HAZARDS.test(head.text)) return undefined;
  const who = toll.groups?.['who'];
  const victims = `${count}${who && !/^(?:people|persons)$/u.test(who) ? ` ${who}` : ''}`;
  const subject = phrase(subjectWords);
  const plural = isPlural(subjectWords) || spelledPlural(head);
  const headline = `${capitalised(subject)} ${plural ? 'kill' : 'kills'} ${victims}`;
  const place = toll.groups?.['place'] ?? lastPlace(words.slice(verb.end + 1));
  return place && !subject.includes(place) ? `${headline} in ${place}` : headline;
}

export function casualtyHeadline(clause: string): string | undefined {
  if (/,\s+killing\b/u.test(clause)) return closingToll(clause) ?? hazardToll(clause);
  // The parse is the costly part: only a lead with a death and a cause clause is parsed.
  if (!/\b(?:killed|died|dead)\b.*\b(?:when|after|as)\b/iu.test(clause)) return undefined;
  const { words } = parse(clause);
  const opener = words.findIndex((word) => CAUSE_OPENERS.test(word.text));
  if (opener < 2) return undefined;
  const head = words.slice(0, opener);
  // The dead, then "were killed" (and maybe "and 63 injured"), then "when"/"after".
  const deathAt = head.findIndex((_, k) =>
    [1, 2, 3].some((n) => DEATH.test(phrase(head.slice(k, k + n)).replace(/[,;]$/, ''))),
  );
  if (deathAt < 1) return undefined;
  const countText = phrase(head.slice(0, deathAt));
  const count = COUNT.exec(countText)?.groups?.['count'];
  const number = count?.split(' ').at(-1) ?? '';
  const who = COUNT.exec(countText)?.groups?.['who'];
  if (!count || !(/^\d/.test(number) || NUMBER_WORDS.test(number))) return undefined;
  const clauseWords = words.slice(opener + 1);
  // ("hit" is spelt like its present; the tagger may call it a noun.)
  const verbAt = clauseWords.findIndex(
    (word, k) =>
      k > 0 &&
      (hasTag(word, 'PastTense') ||
        (hasTag(word, 'Verb') && !hasTag(word, 'Gerund')) ||
        word.text.toLowerCase() in PAST_TENSES_READ_AS_NOUNS),
  );
  if (verbAt < 1) return undefined;
  // The cause must act on something ("struck Yongsheng County", "swept through villages"); a boat that
  // "capsized on Lake …" killed no one itself, and its headline keeps the event.
  const after = clauseWords[verbAt + 1];
  // "a fuel tanker overturned and exploded on a highway": what killed them is the explosion.
  const exploded =
    /^and$/i.test(after?.text ?? '') &&
    /^(?:exploded|blew)$/i.test(clauseWords[verbAt + 2]?.text ?? '');
  if (
    !exploded &&
    !hasTag(after, 'Determiner', 'Noun', 'ProperNoun', 'Value') &&
    !/^(?:through|across)$/i.test(after?.text ?? '')
  )
    return undefined;
  const cause = clauseWords
    .slice(0, verbAt)
    .filter((word, k) => k > 0 || !ARTICLES.has(word.text.toLowerCase()));
  const causeHead = cause.at(-1);
  if (!hasTag(causeHead, 'Noun') || hasTag(causeHead, 'Pronoun')) return undefined;
  const place = lastPlace(clauseWords.slice(verbAt + 1));
  const plural = !exploded && (isPlural(cause) || spelledPlural(causeHead));
  const causeText = `${phrase(cause).replace(/[,;]$/, '')}${exploded ? ' explosion' : ''}`;
  const subject = capitalised(causeText);
  const victims = `${count.charAt(0).toLowerCase()}${count.slice(1)}${who ? ` ${who}` : ''}`;
  const headline = `${subject} ${plural ? 'kill' : 'kills'} ${victims}`;
  return place && !causeText.includes(place) ? `${headline} in ${place}` : headline;
}

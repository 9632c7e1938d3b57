/**
 * A headline from a story's lead sentence, built on compromise's part-of-speech parse by
 * the rules the README's "Headlines" list explains for editors: the lead cut to its core
 * clause (lead-clauses.ts), split at its main verb, put in headline tense, voice and
 * agreement (headline-verbs.ts), in headline style, and shortened only at a phrase
 * boundary. No verb, or no complete clause within the length limit: no headline (the
 * caller falls back to a short phrase).
 */
import nlp from 'compromise';
import {
  headlineTenses,
  headlineVerb,
  isPlural,
  isPreposition,
  mainVerb,
  presentOfPast,
  spelledPlural,
} from './headline-verbs';
import { casualtyHeadline } from './casualty-lead';
import { coreClause } from './lead-clauses';
import { withoutDashAside } from './shorter-sentence';
import {
  ARTICLES,
  hasTag,
  isNounish,
  parse,
  phrase,
  type VerbPhrase,
  type Word,
} from './lead-words';
import { capitalised } from './sentence-case';

export const MAX_HEADLINE_CHARS = 80;

/** Verbs of saying: always "says" in a headline. */
const SPEECH = new Set(['say', 'claim', 'tell']);
/** Verbs that report a clause ("announced it would …") or a thing ("reported a 40 percent drop"): "says" only before a clause. */
const REPORTING = new Set(['announce', 'report', 'confirm', 'warn', 'state']);
const SUBJECT_PRONOUNS = /^(?:it|he|she|they|we|i)$/i;
/** Reported speech moves to the headline's present: "he would call" → "he will call", "it had found" → "it has found". */
function reportedTense(rest: Word[]): Word[] {
  const [pronoun, verb] = rest;
  if (!pronoun || !verb) return rest;
  if (!SUBJECT_PRONOUNS.test(pronoun.text)) return reportedClause(rest);
  const lower = verb.text.toLowerCase();
  const plural = /^(?:they|we|i)$/i.test(pronoun.text);
  const present =
    lower === 'had'
      ? plural
        ? 'have'
        : 'has'
      : lower === 'would'
        ? 'will'
        : lower === 'was'
          ? /^i$/i.test(pronoun.text)
            ? 'am'
            : 'is'
          : lower === 'were'
            ? 'are'
            : undefined;
  return present ? [pronoun, { ...verb, text: present }, ...rest.slice(2)] : rest;
}

/**
 * The same for a reported clause with a noun for its subject: "one of its power lines had been
 * cut" → "one of power lines cut" (a headline's passive), "the plant would close" → "the plant
 * will close", "exports had fallen" → "exports have fallen".
 */
function reportedClause(rest: Word[]): Word[] {
  const index = rest.findIndex(
    (word, k) => k > 0 && /^(?:had|would|was|were)$/i.test(word.text) && isNounish(rest[k - 1]),
  );
  const auxiliary = rest[index];
  if (!auxiliary || rest.slice(0, index).some((word) => /[,;—–]/.test(word.post))) return rest;
  const lower = auxiliary.text.toLowerCase();
  const next = rest[index + 1];
  const after = rest[index + 2];
  const participle = (word: Word | undefined): boolean =>
    hasTag(word, 'PastTense', 'Participle', 'Passive') ||
    (word !== undefined && /^(?:cut|hit|set|shut|put|spread)$/i.test(word.text));
  if (lower === 'had' && next?.text.toLowerCase() === 'been' && participle(after))
    return [...rest.slice(0, index), ...rest.slice(index + 2)];
  if ((lower === 'was' || lower === 'were') && participle(next) && !hasTag(next, 'Adjective'))
    return [...rest.slice(0, index), ...rest.slice(index + 1)];
  if (lower === 'would')
    return rest.map((word, k) => (k === index ? { ...word, text: 'will' } : word));
  if (lower === 'had' && participle(next))
    return rest.map((word, k) =>
      // "the Mesopotamian marshes had reached": the number of the whole noun phrase, not of the tag alone.
      k === index
        ? {
            ...word,
            text: isPlural(rest.slice(0, index)) || spelledPlural(rest[index - 1]) ? 'have' : 'has',
          }
        : word,
    );
  return rest;
}

/**
 * "X has been accused by opposition parties of hiding …" → "opposition parties
 * accuse X of hiding …": the agent of a passive verb becomes its subject. Only a
 * real agent: "raised by 5 percent", "by 2030" are no one.
 */
function activeVoice(
  subject: string,
  verb: VerbPhrase,
  rest: Word[],
): { subject: string; predicate: string; rest: Word[] } | undefined {
  if (
    !verb.form.startsWith('passive') ||
    rest[0]?.text.toLowerCase() !== 'by' ||
    /\bwill\b/.test(verb.auxiliary)
  )
    return undefined;
  let end = 1;
  while (
    end < rest.length &&
    !hasTag(rest[end], 'Preposition', 'Verb') &&
    !isPreposition(rest[end]) &&
    !/^(?:who|which|that)$/i.test(rest[end]?.text ?? '')
  ) {
    // "approved by parliament and will take effect": the "and" opens the object's second verb.
    if (
      /^(?:and|or)$/i.test(rest[end]?.text ?? '') &&
      hasTag(rest[end + 1], 'Verb', 'Modal', 'Auxiliary')
    )
      break;
    end += 1;
    if (/[,;—–]/.test(rest[end - 1]?.post ?? '')) break;
  }
  const agent = rest.slice(1, end);
  const head = agent.at(-1);
  if (
    !head ||
    hasTag(agent[0], 'Value', 'Date') ||
    /^\d/.test(agent[0]?.text ?? '') ||
    !isNounish(head) ||
    hasTag(head, 'Date', 'Unit', 'Percent', 'Value')
  )
    return undefined;
  const agentText = phrase(agent).replace(/[,;]$/, '');
  // "approved by parliament, clearing the way …": the comma after the agent now follows the object.
  const objectWords = parse(subject).words;
  const lastObject = objectWords.at(-1);
  if (lastObject && /[,;]/.test(agent.at(-1)?.post ?? ''))
    objectWords[objectWords.length - 1] = { ...lastObject, post: `${agent.at(-1)?.post ?? ''}` };
  const predicate = headlineVerb(
    { ...verb, form: 'simple-past', auxiliary: '' },
    [],
    isPlural(agent),
  );
  // The object (the passive's subject) may be cut like the rest: "drops plan to cut number of flights".
  return { subject: agentText, predicate, rest: [...objectWords, ...agentClausePlace(rest, end)] };
}

/**
 * "killed by a bushfire that swept through farmland in southern New South Wales": turned
 * active, the agent's relative clause would follow the object ("kills five people that
 * swept …"); it goes, keeping the place it names ("kills five people in southern New South Wales").
 */
function agentClausePlace(rest: Word[], end: number): Word[] {
  // "… and will take effect in August": turned active, that verb would be the agent's; it goes.
  if (
    /^(?:and|or)$/i.test(rest[end]?.text ?? '') &&
    hasTag(rest[end + 1], 'Verb', 'Modal', 'Auxiliary')
  )
    return [];
  if (!/^(?:who|which|that)$/i.test(rest[end]?.text ?? '')) return rest.slice(end);
  const comma = rest.findIndex((word, k) => k >= end && /[,;—–]/.test(word.post));
  const close = comma < 0 ? rest.length : comma + 1;
  const place = rest.findIndex(
    (word, k) =>
      k > end &&
      k < close &&
      PLACE_PREPOSITIONS.test(word.text) &&
      (hasTag(rest[k + 1], 'ProperNoun', 'Place') ||
        (DIRECTION.test(rest[k + 1]?.text ?? '') && hasTag(rest[k + 2], 'ProperNoun', 'Place'))),
  );
  return [...(place < 0 ? [] : rest.slice(place, close)), ...rest.slice(close)];
}

/**
 * A lead that opens with a quote: '"We will not accept this deal," union leader X told
 * reporters' → 'Union leader X says "We will not accept this deal"'.
 */
// A quote of any length makes a quote lead (one too long to quote then gives the news it came with).
const QUOTE_LEAD =
  /^["“](?<quote>[^"”]{3,300}?)[,.!?]?["”],?\s+(?<speaker>[^,]{2,80}?(?:,\s+[^,]{2,60}?,)?)\s+(?:said|says|told|added|declared|warned|insisted)\b(?<after>.*)$/u;
/** '"It is a dark day for farmers," said Christiane Lambert, head of …': the verb before its speaker. */
const QUOTE_LEAD_INVERTED =
  /^["“](?<quote>[^"”]{3,300}?)[,.!?]?["”],?\s+(?:said|says|added|declared|warned|insisted)\s+(?<speaker>[^,]{2,80}?)(?<after>,.*)?$/u;

function quoteLead(
  sentence: string,
): { quote: string; speaker: string; after: string } | undefined {
  const groups = (QUOTE_LEAD.exec(sentence.trim()) ?? QUOTE_LEAD_INVERTED.exec(sentence.trim()))
    ?.groups;
  if (!groups?.['quote'] || !groups['speaker']) return undefined;
  return { quote: groups['quote'], speaker: groups['speaker'], after: groups['after'] ?? '' };
}

/** "It was a success", "We cannot go on like this": a pronoun that points outside the quote. */
function needsContext(quote: string): boolean {
  const { words } = parse(quote);
  // "it", or "this"/"that" standing alone ("like this", "this happen"); "this deal" names its thing.
  return words.some(
    (word, index) =>
      /^it$/i.test(word.text) ||
      (/^(?:this|that|these|those)$/i.test(word.text) &&
        !hasTag(words[index + 1], 'Noun', 'Adjective', 'Value')),
  );
}

/** True when the sentence opens with a quote: a headline must then quote it with its speaker, or say something else. */
export function isQuoteLead(sentence: string): boolean {
  return quoteLead(sentence) !== undefined;
}

function quoteHeadline(sentence: string): string | undefined {
  const match = quoteLead(sentence);
  if (!match) return undefined;
  const { quote, speaker: speakerText } = match;
  const speaker = phrase(withoutArticles(parse(speakerText).words));
  const name = /(?<name>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3})$/u.exec(speaker)?.groups?.[
    'name'
  ];
  const surname = name?.split(' ').at(-1);
  // '"It was a success," X said of Mexico's first election of judges' → 'X calls Mexico's first election of judges "a success"'.
  const about = /^(?:\s+(?:on|late on|early on) \p{Lu}\p{Ll}+)?\s+of (?<topic>[^,]{3,90})/u.exec(
    match.after,
  )?.groups?.['topic'];
  const complement = /^(?:it|this|that) (?:is|was|has been) (?<complement>.+)$/iu.exec(quote)
    ?.groups?.['complement'];
  if (about && complement) {
    const topic = phrase(withoutArticles(parse(about).words));
    const topics = [
      topic,
      ...[...topic.matchAll(/ (?:by|in|on|at|with|for|after|since) /gu)].map((cut) =>
        topic.slice(0, cut.index),
      ),
    ]
      .reverse()
      .sort((a, b) => b.length - a.length);
    for (const who of [speaker, name, surname]) {
      for (const what of topics) {
        const headline = who ? finish(`${who} calls ${what} "${complement}"`) : '';
        if (who && headline.length <= MAX_HEADLINE_CHARS) return headline;
      }
    }
  }
  // A quote that needs the story to be understood makes no headline of its own.
  if (needsContext(quote)) return undefined;
  for (const who of [speaker, name]) {
    if (!who) continue;
    const headline = finish(`${who} says "${quote}"`);
    if (headline.length <= MAX_HEADLINE_CHARS) return headline;
  }
  return undefined;
}

/**
 * '"…," Sichuan Airlines chairman Wang Qian said, as the carrier's first flight …': after a quote,
 * "the carrier" (company, airline …) is the organisation in the speaker's title.
 */
const ORGANISATION_NOUNS =
  'carrier|company|airline|firm|group|bank|operator|club|regulator|board|authority|agency';
const ORGANISATION_NOUN_OWNER = new RegExp(`^the (?:${ORGANISATION_NOUNS})['’]s\\b`, 'iu');
const ORGANISATION_NOUN = new RegExp(`^the (?:${ORGANISATION_NOUNS})\\b`, 'iu');

export function withSpeakersOrganisation(clause: string, speaker: string): string {
  const title =
    'chairman|chairwoman|chief executive|chief|president|head|spokesman|spokeswoman|spokesperson|director|CEO|founder';
  // "Sichuan Airlines chairman Wang Qian", "the chief executive of electric-vehicle maker Qiyuan Motors".
  const organisation = (
    new RegExp(
      `^(?<organisation>\\p{Lu}[\\p{L}&.'’-]*(?: \\p{Lu}[\\p{L}&.'’-]*){0,3}) (?:${title})\\b`,
      'u',
    ).exec(speaker) ??
    new RegExp(
      `\\b(?:${title}) of (?:[\\p{Ll}-]+ )*(?<organisation>\\p{Lu}[\\p{L}&.'’-]*(?: \\p{Lu}[\\p{L}&.'’-]*){0,3})$`,
      'u',
    ).exec(speaker.trim())
  )?.groups?.['organisation'];
  if (!organisation) return clause;
  const owner = organisation.endsWith('s') ? `${organisation}'` : `${organisation}'s`;
  return clause.replace(ORGANISATION_NOUN_OWNER, owner).replace(ORGANISATION_NOUN, organisation);
}

/** '"…," an official said, as China announced that …': what the quote is about, as a clause of its own. */
export function clauseAfterQuote(sentence: string): string | undefined {
  // The clause may follow the speaker's title: '…," said X, head of Y, after the Commission signed …'.
  const after = quoteLead(sentence)?.after ?? '';
  // ("said on Sunday as the first cars crossed …": the comma may be missing.)
  const clause = /(?:,\s+|\s+)(?:as|while|after|when)\s+(?<clause>\p{Lu}?[^]{10,})$/u.exec(after)
    ?.groups?.['clause'];
  return clause;
}
/** Words that open a clause of its own: what follows them is extra to the headline's first part. */
const CLAUSE_OPENERS = new Set([
  'that',
  'which',
  'who',
  'while',
  'as',
  'after',
  'before',
  'because',
  'despite',
  'since',
  'when',
  'until',
  'amid',
  'following',
  'but',
]);
/** Words a headline may be cut before: each opens a phrase or a clause of its own. */
const PHRASE_OPENERS = new Set([
  ...CLAUSE_OPENERS,
  'whom',
  'where',
  'to',
  'and',
  'with',
  'in',
  'on',
  'at',
  'from',
  'for',
  'by',
  'over',
  'near',
  'off',
  'through',
  'under',
  'without',
  'across',
  'around',
  'against',
  'between',
  'during',
  'than',
  'compared',
  'including',
  'within',
  'into',
  'onto',
  'out',
  'among',
  'along',
  'toward',
  'towards',
  'via',
  'beyond',
  'per',
]);
/** Verbs whose object needs its complement: "leave … without power", "keep … in custody", "force … from homes". */
const COMPLEMENT_VERBS = /^(?:leaves?|keeps?|puts?|places?|plunges?|push(?:es)?|drives?|forces?)$/;
/** A time phrase at the end ("over the past three years", "in the first quarter"): not part of what a headline must keep. */
const TIME_UNITS = /^(?:years?|months?|weeks?|days?|decades?|quarters?|half|century|hours?)$/i;

/** Rule 4: "dockworkers at the port of Lisbon" → "Lisbon dockworkers", "city of Denver" → "Denver". */
function compactSubject(subject: string): string {
  const place =
    /^(?:city|town|state|province|region|village) of (?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})$/u.exec(
      subject,
    );
  if (place?.groups?.['place']) return place.groups['place'];
  // "copper output at Chile's state-owned Codelco" → "Codelco copper output": an owner's name and plain adjectives may go between.
  // "farmers in northwest China's Xinjiang Uygur Autonomous Region" → "Xinjiang farmers": a region's designation goes.
  const match =
    /^(?<head>(?!(?:at|in|of|from)\b)\p{Ll}[\p{L}-]*(?: (?!(?:at|in|of|from)\b)\p{Ll}[\p{L}-]*){0,2}) (?:at|in|of|from) (?:(?:port|city|province|state|region|town|village|capital) of )?(?:(?:north|south|east|west|central)\p{Ll}* )?(?:\p{Lu}[\p{L}-]*['’]s (?:\p{Ll}[\p{L}-]* ){0,2})?(?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}?)(?:(?: \p{Lu}\p{Ll}+)? (?:Autonomous Region|Special Administrative Region|[Pp]rovince|[Mm]unicipality|[Pp]refecture|[Rr]egion|[Cc]ounty))?$/u.exec(
      subject,
    );
  if (!match?.groups) return subject;
  return `${match.groups['place']} ${match.groups['head']}`;
}

/** "with Laos, Myanmar and Vietnam": a comma inside a list of names is no place to cut. */
function insideList(words: Word[], index: number): boolean {
  const next = words.slice(index, index + 4);
  return (
    next.some((word) => /^(?:and|or)$/.test(word.text)) &&
    next.every((word) => /^(?:and|or)$/.test(word.text) || hasTag(word, 'ProperNoun', 'Place'))
  );
}

/**
 * Where the clauses inside the rest open and close: a relative pronoun after a noun ("users
 * whose families earn …") or a participle after a noun ("law requiring users to register"),
 * up to the next comma or the end.
 */
function openClauses(rest: Word[]): [number, number][] {
  const clauses: [number, number][] = [];
  rest.forEach((word, index) => {
    const after = rest[index - 1];
    const opens =
      isNounish(after) &&
      !hasTag(after, 'Pronoun') &&
      (/^(?:who|whose|which|that)$/i.test(word.text) || hasTag(word, 'Gerund'));
    if (!opens) return;
    const comma = rest.findIndex((other, k) => k >= index && /[,;—–]/.test(other.post));
    clauses.push([index, comma < 0 ? rest.length : comma + 1]);
  });
  return clauses;
}

/** Verbs whose object is followed by what it must do: "requiring users to register". */
const CONTROL_VERBS =
  /^(?:requir|forc|allow|order|ask|urg|oblig|compel|enabl|permitt?|bann?|bar|tell|telling)(?:e|es|ed|ing|s)?$/i;
const SPEECH_PREDICATES = /^(?:says?|said)$/i;
/** Verbs that keep something from happening: "keep the grid from collapsing", "stop people from leaving". */
const PREVENTING_VERBS =
  /^(?:keep|keeps|kept|stop|stops|stopped|prevent|prevents|prevented|bar|bars|barred)$/i;
/** "9 missing", "three injured": what happened to them, not a phrase describing them. */
const STATE_WORDS = /^(?:missing|dead|injured|wounded|hurt|homeless|displaced)$/i;
/** "break through", "shut down": the particle of a phrasal verb, never left out. */
const PARTICLES = /^(?:through|up|down|off|out|away|back)$/i;
/** "is set to return", "is due to open": what follows "to" is the news. */
const SET_TO = /^(?:set|due|expected|poised|likely|about|able|going)$/i;
const SUBORDINATE_OPENERS = /^(?:after|as|when|since|because|while|before|until|once)$/i;

/** "between Kenitra and Marrakech": an "and" that closes a "between" a few words before it. */
function betweenOpen(rest: Word[], at: number): boolean {
  const before = rest.slice(Math.max(0, at - 5), at).map((word) => word.text.toLowerCase());
  const between = before.lastIndexOf('between');
  return between >= 0 && !before.slice(between).some((word) => /^(?:and|or)$/.test(word));
}

/** Conjunctions that always open a clause with its own verb (never a preposition, as "after" may be). */
const CONJUNCTION_OPENERS = /^(?:when|while|whilst|because|although|though|whereas)$/i;

/** "and about 41,000 forced from their homes": a participle after a bare number is what happened to them. */
function casualtyCount(rest: Word[], index: number): boolean {
  const before = rest[index - 1];
  return (
    hasTag(rest[index], 'PastTense') &&
    (/^[\d,.]+$/.test(before?.text ?? '') || (hasTag(before, 'Value') && !hasTag(before, 'Noun')))
  );
}

/** Every way to end the rest at a phrase boundary, longest first (rule 5). */
function restCandidates(rest: Word[], predicate: string): Word[][] {
  // "leaves 400,000 homes without power", "pushes economy into recession": the complement carries the point.
  const needsComplement = COMPLEMENT_VERBS.test(predicate);
  // "orders hotels and private developers" without "to open public paths": the order is what they must do.
  const infinitiveAt = CONTROL_VERBS.test(predicate)
    ? rest.findIndex((word, k) => /^to$/i.test(word.text) && hasTag(rest[k + 1], 'Verb'))
    : -1;
  const candidates: Word[][] = [rest];
  const mustHaveNoun = rest.some((word) => isNounish(word));
  const clauses = openClauses(rest);
  for (let cut = rest.length - 1; cut >= 0; cut -= 1) {
    // A clause is not cut from what completes it: "law requiring social media users" without "to
    // register", "earn less" without "than", and after "says" a relative clause before its sentence's verb.
    const inside = clauses.filter(([open, close]) => open < cut && cut < close);
    const at0 = rest[cut]?.text.toLowerCase() ?? '';
    if (
      at0 === 'than' ||
      // "to keep the national grid" without "from collapsing": the verb's object does not say what is kept from happening.
      (at0 === 'from' &&
        rest.slice(Math.max(0, cut - 5), cut).some((word) => PREVENTING_VERBS.test(word.text))) ||
      inside.some(
        ([open, close]) =>
          CONTROL_VERBS.test(rest[open]?.text ?? '') &&
          rest.some(
            (word, k) =>
              k >= cut && k < close && /^to$/i.test(word.text) && hasTag(rest[k + 1], 'Verb'),
          ),
      ) ||
      (SPEECH_PREDICATES.test(predicate) &&
        inside.some(([open]) => /^(?:who|whose|which|that)$/i.test(rest[open]?.text ?? '')))
    )
      continue;
    // "line between Kenitra": "between" needs its "and".
    if (/^(?:and|or)$/i.test(rest[cut]?.text ?? '') && betweenOpen(rest, cut)) continue;
    if (infinitiveAt >= 0 && cut <= infinitiveAt) continue;
    // "break" without "through", "is set" without "to return": a verb is not cut from its particle or its "to".
    if (cut === 0 && PARTICLES.test(rest[0]?.text ?? '')) continue;
    if (/^to$/i.test(rest[cut]?.text ?? '') && SET_TO.test(rest[cut - 1]?.text ?? '')) continue;
    // "year on year", "side by side": one phrase, never cut at its middle word.
    if (
      rest[cut - 1] &&
      rest[cut - 1]?.text.toLowerCase() === rest[cut + 1]?.text.toLowerCase().replace(/[,;]$/, '')
    )
      continue;
    // "cuts working week from 40" without "to 37.5 hours": a range's "from" needs its "to".
    if (at0 === 'to' && /^from$/i.test(rest[cut - 2]?.text ?? '') && hasTag(rest[cut - 1], 'Value'))
      continue;
    const before = rest[cut - 1];
    const at = rest[cut];
    // "in 2 hours, 6 minutes and 12 seconds": a comma before a number goes on with a quantity.
    const comma =
      before &&
      /[,;—–]/.test(before.post) &&
      !insideList(rest, cut) &&
      !(hasTag(before, 'Value', 'Date', 'Unit') && /^\d/.test(at?.text ?? ''));
    // "14 people suspected of …", "bus carrying …": a participle after a noun opens a phrase of its own.
    // A past participle only with its phrase ("suspected of"), never as the verb of an "as"/"after" clause ("as demand recovered").
    const reduced =
      hasTag(at, 'Gerund') ||
      (hasTag(rest[cut + 1], 'Preposition') &&
        !rest.slice(0, cut).some((word) => CLAUSE_OPENERS.has(word.text.toLowerCase())));
    const participle =
      hasTag(at, 'Gerund', 'PastTense') &&
      !casualtyCount(rest, cut) &&
      !hasTag(at, 'Adjective') &&
      !STATE_WORDS.test(at?.text ?? '') &&
      isNounish(before) &&
      reduced;
    // "bronze and jade objects": "and" between two words of one noun phrase is no place to cut; "workers and injures" is.
    const splitsPhrase =
      /^(?:and|or)$/i.test(at?.text ?? '') &&
      !hasTag(before, 'Plural', 'ProperNoun') &&
      !hasTag(rest[cut + 1], 'Determiner', 'Value', 'Verb') &&
      isNounish(rest[cut + 2]);
    // "31.4 percent | year on year": a repeated-word phrase may go whole.
    const repeated =
      isPreposition(rest[cut + 1]) &&
      at?.text.toLowerCase() === rest[cut + 2]?.text.toLowerCase().replace(/[,;]$/, '');
    // "… tonnes of cotton | this year": a closing "this year", "next month" may go whole.
    const closingTime =
      /^(?:this|next|last)$/i.test(at?.text ?? '') &&
      TIME_UNITS.test(rest[cut + 1]?.text.replace(/[,;.]$/, '') ?? '') &&
      cut + 2 === rest.length;
    const spanFirst =
      cut === 0 &&
      TIME_UNITS.test(rest[1]?.text ?? '') &&
      /^(?:after|before|later|earlier)$/i.test(rest[2]?.text ?? '');
    const boundary =
      spanFirst ||
      comma ||
      participle ||
      repeated ||
      closingTime ||
      (PHRASE_OPENERS.has(at?.text.toLowerCase() ?? '') && !splitsPhrase);
    if (!boundary) continue;
    const prefix = rest.slice(0, cut);
    // "resigned, a week after 14 people were shot": "a week" says nothing without its "after".
    // (Only a span that opens its part: "for the fourth time in 14 months | after …" may be cut.)
    if (
      /^(?:after|before|later|earlier)$/i.test(at?.text ?? '') &&
      TIME_UNITS.test(before?.text ?? '') &&
      (cut === 2 || /[,;—–]/.test(rest[cut - 3]?.post ?? ''))
    )
      continue;
    // "when a tour bus carrying visitors … plunged": a clause a conjunction opens is not cut before its verb.
    const opener = prefix.findLastIndex((word) => CONJUNCTION_OPENERS.test(word.text));
    if (
      opener >= 0 &&
      !prefix
        .slice(opener + 2)
        .some(
          (word) =>
            hasTag(word, 'HeadlineVerb') ||
            (hasTag(word, 'PastTense', 'PresentTense') && !hasTag(word, 'Gerund', 'Adjective')),
        )
    )
      continue;
    if (
      needsComplement &&
      !comma &&
      hasTag(at, 'Preposition') &&
      !prefix.some((word) => hasTag(word, 'Preposition'))
    )
      continue;
    const last = prefix.at(-1);
    // Ends on a noun ("advanced manufacturing" too), or on an adjective that completes one ("holds rates steady").
    // "submarine contract": a word the tagger read as a verb, after a noun or an adjective, ends a noun phrase.
    const nounReadAsVerb =
      hasTag(last, 'Infinitive', 'PresentTense') &&
      !hasTag(last, 'Gerund') &&
      (isNounish(prefix.at(-2)) || hasTag(prefix.at(-2), 'Adjective')) &&
      !hasTag(prefix.at(-2), 'Pronoun');
    const nounEnding =
      isNounish(last) ||
      nounReadAsVerb ||
      (hasTag(last, 'Gerund') && hasTag(prefix.at(-2), 'Adjective')) ||
      // "cut by shelling": a gerund after a preposition is its noun.
      (hasTag(last, 'Gerund') && hasTag(prefix.at(-2), 'Preposition'));
    // "unchanged", "unopposed": the tagger's past tenses that are adjectives.
    const adjective =
      hasTag(last, 'Adjective') ||
      /^un\p{Ll}+ed$/u.test(last?.text ?? '') ||
      STATE_WORDS.test(last?.text ?? '');
    // "after flash floods sweep": a clause's verb is not cut from what follows it.
    // (A rest parsed again has lost the mark: a verb right after its clause's opener and noun is one too.)
    if (
      hasTag(last, 'HeadlineVerb') ||
      (hasTag(last, 'Verb') &&
        !hasTag(last, 'Adjective', 'Gerund') &&
        isNounish(prefix.at(-2)) &&
        prefix.slice(-5, -1).some((word) => SUBORDINATE_OPENERS.test(word.text)))
    )
      continue;
    // "after colliding" without "with a cargo vessel": a gerund after its opener keeps what completes it.
    if (
      hasTag(last, 'Gerund') &&
      /^(?:after|before|while|since|without|by|when)$/i.test(prefix.at(-2)?.text ?? '') &&
      (isPreposition(at) || hasTag(at, 'Determiner', 'Noun'))
    )
      continue;
    // Never a fragment that ends on a preposition, article or conjunction ("overhaul of judiciary under").
    if (
      PHRASE_OPENERS.has(last?.text.toLowerCase() ?? '') ||
      ARTICLES.has(last?.text.toLowerCase() ?? '') ||
      /^(?:of|or|nor)$/i.test(last?.text ?? '')
    )
      continue;
    if (prefix.length > 0 && !nounEnding && !(adjective && prefix.some((word) => isNounish(word))))
      continue;
    // Past the first comma only whole parts are kept: "…in December, fastest growth" is half a part.
    const firstComma = rest.findIndex((word) => /[,;—–]/.test(word.post));
    if (firstComma >= 0 && cut > firstComma + 1 && !(before && /[,;—–]/.test(before.post)))
      continue;
    // "Festival opens": a verb without an object may end the headline before its first preposition.
    // "resigned, a week after …" too: the verb stands alone before a span of time.
    const intransitive = prefix.length === 0 && (hasTag(rest[0], 'Preposition') || spanFirst);
    if (mustHaveNoun && !intransitive && !prefix.some((word) => isNounish(word))) continue;
    candidates.push(prefix);
  }
  return candidates;
}

function finish(text: string): string {
  const tidy = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:])/g, '$1')
    .replace(/[\s,;:—–-]+$/, '')
    .trim();
  return capitalised(tidy);
}

/** Headline-ese: "more than 400,000" → "over 400,000" (five characters a long headline may need). */
function overForMoreThan(words: Word[]): Word[] {
  return words.flatMap((word, index) => {
    const next = words[index + 1];
    if (
      /^more$/i.test(word.text) &&
      next?.text.toLowerCase() === 'than' &&
      /^\d|^(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|dozen)$/i.test(
        words[index + 2]?.text ?? '',
      )
    ) {
      return [{ ...word, text: /^M/.test(word.text) ? 'Over' : 'over', post: next.post }];
    }
    if (
      word.text.toLowerCase() === 'than' &&
      /^more$/i.test(words[index - 1]?.text ?? '') &&
      /^\d|^(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|dozen)$/i.test(
        next?.text ?? '',
      )
    )
      return [];
    return [word];
  });
}

/**
 * Articles go (rule 4), except where English needs them even in a headline:
 * "a third", "for a fourth month", "in a row", "a year earlier".
 */
function withoutArticles(words: Word[]): Word[] {
  return words.filter((word, index) => {
    const lower = word.text.toLowerCase();
    if (!ARTICLES.has(lower)) return true;
    const next = words[index + 1];
    if (lower === 'the') return false;
    // "a quarter of a percentage point": the article after a fraction's "of" stays with it.
    if (
      words[index - 1]?.text.toLowerCase() === 'of' &&
      /^(?:quarter|half|third|fifth|tenth|fraction)$/i.test(words[index - 2]?.text ?? '')
    )
      return true;
    // "60 cents a barrel", "70,000 naira a month", "$15 an hour": a rate keeps its article.
    const previous = words[index - 1];
    if (
      hasTag(next, 'Singular') &&
      !hasTag(next, 'ProperNoun') &&
      (hasTag(previous, 'Money', 'Currency', 'Unit', 'Percent') ||
        (isNounish(previous) && hasTag(words[index - 2], 'Value')))
    )
      return true;
    // "for a third day", "by a third", "a year earlier": kept; "a second share sale": goes.
    if (hasTag(next, 'Ordinal', 'Fraction'))
      return (
        !isNounish(words[index + 2]) ||
        TIME_UNITS.test(words[index + 2]?.text ?? '') ||
        /^(?:time|term|row)$/i.test(words[index + 2]?.text ?? '')
      );
    return /^(?:row|third|quarter|half|year|week|month|day)$/i.test(next?.text ?? '');
  });
}

/**
 * Shorter ways to name the subject, tried only when the whole subject leaves no room:
 * the name a descriptor introduces ("state power company Eskom" → "Eskom"), the head
 * before its modifiers, the subject without its adjectives.
 */
/**
 * The subject cut at a phrase boundary, longest first: "death toll from a 6.8-magnitude earthquake
 * that struck Dingri County in … Xizang" → "death toll from 6.8-magnitude earthquake that struck
 * Dingri County" → "death toll from 6.8-magnitude earthquake". Each ends on a noun, so each is a
 * whole noun phrase.
 */
function subjectCuts(words: Word[]): string[] {
  const cuts: string[] = [];
  for (let cut = words.length - 1; cut >= 2; cut -= 1) {
    const at = words[cut];
    const last = words[cut - 1];
    // Never at "of": "cost of living", "Bank of England" are one phrase.
    const boundary =
      (isPreposition(at) && !/^of$/i.test(at?.text ?? '')) ||
      /^(?:who|which|that|whose)$/i.test(at?.text ?? '') ||
      (hasTag(at, 'Gerund', 'PastTense') && isNounish(last));
    // "backed by Senegal's" without "governing Pastef party": an owner is never the end.
    if (
      !boundary ||
      !isNounish(last) ||
      hasTag(last, 'Possessive', 'Pronoun') ||
      /['’]s?$/u.test(last?.text ?? '')
    )
      continue;
    if (/^(?:and|or)$/i.test(last?.text ?? '')) continue;
    cuts.push(phrase(words.slice(0, cut)).replace(/[,;]$/, ''));
  }
  return cuts;
}

/** "President Hakainde Hichilema" → "President Hichilema": with a title, the surname is enough. */
const TITLED_NAME =
  /\b(?<title>President|Prime Minister|Premier|Chancellor|Minister|Governor|Mayor|Senator|King|Queen|Prince|General|Judge|Pope)(?<given> \p{Lu}\p{Ll}+){1,2} (?<surname>\p{Lu}[\p{L}'’-]+)\b/u;

/** "freight locomotive built" (cut before "in Zhuzhou"): the participle goes with its phrase; an owner cannot end a head. */
function withoutClosingParticiple(head: string | undefined, words: Word[]): string | undefined {
  const last = head?.trim().split(' ').at(-1);
  // "Candidates backed by Senegal's" (before "governing Pastef party"): an owner without its noun is no head.
  if (/['’]s?$/u.test(last ?? '')) return undefined;
  const word = words.find((candidate) => candidate.text === last);
  if (!head || !last || !hasTag(word, 'PastTense') || isNounish(word)) return head;
  return head.slice(0, head.length - last.length).trimEnd() || undefined;
}
function shorterSubjects(subject: string, words: Word[]): string[] {
  const variants: string[] = [];
  const titled = TITLED_NAME.exec(subject);
  if (titled?.groups)
    variants.push(
      subject.replace(titled[0], `${titled.groups['title']} ${titled.groups['surname']}`),
    );

  const named =
    /^(?:\p{Lu}[\p{L}.'’-]* ){0,3}(?:(?!(?:at|in|of|from|on|near|for|and|to|by)\b)\p{Ll}[\p{L}-]* ){1,4}(?<name>\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3})$/u.exec(
      subject,
    );
  if (named?.groups?.['name']) variants.push(named.groups['name']);
  // "Workers at three Boeing factories in the Seattle area who …" → "Boeing workers": the name the head's phrase gives goes
  // before it, when it names what the head belongs to (a name before a noun: "Boeing factories"), not a place it is about
  // ("number of tourists visiting Venice during …").
  const ownerName =
    /^(?<head>\p{Ll}[\p{L}-]*) (?:at|of|from|for) (?:(?!(?:at|of|from|for|in|on|the|a|an)\b)(?!\p{Ll}+(?:ing|ed)\b)[\p{Ll}\d][\p{L}\d,.-]* ){0,3}(?<name>\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,2})(?:['’]s)? (?!(?:at|of|from|for|in|on|near|during|who|which|that)\b)\p{Ll}/u.exec(
      subject,
    )?.groups;
  if (ownerName?.['head'] && ownerName['name'] && !/^(?:the|a|an)$/i.test(ownerName['name']))
    variants.push(`${ownerName['name']} ${ownerName['head']}`);
  // "Candidates backed by Senegal's governing Pastef party" → "Pastef-backed candidates": a group named by its backer.
  const backed =
    /^(?<head>\p{L}[\p{L}-]*) (?<verb>backed|supported|sponsored|funded|fielded) by (?:\S+ +){0,4}?(?<name>\p{Lu}[\p{L}-]+)(?: (?:[Pp]arty|[Cc]oalition|[Aa]lliance|[Gg]roup|[Mm]ovement))?$/u.exec(
      subject.trim(),
    )?.groups;
  if (backed?.['head'] && backed['name'])
    variants.push(`${backed['name']}-${backed['verb']} ${backed['head'].toLowerCase()}`);
  // "A team of researchers from … in Guangdong" → "team of researchers in Guangdong": a group is named by its members.
  const group =
    /^(?<group>(?:team|group|panel|consortium|coalition|delegation|crew|family|pair|network) of \p{Ll}[\p{L}-]*)\b/iu.exec(
      subject,
    )?.groups?.['group'];
  // "gross gaming revenue", "sleeping sickness": an -ing word right before the noun it describes opens no phrase.
  const head = withoutClosingParticiple(
    /^(?<head>.+?) (?:born|based|at|in|of|from|on|near|over|who|which|that|\p{Ll}+ing(?! \p{Ll}+$))\b/u.exec(
      subject,
    )?.groups?.['head'],
    words,
  );
  // "Suspension bridge spanning a canyon in Guizhou province" → "Suspension bridge in Guizhou province": the head keeps its place.
  // "… at a gold mine west of Johannesburg": a place given by its direction from a city is near it.
  const placed =
    /\b(?<where>in|near|outside|(?:north|south|east|west)(?:-?(?:east|west))? of) (?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}(?: (?:province|region|state|county))?)$/u.exec(
      subject,
    )?.groups;
  const place = placed?.['place']
    ? `${placed['where'] === 'in' ? '' : 'near '}${placed['place']}`
    : undefined;
  const described =
    /^(?<head>\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,3}) (?:who|which|that|\p{Ll}+ing|\p{Ll}+ed)\b/u.exec(
      subject,
    )?.groups?.['head'];
  const at = (where: string): string => (where.startsWith('near ') ? where : `in ${where}`);
  if (described && place && !described.includes(place.replace(/^near /u, '')))
    variants.push(`${described} ${at(place)}`);
  if (group) variants.push(place && !group.includes(place) ? `${group} ${at(place)}` : group);
  // A head of one word only when it is a crowd ("Thousands of shopkeepers, …" → "Thousands", "Protesters angry over …" → "Protesters").
  const crowd = /^(?:dozens|hundreds|thousands|millions|\p{L}+ers|\p{L}+ists|\p{L}+ants)$/iu;
  // "Thousands of miners at the … operations near Rustenburg" → "Thousands of miners".
  const crowdOf =
    /^(?<crowd>(?:dozens|hundreds|thousands|millions) of \p{Ll}[\p{L}-]*) (?:at|in|from|near|on|across)\b/iu.exec(
      subject,
    )?.groups?.['crowd'];
  if (crowdOf) variants.push(crowdOf);
  // "Protesters angry over …": the crowd before its adjective.
  const firstWord = /^(?<word>\p{L}+) \p{Ll}+ (?:over|about|against|with)\b/u.exec(subject)
    ?.groups?.['word'];
  if (firstWord && crowd.test(firstWord)) variants.push(firstWord);
  else if (head && (head.split(' ').length >= 2 || crowd.test(head))) variants.push(head);
  // "Uganda's energy ministry" → "Uganda": a country or city speaks through its institutions (one institution, not "authorities").
  const owner =
    /^(?<owner>\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})['’]s (?:\p{Ll}[\p{L}-]* ){0,3}(?:government|ministry|cabinet|parliament|bank|army|military|regulator|agency|council|office|administration|presidency)$/u.exec(
      subject,
    );
  if (owner?.groups?.['owner']) variants.push(owner.groups['owner']);
  // Two parties named in full ("X's government and the country's last major guerrilla group") lose their adjectives.
  // Never a word of a name ("Inner Mongolia") or one of a coordination ("wind and solar power").
  const plain = words.filter(
    (word, index) =>
      !hasTag(word, 'Adjective') ||
      hasTag(word, 'ProperNoun') ||
      /^\p{Lu}/u.test(word.text) ||
      /^(?:and|or)$/i.test(words[index - 1]?.text ?? '') ||
      /^(?:and|or)$/i.test(words[index + 1]?.text ?? ''),
  );
  if (
    words.some((word) => word.text === 'and') &&
    plain.length < words.length &&
    plain.some((word) => isNounish(word))
  )
    variants.push(phrase(plain));
  return variants;
}

/** The longest headline within 80 characters: whole first part if possible, for a subject. */
function bestFit(
  subject: string,
  predicate: string,
  rest: Word[],
): { headline: string; whole: boolean; kept: number } | undefined {
  // The first part: up to the first comma or the first word that opens a clause of its own.
  const commaEnd = rest.findIndex((word) => /[,;—–]/.test(word.post));
  const clauseStart = rest.findIndex(
    (word, index) => index > 0 && CLAUSE_OPENERS.has(word.text.toLowerCase()),
  );
  // A closing time phrase ("over past three years") is not part of what must be kept.
  const timeStart = rest.findIndex(
    (word, index) =>
      index > 0 &&
      /^(?:over|during|in|for|within|since)$/i.test(word.text) &&
      rest.slice(index + 1, index + 5).some((next) => TIME_UNITS.test(next.text)) &&
      !rest.slice(index + 1).some((next) => hasTag(next, 'ProperNoun', 'Place')),
  );
  const wholeLength = Math.min(
    commaEnd < 0 ? rest.length : commaEnd + 1,
    clauseStart < 0 ? rest.length : clauseStart,
    timeStart < 0 ? rest.length : timeStart,
  );
  for (const candidate of restCandidates(rest, predicate)) {
    const headline = finish(`${subject} ${predicate} ${phrase(candidate)}`);
    if (headline.length <= MAX_HEADLINE_CHARS && headline.split(' ').length >= 3)
      return { headline, whole: candidate.length >= wholeLength, kept: candidate.length };
  }
  return undefined;
}

/** "… backed by Senegal's governing party won 14 of the country's 19 largest cities": "the country" is the one named before. */
function countryNamed(clause: string): string {
  const at = clause.search(/\bthe country['’]s\b/u);
  if (at < 0) return clause;
  const owners = [...clause.slice(0, at).matchAll(/\b(?<name>\p{Lu}[\p{L}-]+)['’]s\b/gu)]
    .map((match) => match.groups?.['name'] ?? '')
    .filter((name) => nlp(name).has('#Country'));
  const country = owners.length === 1 ? owners[0] : undefined;
  return country ? clause.replace(/\bthe country(['’]s)\b/u, `${country}$1`) : clause;
}

/**
 * "Ethiopia's minister …, who has led talks with Djibouti …, said … that the two countries had
 * agreed" → "… Ethiopia and Djibouti had agreed": the aside that named the second country is
 * gone from the clause, so "the two countries" are named when the sentence names exactly two.
 */
function twoCountriesNamed(sentence: string, clause: string): string {
  const pair = /\b(?:[Tt]he two|[Bb]oth) countries\b/u;
  if (!pair.test(clause)) return clause;
  const names = [
    ...new Set(
      [...sentence.matchAll(/\b(?<name>\p{Lu}[\p{L}-]+)(?:['’]s)?\b/gu)]
        .map((match) => match.groups?.['name'] ?? '')
        .filter((name) => nlp(name).has('#Country')),
    ),
  ];
  return names.length === 2 ? clause.replace(pair, `${names[0]} and ${names[1]}`) : clause;
}

const NAME_WITH_ACRONYM =
  /(?:\b[Tt]he )?\p{Lu}[\p{L}'’-]*(?: (?:and|of|for|on|the|\p{Lu}[\p{L}'’-]*))+ \((?<acronym>\p{Lu}[\p{Lu}\d&+]{1,7})\)/u;

export function headlineFromSentence(lead: string): string | undefined {
  const sentence = withoutDashAside(lead);
  // A quote lead: the quote with its speaker, unless the news it came with names who acted ('…," she
  // said, as the city council announced …'; 'as the regulator raised …' of the regulator's chief);
  // without a quote headline, that news; never the quote's words without their marks.
  if (isQuoteLead(sentence)) {
    const news = clauseAfterQuote(sentence);
    const named = news && withSpeakersOrganisation(news, quoteLead(sentence)?.speaker ?? '');
    const newsHeadline = (): string | undefined =>
      named ? headlineFromSentence(capitalised(named)) : undefined;
    const actorNamed = named !== news || /\b(?:announced|said|confirmed)\b/u.test(news ?? '');
    if (named && actorNamed) return newsHeadline() ?? quoteHeadline(sentence);
    return quoteHeadline(sentence) ?? newsHeadline();
  }
  const clause = twoCountriesNamed(sentence, coreClause(sentence));
  const headline = headlineFromClause(clause);
  // "The Competition and Markets Authority (CMA) blocked …": a long name too long to fit goes by its acronym.
  const acronymed = sentence.replace(NAME_WITH_ACRONYM, '$<acronym>');
  if (!headline && acronymed !== sentence) return headlineFromSentence(acronymed);
  // "… of country's 19 largest cities" once the subject lost "Senegal's": the country is named again.
  const named = countryNamed(clause);
  const country = /^(?<country>\S+)['’]s$/u.exec(
    named.slice(clause.search(/\bthe country['’]s\b/u)).split(' ')[0] ?? '',
  )?.groups?.['country'];
  if (
    country &&
    (!headline || (/\bcountry['’]s\b/iu.test(headline) && !headline.includes(country)))
  )
    return headlineFromClause(named) ?? headline;
  return headline;
}

/**
 * "The foreign trade of Ningbo, the port city in east China's Zhejiang Province, rose": an
 * apposition inside the subject goes (a headline has no room for it, and half of one reads
 * as a list). A list ("Paraguay, Brazil and Argentina") is no apposition.
 */
function withoutSubjectApposition(subject: Word[]): Word[] {
  const comma = subject.findIndex(
    (word, k) => k > 0 && k < subject.length - 1 && /,/.test(word.post),
  );
  if (comma < 0) return subject;
  const apposition = subject.slice(comma + 1);
  // "Shortly after 7 a.m., a Qantas flight …": an opening phrase, not a subject, stands before the comma.
  if (
    apposition.some((word) => /^(?:and|or|nor)$/i.test(word.text) || hasTag(word, 'Verb')) ||
    !hasTag(apposition[0], 'Determiner') ||
    hasTag(subject[0], 'Adverb', 'Preposition', 'Conjunction') ||
    !subject.slice(0, comma + 1).some((word) => isNounish(word) && !hasTag(word, 'Value', 'Date'))
  )
    return subject;
  const head = subject.slice(0, comma + 1);
  const last = head.at(-1);
  return last ? [...head.slice(0, -1), { ...last, post: ' ' }] : head;
}

function headlineFromClause(clause: string): string | undefined {
  const casualty = casualtyHeadline(clause);
  if (casualty && casualty.length <= MAX_HEADLINE_CHARS) return casualty;
  const { words, verbs } = parse(clause);
  const verb = mainVerb(words, verbs)?.describe();
  if (!verb) return undefined;
  const subjectWords = withoutSubjectApposition(words.slice(0, verb.start));
  const plural = isPlural(subjectWords);
  const kept = overForMoreThan(withoutArticles(subjectWords));
  let subject = phrase(kept);
  // A sentence's capital is not a name's: "Dockworkers at …" may move behind "Lisbon".
  if (!hasTag(kept[0], 'ProperNoun', 'Acronym'))
    subject = subject.charAt(0).toLowerCase() + subject.slice(1);
  subject = compactSubject(subject);
  let predicate = headlineVerb(verb, words, plural);
  // "will more than double", "will also build": the tagger leaves "will" alone; the future is still "to".
  if (verb.start === verb.end && /^will$/i.test(words[verb.start]?.text ?? '')) predicate = 'to';
  let rest = overForMoreThan(
    headlineTenses(
      withoutArticles(words.slice(verb.end + 1)),
      plural,
      verb.form.startsWith('passive'),
    ),
  );
  const clauseFollows =
    rest[0]?.text.toLowerCase() === 'that' ||
    (SUBJECT_PRONOUNS.test(rest[0]?.text ?? '') && hasTag(rest[1], 'Verb', 'Auxiliary', 'Modal'));
  if (
    (SPEECH.has(verb.infinitive) || (REPORTING.has(verb.infinitive) && clauseFollows)) &&
    rest.length > 2
  ) {
    // "Petrobras said it had found …" → "Petrobras says it has found …".
    predicate = plural ? 'say' : 'says';
    if (rest[0]?.text.toLowerCase() === 'that') rest = rest.slice(1);
    rest = reportedTense(rest);
  }
  const active = activeVoice(subject, verb, rest);
  // "Eskom said it had gone …": when it does not fit, what the subject says it did ("Eskom has gone") is the news.
  const extra: [string, string, Word[]][] = [];
  const [pronoun, auxiliary, participle] = rest;
  if (
    predicate !== headlineVerb(verb, words, plural) &&
    pronoun &&
    participle &&
    auxiliary &&
    /^(?:it|they)$/i.test(pronoun.text) &&
    /^(?:has|have)$/i.test(auxiliary.text) &&
    hasTag(participle, 'PastTense')
  ) {
    const present = presentOfPast(participle.text, plural);
    if (present) extra.push([subject, present, rest.slice(3)]);
  }
  // "Tadesse Worku says Ethiopia and Djibouti have agreed to …" → "Ethiopia and Djibouti agree to …":
  // when the reported clause names who did it, they are the news.
  const namedAt = rest.findIndex((word) => /^(?:has|have)$/i.test(word.text));
  const reportedSubject = rest.slice(0, namedAt);
  const reportedParticiple = rest[namedAt + 1];
  if (
    /^says?$/.test(predicate) &&
    namedAt >= 1 &&
    namedAt <= 5 &&
    reportedSubject.every((word) => /^\p{Lu}/u.test(word.text) || /^and$/i.test(word.text)) &&
    /^\p{Lu}/u.test(reportedSubject.at(-1)?.text ?? '') &&
    hasTag(reportedParticiple, 'PastTense')
  ) {
    const present = presentOfPast(
      reportedParticiple?.text ?? '',
      namedAt > 1 || /^have$/i.test(rest[namedAt]?.text ?? ''),
    );
    if (present) extra.push([phrase(reportedSubject), present, rest.slice(namedAt + 2)]);
  }
  // The active form when it fits, else the passive as written.
  const activeHeadline =
    active &&
    fitHeadline(active.subject, active.predicate, active.rest, parse(active.subject).words);
  const passiveHeadline = fitHeadline(subject, predicate, rest, kept, extra);
  // The active form unless it had to lose more of the point than the passive ("unions reject proposal").
  if (activeHeadline && passiveHeadline && passiveHeadline.length > activeHeadline.length + 15)
    return passiveHeadline;
  return activeHeadline ?? passiveHeadline;
}

/**
 * "ban on mobile phones throughout the school day in all Swedish compulsory schools" → "ban on mobile
 * phones in all Swedish compulsory schools": when room is short, a phrase between the object and a
 * later phrase that names a place or people goes before the name does.
 */
function withoutPhraseBeforeName(rest: Word[]): Word[] | undefined {
  const commaEnd = rest.findIndex((word) => /[,;—–]/.test(word.post));
  const part = commaEnd < 0 ? rest : rest.slice(0, commaEnd + 1);
  const named = part.findLastIndex(
    (word, k) =>
      PLACE_PREPOSITIONS.test(word.text) &&
      part
        .slice(k + 1, k + 4)
        .some(
          (next) =>
            /^\p{Lu}/u.test(next.text) &&
            hasTag(next, 'ProperNoun', 'Place') &&
            !hasTag(next, 'Date'),
        ),
  );
  // Only the phrase just before the name: "ban on mobile phones" keeps its own "on".
  const first = part.findLastIndex(
    (word, k) =>
      k > 0 &&
      k < named &&
      // Where or when, never what about: "symposium on development of …" keeps its topic.
      /^(?:throughout|along|from|during|across|within|at|in)$/i.test(word.text) &&
      isNounish(part[k - 1]),
  );
  if (named < 0 || first < 0 || first >= named) return undefined;
  // What goes is a plain phrase: no verb, no number or name that may be the point ("for 35 billion dollar terminal").
  if (
    part
      .slice(first, named)
      .some(
        (word) =>
          (hasTag(word, 'Verb') && !hasTag(word, 'Noun')) ||
          hasTag(word, 'Value', 'ProperNoun') ||
          /^\d/.test(word.text) ||
          /^(?:dozens|hundreds|thousands|millions)$/i.test(word.text),
      )
  )
    return undefined;
  return [...rest.slice(0, first), ...rest.slice(named)];
}

/** "southwest China's Sichuan Province", "Amsterdam's Schiphol airport": the owner of a name a headline can do without. */
const OWNER_OF_NAME =
  /\b(?:(?:north|south|east|west|central|northern|southern|eastern|western|northwest|northeast|southwest|southeast|northwestern|northeastern|southwestern|southeastern) )?\p{Lu}[\p{L}.-]*['’]s (?=\p{Lu})/gu;
const PLACE_PREPOSITIONS = /^(?:in|around|near|at|across|outside|off)$/i;
const DIRECTION = /^(?:north|south|east|west|central)\p{Ll}*$/iu;
/** "the Laotian capital Vientiane", "state oil giant Aramco": a description a name can stand without. */
const DESCRIPTION_OF_NAME =
  /\b(?:\p{Lu}\p{Ll}+ )?(?:capital|port city|port|city|town|village|province|company|firm|giant|carrier|lender|miner|group|agency|ministry) (?=\p{Lu}\p{Ll})/gu;

/**
 * "wildfires driven by hurricane-force winds around Los Angeles" → "wildfires around
 * Los Angeles": a phrase describing a noun goes before the place after it does.
 */
function withoutDescriptionBeforePlace(rest: Word[]): Word[] | undefined {
  const relative = (word: Word | undefined): boolean =>
    /^(?:that|which|who)$/i.test(word?.text ?? '');
  const start = rest.findIndex(
    (word, index) =>
      index > 0 &&
      (hasTag(word, 'PastTense', 'Gerund') || relative(word)) &&
      // "9 missing" is what happened to them, not a description.
      !STATE_WORDS.test(word.text) &&
      !casualtyCount(rest, index) &&
      isNounish(rest[index - 1]) &&
      !hasTag(rest[index - 1], 'Pronoun'),
  );
  if (start < 0) return undefined;
  const place = rest.findIndex(
    (word, index) =>
      index > start + 1 &&
      PLACE_PREPOSITIONS.test(word.text) &&
      (hasTag(rest[index + 1], 'ProperNoun', 'Place') ||
        // "in southern New South Wales"
        (DIRECTION.test(rest[index + 1]?.text ?? '') &&
          hasTag(rest[index + 2], 'ProperNoun', 'Place'))),
  );
  // Only a description ("driven by … winds"), never one holding a clause of its own ("led by X to build a plant that will …").
  const span = rest.slice(start, place);
  // "people that swept through farmland in New South Wales" → "people in New South Wales" only when
  // the place ends the part: "plant that will produce hydrogen in Magallanes and ship it" holds more.
  const placeEnd = rest.findIndex((word, k) => k > place && /[,;—–]/.test(word.post));
  const afterPlace = rest.slice(place + 1, placeEnd < 0 ? rest.length : placeEnd + 1);
  if (relative(rest[start]) && afterPlace.some((word) => hasTag(word, 'Verb', 'Conjunction')))
    return undefined;
  if (
    place < 0 ||
    span.some((word) => /[,;—–]/.test(word.post)) ||
    span.some(
      (word, k) =>
        (k > 0 && relative(word)) || (/^to$/i.test(word.text) && hasTag(span[k + 1], 'Verb')),
    )
  )
    return undefined;
  return [...rest.slice(0, start), ...rest.slice(place)];
}

/**
 * "leaves the port city" after "train between Dar es Salaam and Dodoma": when the subject is
 * shortened, "the city" would name no place; the first place the subject named stands in.
 */
function withPlaceNamed(subject: string, rest: Word[]): Word[] | undefined {
  const index = rest.findIndex(
    (word, k) =>
      /^(?:city|town|capital)$/i.test(word.text) &&
      (k === 0 ||
        /^(?:port|coastal|border|city|the)$/i.test(rest[k - 1]?.text ?? '') ||
        hasTag(rest[k - 1], 'Verb', 'Preposition')),
  );
  const place =
    /\b(?:between|from|in|to|at) (?<place>\p{Lu}[\p{L}'’-]*(?: (?:es |de |al-)?\p{Lu}[\p{L}'’-]*){0,3})/u.exec(
      subject,
    )?.groups?.['place'];
  if (index < 0 || !place) return undefined;
  const from = /^(?:port|coastal|border)$/i.test(rest[index - 1]?.text ?? '') ? index - 1 : index;
  return [
    ...rest.slice(0, from),
    { text: place, post: rest[index]?.post ?? ' ', tags: ['ProperNoun', 'Place', 'Noun'] },
    ...rest.slice(index + 1),
  ];
}

/** Whether a headline keeps a place the rest names ("New South Wales"). */
function namesPlaceOf(headline: string, rest: Word[]): boolean {
  const places = rest.filter((word) => hasTag(word, 'Place') && /^\p{Lu}/u.test(word.text));
  return places.length === 0 || places.some((word) => headline.includes(word.text));
}

/** Filler adjectives a long headline can lose without changing what it says ("true cost", "new contract"). */
const FILLER_ADJECTIVES = new Set([
  'new',
  'true',
  'major',
  'key',
  'several',
  'recent',
  'current',
  'latest',
  'overall',
  'further',
  'additional',
  'so-called',
  'original',
]);

/** The longest headline within 80 characters, trying shorter subjects, the second verb, then fewer filler adjectives (rule 5). */
function fitHeadline(
  subject: string,
  predicate: string,
  rest: Word[],
  kept: Word[],
  extra: [string, string, Word[]][] = [],
): string | undefined {
  const full = bestFit(subject, predicate, rest);
  const placed = withoutDescriptionBeforePlace(rest);
  // "Bushfire kills five people" is whole, but the place the rest names after a description matters more.
  if (full?.whole && placed && !namesPlaceOf(full.headline, rest)) {
    const withPlace = bestFit(subject, predicate, placed);
    if (withPlace && namesPlaceOf(withPlace.headline, rest)) return withPlace.headline;
  }
  if (full?.whole) return full.headline;
  const options: [string, string, Word[]][] = [...extra];
  // The core of the subject and object, and the place, before adjectives and owners: "Rescuers in Sichuan Province".
  const unowned = subject.replace(OWNER_OF_NAME, '');
  const unownedRest = parse(phrase(rest).replace(OWNER_OF_NAME, '')).words;
  if (unowned !== subject || unownedRest.length !== rest.length)
    options.push([unowned, predicate, unownedRest]);
  const undescribed = subject.replace(DESCRIPTION_OF_NAME, '');
  const undescribedRest = parse(phrase(rest).replace(DESCRIPTION_OF_NAME, '')).words;
  if (undescribed !== subject || undescribedRest.length !== rest.length)
    options.push([undescribed, predicate, undescribedRest]);
  if (placed) options.push([subject, predicate, placed]);
  const named = withoutPhraseBeforeName(rest);
  if (named) options.push([subject, predicate, named]);
  for (const shorter of shorterSubjects(subject, kept)) {
    options.push([shorter, predicate, withPlaceNamed(subject.slice(shorter.length), rest) ?? rest]);
  }
  // "investigated and presided over a symposium": the verb that has the object.
  const second = rest[1];
  if (rest[0]?.text.toLowerCase() === 'and' && second && hasTag(second, 'Verb'))
    options.push([subject, second.text, rest.slice(2)]);
  // "leaves 12,000 people in villages of western Nepal without shelter" → "leaves 12,000 people without shelter".
  if (COMPLEMENT_VERBS.test(predicate)) {
    const part = rest.slice(
      0,
      rest.findIndex((word) => /[,;—–]/.test(word.post)) + 1 || rest.length,
    );
    const first = part.findIndex((word) => hasTag(word, 'Preposition'));
    const last = part.findLastIndex(
      (word) => hasTag(word, 'Preposition') && word.text.toLowerCase() !== 'of',
    );
    if (first > 0 && last > first)
      options.push([subject, predicate, [...rest.slice(0, first), ...rest.slice(last)]]);
  }
  // "Chile's last eight coal-fired power plants" → "Chile's coal-fired power plants": the last of them are all of them.
  const unnumbered = rest.filter(
    (word, k) =>
      !(/^(?:last|remaining)$/i.test(word.text) && hasTag(rest[k + 1], 'Value')) &&
      !(/^(?:last|remaining)$/i.test(rest[k - 1]?.text ?? '') && hasTag(word, 'Value')),
  );
  if (unnumbered.length < rest.length) options.push([subject, predicate, unnumbered]);
  // A capital is a name's word, never a filler: "New Zealand dollars" keeps its "New".
  const plainRest = rest.filter((word) => !FILLER_ADJECTIVES.has(word.text));
  if (plainRest.length < rest.length) options.push([subject, predicate, plainRest]);
  // The first option that keeps the whole first part; else the one that keeps most of it.
  let best = full;
  // A shorter subject must not lose the name or place the subject had ("Farmers in southern Yunnan") unless nothing else fits.
  const names = subject.match(/\p{Lu}[\p{L}'’.-]*/gu) ?? [];
  // A name may stand for its descriptor ("state power company Eskom" → "Eskom"); a common noun may not drop the name ("farmers").
  const keepsNames = (shorter: string): boolean => names.length === 0 || /\p{Lu}/u.test(shorter);
  const ordered = [
    ...options.filter(([shorter]) => keepsNames(shorter)),
    ...options.filter(([shorter]) => !keepsNames(shorter)),
  ];
  // A subject cut to its head takes back what room is left, up to a phrase boundary ("Death toll" →
  // "Death toll from 6.8-magnitude earthquake that struck Dingri County"), keeping the same rest.
  const regrown = (shorterSubject: string, fit: { headline: string; kept: number }): string => {
    const cuts = subjectCuts(kept).filter(
      (cut) =>
        cut.length > shorterSubject.length &&
        cut.toLowerCase().startsWith(shorterSubject.toLowerCase()),
    );
    for (const cut of cuts) {
      const subjectText = hasTag(kept[0], 'ProperNoun', 'Acronym')
        ? cut
        : cut.charAt(0).toLowerCase() + cut.slice(1);
      const longer = bestFit(subjectText, predicate, rest);
      if (longer?.whole && longer.kept >= fit.kept) return longer.headline;
    }
    return fit.headline;
  };
  for (const [shorterSubject, shorterPredicate, shorterRest] of ordered) {
    const fit = bestFit(shorterSubject, shorterPredicate, shorterRest);
    if (!fit || (best && !keepsNames(shorterSubject))) continue;
    if (fit.whole)
      return shorterPredicate === predicate && shorterRest === rest
        ? regrown(shorterSubject, fit)
        : fit.headline;
    // What the reported clause's subject did starts its rest later: the words before it are not lost.
    const credit = extra.some(([, , extraRest]) => extraRest === shorterRest)
      ? rest.length - shorterRest.length
      : 0;
    if (!best || fit.kept + credit > best.kept) best = { ...fit, kept: fit.kept + credit };
  }
  const lastResort: [string, string, Word[]][] = [];
  // Only when nothing else fits: the subject cut at a phrase boundary ("number of tourists visiting Venice during …" → "number of tourists visiting Venice").
  for (const cut of subjectCuts(kept)) {
    const cutSubject = hasTag(kept[0], 'ProperNoun', 'Acronym')
      ? cut
      : cut.charAt(0).toLowerCase() + cut.slice(1);
    if (cutSubject.length < subject.length) lastResort.push([cutSubject, predicate, rest]);
  }
  for (const [cutSubject, cutPredicate, cutRest] of best ? [] : lastResort) {
    const fit = bestFit(cutSubject, cutPredicate, cutRest);
    if (fit?.whole) return fit.headline;
    if (fit && (!best || fit.kept > best.kept)) best = fit;
  }
  return best?.headline;
}

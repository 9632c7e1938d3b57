/**
 * The verbs of a headline (rules 2 and 3 of headline.ts): which verb is the
 * clause's own, and the tense a headline gives it.
 */
import nlp from 'compromise';
import {
  ARTICLES,
  hasTag,
  isNounish,
  type VerbPhrase,
  type VerbSpan,
  type Word,
} from './lead-words';

/** Participles that describe the subject ("cubs born at …") rather than act as its verb. */
const DESCRIBING_PARTICIPLES = new Set([
  'born',
  'based',
  'located',
  'situated',
  'headquartered',
  'aged',
]);
/** Past tenses the tagger reads as nouns after a noun ("exports rose", "bank cut"): the verb they are. */
export const PAST_TENSES_READ_AS_NOUNS: Record<string, string> = {
  rose: 'rise',
  cut: 'cut',
  hit: 'hit',
  set: 'set',
  shut: 'shut',
  spread: 'spread',
  put: 'put',
  cost: 'cost',
  bid: 'bid',
  fell: 'fall',
  lost: 'lose',
  won: 'win',
  left: 'leave',
  found: 'find',
  struck: 'strike',
  sank: 'sink',
  quit: 'quit',
  burst: 'burst',
};
const MODALS = new Set(['could', 'may', 'might', 'should', 'must', 'can', 'would']);
/** Prepositions by their spelling: the tagger reads "in" as a particle ("trade in goods rose") and "to" as a conjunction. */
const PREPOSITION_WORDS =
  /^(?:in|of|at|from|on|for|with|by|to|into|near|across|over|under|about|against|between|among|beneath|inside|outside|off)$/i;
export function isPreposition(word: Word | undefined): boolean {
  return hasTag(word, 'Preposition') || PREPOSITION_WORDS.test(word?.text ?? '');
}
/** Nouns in -s that are one thing ("news", "series"); any other noun in -s the tagger calls uncountable is many ("troops"). */
const SINGULAR_IN_S =
  /^(?:news|series|species|means|politics|economics|physics|mathematics|athletics|headquarters|crossroads|lens|gas|bus|status|census|virus|bonus|campus|consensus|corpus|chaos|ethos|kudos)$/i;

/** "marshes", "wetlands": a common noun spelt as a plural is many, whatever the tagger says ("news" is one). */
export function spelledPlural(word: Word | undefined): boolean {
  return (
    word !== undefined &&
    hasTag(word, 'Noun') &&
    !hasTag(word, 'ProperNoun', 'Pronoun') &&
    /\p{Ll}(?:[^su]s|ches|shes|sses|xes)$/u.test(word.text) &&
    !SINGULAR_IN_S.test(word.text)
  );
}

/** The first past tense after the subject that the tagger took for a noun ("China's exports rose"). */
function verbReadAsNoun(words: Word[]): VerbSpan | undefined {
  // After a noun, or after a plural noun the tagger took for a verb ("prices rose").
  const start = words.findIndex(
    (word, index) =>
      index > 0 &&
      word.text.toLowerCase() in PAST_TENSES_READ_AS_NOUNS &&
      (isNounish(words[index - 1]) ||
        // "Brent crude rose": a noun the tagger took for an adjective, after a name.
        (hasTag(words[index - 1], 'Adjective') &&
          hasTag(words[index - 2], 'ProperNoun') &&
          !hasTag(words[index + 1], 'Noun')) ||
        (hasTag(words[index - 1], 'PresentTense') &&
          /\p{Ll}s$/u.test(words[index - 1]?.text ?? ''))),
  );
  const word = words[start];
  if (!word) return undefined;
  const infinitive = PAST_TENSES_READ_AS_NOUNS[word.text.toLowerCase()] ?? word.text;
  return {
    start,
    end: start,
    describe: () => ({
      start,
      end: start,
      form: 'simple-past',
      auxiliary: '',
      infinitive,
      root: word.text,
      negative: false,
      copula: false,
    }),
  };
}

/** Words that open a clause of its own: a verb after them is not the main clause's. */
const CLAUSE_WORDS =
  /^(?:as|after|when|while|because|since|before|until|though|although|if|that|which|who|whose|where|and|but|or|to)$/i;
/** "WHO certified …": a word in capitals is an acronym, never the pronoun "who". */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** A finite verb later in the same clause, before any word that opens another clause (and any comma, unless the participle opened an aside). */
function laterMainVerb(words: Word[], verbs: VerbSpan[], after: number, aside: boolean): boolean {
  // "grain shipped through Odesa rose": a past tense the tagger took for a noun is the clause's verb too.
  const misread = words.findIndex(
    (word, index) =>
      index > after + 1 &&
      word.text.toLowerCase() in PAST_TENSES_READ_AS_NOUNS &&
      isNounish(words[index - 1]),
  );
  const tagged = verbs.find((other) => other.start > after + 1);
  const next =
    misread >= 0 && (!tagged || misread < tagged.start) ? { start: misread, end: misread } : tagged;
  if (
    !next ||
    hasTag(words[next.start], 'Gerund') ||
    (next !== tagged
      ? false
      : !hasTag(words[next.start], 'PastTense', 'PresentTense', 'Modal', 'Auxiliary'))
  )
    return false;
  // "voted in an election dominated by worries": the later one is the participle, with its agent.
  if (
    next.start === next.end &&
    hasTag(words[next.start], 'PastTense') &&
    words[next.end + 1]?.text.toLowerCase() === 'by' &&
    !hasTag(words[next.end + 2], 'Value')
  )
    return false;
  const between = words.slice(after + 1, next.start);
  // "attributed to Fra Angelico": "to" before a name or a noun phrase is a preposition, not an infinitive's.
  const opensClause = (word: Word, index: number): boolean =>
    CLAUSE_WORDS.test(word.text) &&
    !ACRONYM.test(word.text) &&
    !(
      /^to$/i.test(word.text) &&
      (isNounish(between[index + 1]) || hasTag(between[index + 1], 'Determiner', 'ProperNoun'))
    );
  return !between.some(opensClause) && (aside || !between.some((word) => /[,;—–]/.test(word.post)));
}

/** The clause's own verb: finite, with a noun before it, not a participle describing the subject. */
export function mainVerb(words: Word[], verbs: VerbSpan[]): VerbSpan | undefined {
  const tagged = verbs.find((verb) => {
    const first = words[verb.start];
    // "country's" expands to "country is" with an empty word: a possessive, not a verb.
    if (!first || verb.start < 1 || first.text === '') return false;
    const previous = words[verb.start - 1]?.text.toLowerCase() ?? '';
    // "bus drivers and market vendors": a noun before a plural noun, inside a list.
    if (
      (previous === 'and' || previous === 'or' || /,/.test(words[verb.start - 1]?.post ?? '')) &&
      hasTag(words[verb.end + 1], 'Plural') &&
      !hasTag(first, 'PastTense')
    )
      return false;
    if (
      !hasTag(first, 'PastTense', 'PresentTense', 'Modal', 'Auxiliary', 'Copula') ||
      hasTag(first, 'Gerund')
    )
      return false;
    const before = words[verb.start - 1];
    // "to build", "who shot": not the clause's verb; "the flooded town": an adjective.
    if (
      before &&
      ((/^(?:to|who|that|which)$/i.test(before.text) && !ACRONYM.test(before.text)) ||
        ARTICLES.has(before.text.toLowerCase()))
    )
      return false;
    if (DESCRIBING_PARTICIPLES.has(first.text.toLowerCase())) return false;
    // "people out of work in Germany rose": a present form right after a preposition is a noun.
    if (isPreposition(before) && hasTag(first, 'PresentTense') && !hasTag(first, 'PastTense'))
      return false;
    // "hectares of degraded pasture": an -ed word between a preposition and its noun describes the noun.
    if (
      verb.start === verb.end &&
      hasTag(first, 'PastTense') &&
      isPreposition(before) &&
      hasTag(words[verb.end + 1], 'Noun') &&
      !hasTag(words[verb.end + 1], 'Pronoun', 'Determiner', 'Value')
    )
      return false;
    // "a report published by …": a past participle (no auxiliary before it) with its agent.
    // ("grew by 10%": a quantity after "by" is no agent.)
    if (
      words[verb.end + 1]?.text.toLowerCase() === 'by' &&
      hasTag(first, 'PastTense') &&
      !hasTag(words[verb.end + 2], 'Value') &&
      !/^\d/.test(words[verb.end + 2]?.text ?? '')
    )
      return false;
    // "the area planted with coca … grew", "the first section, built with loans …, opened": a participle right after
    // a noun, opening a phrase, describes the noun when a finite verb of the clause follows.
    if (
      verb.start === verb.end &&
      hasTag(first, 'PastTense') &&
      isPreposition(words[verb.end + 1]) &&
      // ("freight locomotive built in …": the tagger may call the noun before it an adjective.)
      (isNounish(before) || hasTag(before, 'Adjective') || /,/.test(before?.post ?? '')) &&
      laterMainVerb(words, verbs, verb.end, /,/.test(before?.post ?? ''))
    )
      return false;
    // "QatarEnergy said": a capitalised first word the tagger calls an adjective is still the subject.
    const namedSubject =
      verb.start === 1 &&
      /^\p{Lu}\p{Ll}+\p{Lu}/u.test(words[0]?.text ?? '') &&
      hasTag(first, 'PastTense');
    return namedSubject || words.slice(0, verb.start).some((word) => isNounish(word));
  });
  const misread = verbReadAsNoun(words);
  // "consumer prices rose": the noun read as a verb ("prices") comes just before the past tense read as a noun.
  const nounReadAsVerb =
    tagged &&
    misread &&
    misread.start === tagged.end + 1 &&
    !hasTag(words[tagged.start], 'PastTense', 'Auxiliary', 'Modal');
  return misread && (!tagged || misread.start < tagged.start || nounReadAsVerb) ? misread : tagged;
}

const presentTenses = new Map<string, string>();
const infinitives = new Map<string, string | undefined>();

/** "accepted" → "accept", read in a clause ("they accepted"); remembered, verbs recur. */
function infinitiveOf(past: string): string | undefined {
  const key = past.toLowerCase();
  if (!infinitives.has(key)) {
    infinitives.set(
      key,
      (nlp(`they ${key}`).verbs().json()[0] as { verb?: { infinitive?: string } } | undefined)?.verb
        ?.infinitive,
    );
  }
  return infinitives.get(key);
}

function presentOf(infinitive: string, plural: boolean): string {
  const [head = '', ...tail] = infinitive.split(' ');
  let verb: string;
  if (head === 'be') verb = plural ? 'are' : 'is';
  else if (head === 'have') verb = plural ? 'have' : 'has';
  else if (plural) verb = head;
  // Conjugated in a clause ("they open"): alone, "open" reads as an adjective.
  else {
    verb =
      presentTenses.get(head) ??
      (nlp(`they ${head}`).verbs().conjugate()[0] as { PresentTense?: string } | undefined)
        ?.PresentTense ??
      head;
    presentTenses.set(head, verb);
  }
  return [verb, ...tail].join(' ');
}

/** "awarded" → "awards": a past tense or participle in the headline's present. */
export function presentOfPast(past: string, plural: boolean): string | undefined {
  const infinitive = infinitiveOf(past);
  return infinitive ? presentOf(infinitive, plural) : undefined;
}

/** "More than 45,000 Syrian refugees", "some 3,000 miners": a quantity before the head says nothing of its number. */
const QUANTIFIER =
  /^(?:more|fewer|less) than$|^(?:over|some|about|around|nearly|almost|roughly|up to|at least)$/i;

function bothPlaces(before: Word | undefined, and: Word, after: Word | undefined): boolean {
  return hasTag(and, 'Conjunction') && hasTag(before, 'Place') && hasTag(after, 'Place');
}

export function isPlural(words: Word[]): boolean {
  // The quantifier goes; a number other than one before a noun ("45,000 Syrian refugees", "11 people") makes it many.
  const two = words
    .slice(0, 2)
    .map((word) => word.text)
    .join(' ');
  const subject = QUANTIFIER.test(two)
    ? words.slice(2)
    : QUANTIFIER.test(words[0]?.text ?? '')
      ? words.slice(1)
      : words;
  if (
    hasTag(subject[0], 'Value') &&
    !/^(?:1|one|a)$/i.test(subject[0]?.text ?? '') &&
    hasTag(
      subject.slice(1).find((word) => !hasTag(word, 'Adjective', 'Demonym', 'Value')),
      'Plural',
    )
  )
    return true;
  // The head noun ends before a preposition, a participle or a relative pronoun: "bus carrying 40 passengers" is one bus.
  const headEnd = subject.findIndex(
    (word, index) =>
      index > 0 &&
      (hasTag(word, 'Preposition', 'Gerund', 'PastTense') ||
        isPreposition(word) ||
        /^(?:who|which|that)$/i.test(word.text) ||
        (hasTag(word, 'Adjective') && hasTag(subject[index - 1], 'Plural'))),
  );
  // Two parties are plural; "Ice and Snow Festival", an "and" inside a name, is not; after the head's own phrase,
  // only an "and" that opens a new party ("the president of Chile and the prime minister of Japan") joins
  // ("a team of researchers from X and two hospitals" is one team).
  const joins = subject.some(
    (word, index) =>
      word.text.toLowerCase() === 'and' &&
      // Two places joined are two parties ("Paraguay and Brazil open"); the tagger keeps "Bosnia and Herzegovina" one.
      (bothPlaces(subject[index - 1], word, subject[index + 1]) ||
        !(
          /^\p{Lu}/u.test(subject[index - 1]?.text ?? '') &&
          /^\p{Lu}/u.test(subject[index + 1]?.text ?? '')
        )) &&
      (headEnd < 0 ||
        index < headEnd ||
        hasTag(subject[index + 1], 'Determiner', 'Possessive', 'Person', 'Honorific')) &&
      // "fighting between the army and a paramilitary group": the "and" a "between" needs joins no parties.
      !subject.slice(0, index).some((before) => /^between$/i.test(before.text)) &&
      !titlesOfOneName(subject, index),
  );
  if (joins) return true;
  // "prices" in "consumer prices rose" is a noun the tagger read as a verb.
  const head = (headEnd < 0 ? subject : subject.slice(0, headEnd)).filter(
    (word) =>
      hasTag(word, 'Noun', 'Value') ||
      (hasTag(word, 'PresentTense') && /\p{Ll}s$/u.test(word.text)) ||
      /^(?:police|people)$/i.test(word.text),
  );
  if (hasTag(head.at(-1), 'PresentTense') || /^(?:police|people)$/i.test(head.at(-1)?.text ?? ''))
    return true;
  // A name is one thing ("Delta Air Lines cancels", "Philippines says"); a people is many ("Chileans vote").
  if (
    /^\p{Lu}/u.test(head.at(-1)?.text ?? '') &&
    head.length > 1 &&
    hasTag(head.at(-1), 'ProperNoun') &&
    !hasTag(head.at(-1), 'Demonym')
  )
    return false;
  const last = head.at(-1);
  return (
    hasTag(last, 'Plural') ||
    (hasTag(last, 'Uncountable') &&
      /\p{Ll}[^s']s$/u.test(last?.text ?? '') &&
      !SINGULAR_IN_S.test(last?.text ?? '')) ||
    /^(?:police|people|dozens|hundreds|thousands|millions|scores)$/i.test(last?.text ?? '')
  );
}

/**
 * "poet and novelist Jacinta Escudos": an "and" between two titles of the one name that
 * follows them joins no parties (plain lower-case nouns, then a name to the end).
 */
function titlesOfOneName(subject: Word[], and: number): boolean {
  const after = subject.slice(and + 1);
  const name = after.findIndex((word) => /^\p{Lu}/u.test(word.text));
  return (
    /^\p{Ll}/u.test(subject[and - 1]?.text ?? '') &&
    hasTag(subject[and - 1], 'Noun') &&
    !hasTag(subject[and - 1], 'Plural') &&
    name >= 1 &&
    after
      .slice(0, name)
      .every(
        (word) =>
          /^\p{Ll}/u.test(word.text) &&
          hasTag(word, 'Noun', 'Adjective') &&
          !hasTag(word, 'Plural', 'Determiner', 'Preposition', 'Pronoun'),
      ) &&
    after.slice(name).every((word) => /^\p{Lu}/u.test(word.text) && !/[,;]/.test(word.post))
  );
}

/** The verb as a headline has it (rule 3). */
export function headlineVerb(verb: VerbPhrase, words: Word[], plural: boolean): string {
  const written = words
    .slice(verb.start, verb.end + 1)
    .map((word) => word.text)
    .join(' ');
  const auxiliary = verb.auxiliary.toLowerCase();
  if (verb.form.startsWith('passive')) {
    if (/\bwill\b/.test(auxiliary)) return `to be ${verb.root}`;
    return verb.root;
  }
  // "will not accept": a headline keeps the negation ("to accept" would say the opposite).
  if (/\bwill\b/.test(auxiliary))
    return verb.negative ? `will not ${verb.infinitive}` : `to ${verb.infinitive}`;
  if (verb.negative) return `${plural ? 'do' : 'does'} not ${verb.infinitive}`;
  if ([...MODALS].some((modal) => auxiliary.split(' ').includes(modal))) return written;
  // "was shut down": the tagger reads a passive phrasal verb spelt like its infinitive as a copula; the headline keeps the participle.
  const participle = words.slice(verb.start + 1, verb.end + 1);
  if (
    verb.copula &&
    !auxiliary &&
    hasTag(participle[0], 'PhrasalVerb') &&
    !hasTag(participle[0], 'Gerund')
  )
    return participle.map((word) => word.text).join(' ');
  if (verb.copula && !auxiliary) return presentOf('be', plural);
  if (/past|perfect|gerund-phrase/.test(verb.form) || hasTag(words[verb.start], 'PastTense'))
    return presentOf(verb.infinitive, plural);
  // "the ministry forecast a record harvest": a lead tells the past, so a bare verb after one
  // thing is a past tense spelt like the infinitive (forecast, cut, set, hit).
  if (!plural && verb.start === verb.end && written.toLowerCase() === verb.infinitive)
    return presentOf(verb.infinitive, false);
  return written;
}

/** Nouns whose owner a headline keeps: "its history" is the owner's, "history" everyone's. */
const OWN_PAST = /^(?:history|record|existence|career)$/i;

const SUBORDINATORS = new Set([
  'after',
  'as',
  'when',
  'because',
  'before',
  'since',
  'while',
  'until',
  'once',
]);

/**
 * Other verbs take the headline tense too: a second verb of the same subject
 * ("investigated and presided over", "held rates steady but signaled"), and the
 * verb of a clause that opens with "after", "as", "when" … ("after union
 * accepted pay deal" → "after union accepts pay deal"). Headlines also drop
 * "its", "their" and "his" ("keeps its rates" → "keeps rates").
 */
export function headlineTenses(rest: Word[], plural: boolean, passiveVerb = false): Word[] {
  const converted = rest.map((word, index) => {
    const before = rest[index - 1]?.text.toLowerCase() ?? '';
    const coordinated = before === 'and' || before === 'but' || before === 'or';
    // "was sentenced to 15 years and fined 5 million yuan": after a passive verb, a coordinated
    // participle shares its "was" and stays a participle ("sentenced … and fined").
    if (passiveVerb && before === 'and' && /\p{Ll}ed$/u.test(word.text)) return word;
    // "killed three workers and injured 17 others": an -ed word after "and" with an object is a second verb, not an adjective.
    const secondVerb =
      coordinated &&
      /\p{Ll}ed$/u.test(word.text) &&
      (hasTag(rest[index + 1], 'Value', 'Determiner') || /^\d/.test(rest[index + 1]?.text ?? ''));
    if (
      !secondVerb &&
      (!hasTag(word, 'PastTense') || hasTag(word, 'Adjective', 'Passive') || before === 'had')
    )
      return word;
    const clauseStart = rest
      .slice(Math.max(0, index - 4), index)
      .findIndex((other) => SUBORDINATORS.has(other.text.toLowerCase()));
    const subordinate =
      clauseStart >= 0 && isNounish(rest[index - 1]) && !hasTag(rest[index - 1], 'Pronoun');
    if (!coordinated && !subordinate) return word;
    // "over unpaid salaries and a stalled agreement" without its article: before a plain noun, -ed describes it.
    const next = rest[index + 1];
    if (
      coordinated &&
      !secondVerb &&
      hasTag(next, 'Noun') &&
      !hasTag(next, 'Pronoun', 'ProperNoun', 'Value', 'Determiner')
    )
      return word;
    const infinitive = infinitiveOf(word.text);
    const clausePlural = coordinated ? plural : hasTag(rest[index - 1], 'Plural');
    // Marked, so that a cut never leaves it without what follows it.
    return infinitive
      ? { ...word, text: presentOf(infinitive, clausePlural), tags: [...word.tags, 'HeadlineVerb'] }
      : word;
  });
  // "and a bus was swept away": a passive of its own clause loses its auxiliary, as the headline's own does.
  const passive = converted.filter(
    (word, index) =>
      !(
        /^(?:was|were|are|is)$/i.test(word.text) &&
        isNounish(converted[index - 1]) &&
        !hasTag(converted[index - 1], 'Pronoun') &&
        ((hasTag(converted[index + 1], 'Passive', 'Participle') &&
          !hasTag(converted[index + 1], 'Adjective')) ||
          // "and 9 are missing" → "and 9 missing", as "killed" has no auxiliary either.
          (/^(?:are|is)$/i.test(word.text) &&
            /^(?:missing|dead|injured|homeless|unaccounted)$/i.test(
              converted[index + 1]?.text ?? '',
            )))
      ),
  );
  // "two of its planes" keeps its owner: "two of planes" is no English.
  return passive.filter(
    (word, index) =>
      !/^(?:its|their|his)$/i.test(word.text) ||
      // "the largest plant in its history", "a fourth year in their record": "in history" says another thing.
      (/^(?:in|on)$/i.test(passive[index - 1]?.text ?? '') &&
        OWN_PAST.test(passive[index + 1]?.text.replace(/[,;.]$/, '') ?? '')) ||
      (/^of$/i.test(passive[index - 1]?.text ?? '') &&
        (hasTag(passive[index - 2], 'Value') ||
          /^(?:some|most|all|many|none|half|each|much|part|rest)$/i.test(
            converted[index - 2]?.text ?? '',
          ))),
  );
}

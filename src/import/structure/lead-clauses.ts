/**
 * Reduces a lead sentence to its core clause, the raw material of a headline: who did
 * what, without an opening adverbial, the closing attribution, an apposition after the
 * subject, or the time ("on Tuesday", "yesterday"). Each rule is a pattern of news
 * writing, not of one story; the clause that is left still reads as a sentence.
 */
import nlp from 'compromise';
import { PAST_TENSES_READ_AS_NOUNS } from './headline-verbs';
import { capitalised } from './sentence-case';

const OPENING_WORDS =
  'From|On|In|At|During|After|Before|Citing|With|Despite|Following|Amid|Since|Over|By|For|Under|Last|This|Earlier|Late|Early|Speaking|According';
/** "Three days after the election,", "Two weeks later,": a span of time that opens the sentence. */
// "Shortly after 7 a.m. on Saturday," too: a time close to another.
const TIME_SPAN =
  '(?:(?:\\d+|A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|A few) (?:hours?|days?|weeks?|months?|years?|decades?) (?:after|before|later|earlier|since|into)|(?:Shortly|Soon|Just|Moments|Minutes) (?:after|before))';
/** "From March 21 to 22, …": a short opening phrase before the first comma ("Facing …," and a span of time too); "At least 17 people" is a subject. */
const OPENING = new RegExp(
  `^(?!At (?:least|most)\\b)(?:(?:${OPENING_WORDS})\\b|\\p{Lu}\\p{Ll}+ing\\b|${TIME_SPAN}\\b)[^,]{0,120},\\s+`,
  'u',
);
/** Openings that can never be the subject, so they go even with a verb inside ("In a ruling published on Monday, …"). */
const ADVERBIAL_OPENING = new RegExp(
  `^(?:(?:From|On|In|At|During|After|Before|With|Despite|Following|Amid|Since|By|For|Under|According|Speaking)\\b|${TIME_SPAN}\\b)`,
  'u',
);

const SPEECH_VERBS =
  'said|says|announced|reported|showed|added|confirmed|told reporters|told a news conference|wrote|warned|stated';
/** Where or how it was said: "said in a statement", "told reporters in Nairobi", "said on its website". */
const SAID_WHERE = '(?:\\s+(?:in|on|at|to|from|during|via|after|through)\\s+[^,]{1,60})?';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
// Never a weekday's possessive: "the winner of Sunday's election" keeps its day, and never the day
// a preposition needs ("has fallen since Thursday" would end on "since").
const TIME = `(?:\\s+(?:(?:late|early) )?on\\s+${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|(?<!\\b(?:since|until|till|from|by|before|after|through|to))\\s+${WEEKDAY}|\\s+(?:late|early)\\s+${WEEKDAY})(?!['’]s\\b)`;

/** "the Ministry of Electricity, Water and Renewable Energy said": a name whose list has commas, each part capitalised. */
const NAME_LIST = '(?:,\\s+\\p{Lu}[^,]{0,40}?)*';
/** "…, police said on Sunday" / "…, according to the ministry" at the end of the sentence. */
const CLOSING_ATTRIBUTION = new RegExp(
  `,\\s+(?:[^,]{1,90}?${NAME_LIST}\\s+(?:${SPEECH_VERBS})${SAID_WHERE}(?:${TIME})?|according to [^,]{1,90})$`,
  'u',
);
/** "…, the head of the authority said on Sunday, as …": the attribution inside the sentence. */
const INNER_ATTRIBUTION = new RegExp(
  `,\\s+(?:the |a )?[^,]{1,90}?\\s+(?:said|says|told [^,]{1,40})(?:${TIME})?,\\s+`,
  'u',
);
/** Past time a present-tense headline cannot carry ("output falls … last year"); "next year" stays. */
const TIME_WORDS = new RegExp(
  `${TIME}\\b|\\s+(?:overnight|yesterday|today|tonight|last (?:year|month|week))\\b`,
  'gu',
);

/**
 * "As temperatures passed 52 degrees Celsius for a third day in a row, Kuwait began …": a
 * subordinate clause before the main one says when or why; the news is the main clause.
 */
// A number's thousands comma ("past 3,400") is no clause boundary.
const SUBORDINATE_OPENING =
  /^(?:As|When|While|Whilst|Although|Though|Because|If|Once|Whereas|Now that|Even as|Even though|Just as)\b(?:[^,]|,(?=\d{3})){3,140},\s+/u;

function subordinateOpening(clause: string): string | undefined {
  const match = SUBORDINATE_OPENING.exec(clause);
  if (!match) return undefined;
  const rest = clause.slice(match[0].length);
  return rest.length > 20 && hasFiniteVerb(rest) ? match[0] : undefined;
}

/**
 * "Built at a cost of 51.5 billion yuan, the railway …", "Hit by falling prices, …": a past
 * participle with its phrase opens the sentence; a subject never starts with one.
 */
const PARTICIPLE_OPENING = new RegExp(
  `^(?<participle>\\p{Lu}\\p{Ll}+) (?:at|by|with|in|on|for|from|to|as|after|over|into|under|amid)\\b[^,]{0,120},\\s+(?=\\S)`,
  'u',
);

function participleOpening(clause: string): string | undefined {
  const match = PARTICIPLE_OPENING.exec(clause);
  const word = match?.groups?.['participle'] ?? '';
  if (!match || clause.length - match[0].length <= 20) return undefined;
  const tags =
    (
      nlp(`it was ${word.toLowerCase()}`).terms().json()[2] as
        { terms: { tags: string[] }[] } | undefined
    )?.terms[0]?.tags ?? [];
  // "Hit by …": the tagger reads a participle spelt like its verb as a noun.
  return tags.includes('PastTense') ||
    tags.includes('Participle') ||
    word.toLowerCase() in PAST_TENSES_READ_AS_NOUNS
    ? match[0]
    : undefined;
}

/** True when a phrase has a verb that could carry a clause ("said", "will build"), not just nouns. */
export function hasFiniteVerb(phrase: string): boolean {
  // The verb phrases' terms and tags only: their full grammar is not needed here (and costs more).
  return (nlp(phrase).verbs().docs as unknown as { tags: Set<string> }[][]).some((terms) => {
    const first = terms[0]?.tags ?? new Set<string>();
    return (
      !first.has('Gerund') &&
      (first.has('PastTense') || first.has('Modal') || first.has('Auxiliary'))
    );
  });
}

export function startsWithFiniteVerb(text: string): boolean {
  const tags =
    (nlp(text).terms().json()[0] as { terms: { tags: string[] }[] } | undefined)?.terms[0]?.tags ??
    [];
  return tags.includes('Verb') && !tags.includes('Gerund');
}

/** ", who took office in 2022,", ", an agronomist whose varieties fed millions,": the verb is the relative clause's. */
const RELATIVE_APPOSITION =
  /^(?:(?:(?:a|an|the)\s+[^,]*?\s)?(?:who|which|whose)|(?:a|an|the)\s+[^,]*?\sthat)\b/u;
/** "…, who started …, spent a decade … and now runs …, will become": the subject's own verb after a relative clause's. */
const AUXILIARY_START =
  /^(?:will|would|has|have|had|is|are|was|were|can|could|may|might|must|shall|should)\b/u;

/**
 * "Li Qiang, member of the …, investigated" → "Li Qiang investigated": between the
 * subject (no verb yet) and its verb, one aside or a few in a row ("Tadesse Worku,
 * Ethiopia's minister of transport, who has led talks …, said"). "won in 2 hours, 6
 * minutes …, pulling away" is no apposition; ", who took office in 2022, …" is one,
 * though it has a verb.
 */
function withoutApposition(sentence: string): string {
  const parts = sentence.split(', ');
  const head = parts[0] ?? '';
  if (head.length < 2 || head.length > 80 || hasFiniteVerb(head)) return sentence;
  for (let count = 1; count <= 3 && count < parts.length - 1; count += 1) {
    const aside = parts[count] ?? '';
    const rest = parts.slice(count + 1).join(', ');
    // ", the most powerful ever connected to a grid at sea, began": a described noun, with the subject's verb right after.
    const describedNoun = /^(?:a|an|the)\s/u.test(aside) && startsWithFiniteVerb(rest);
    if (
      aside.length > 200 ||
      (!RELATIVE_APPOSITION.test(aside) && !describedNoun && hasFiniteVerb(aside))
    )
      return sentence;
    if (!startsWithFiniteVerb(rest)) continue;
    // A relative clause may list several verbs; an auxiliary after it, within the asides, is the subject's.
    const later = RELATIVE_APPOSITION.test(parts[1] ?? '')
      ? parts.findIndex((part, k) => k > count + 1 && k <= 4 && AUXILIARY_START.test(part))
      : -1;
    return `${head} ${later > 0 ? parts.slice(later).join(', ') : rest}`;
  }
  return sentence;
}

/**
 * "Helped by a long, warm autumn and …, farmers …": the comma between two adjectives is
 * not the one that ends the opening phrase, so it goes before the opening is looked for.
 */
function withoutAdjectiveComma(clause: string): string {
  const match = /^[^,]{0,80}?\b(?:a|an|the) (?<adjective>\p{Ll}+), (?=\p{Ll}+ \p{Ll})/u.exec(
    clause,
  );
  const adjective = match?.groups?.['adjective'];
  if (!match || !adjective || !nlp(`a ${adjective} thing`).has('#Adjective')) return clause;
  return `${match[0].slice(0, -2)} ${clause.slice(match[0].length)}`;
}

/**
 * "After nine years of construction, long delays and a bill that rose to NZ$5.5 billion,
 * Auckland's City Rail Link opened": the opening's list goes on past its first comma, up
 * to its "and". The rest of the list starts in lower case with no article (a main clause's
 * subject after an opening would have one: "the council").
 */
export function openingListTail(rest: string): string {
  const tail =
    /^(?!(?:the|a|an|its|his|her|their|this|these|those|it|he|she|they|we)\b)\p{Ll}[^,]{0,120}?\band\b[^,]{1,120},\s+/u.exec(
      rest,
    );
  const after = tail ? rest.slice(tail[0].length) : '';
  return tail && after.length > 20 && hasFiniteVerb(after) ? after : rest;
}

export function coreClause(sentence: string): string {
  let clause = withoutAdjectiveComma(sentence.trim().replace(/[.!?]+["”’]?$/, ''));
  clause = clause.replace(/\s*\([^()]*\)/g, '');
  // "Before dawn on Sunday, after two days of heavy rain …, a hillside …": openings may come in a row.
  for (let round = 0; round < 2; round += 1) {
    const opening = OPENING.exec(clause) ?? OPENING.exec(capitalised(clause));
    // "Over 200 people were killed, …" opens with the news itself: only a phrase without a verb goes.
    if (
      opening &&
      clause.length - opening[0].length > 20 &&
      (ADVERBIAL_OPENING.test(opening[0]) || !hasFiniteVerb(opening[0]))
    )
      clause = openingListTail(clause.slice(opening[0].length));
    else if (round === 0)
      clause = clause.slice(
        participleOpening(clause)?.length ?? subordinateOpening(clause)?.length ?? 0,
      );
  }
  clause = clause.replace(INNER_ATTRIBUTION, ', ').replace(CLOSING_ATTRIBUTION, '');
  clause = clause.replace(TIME_WORDS, '');
  clause = withoutApposition(clause);
  return capitalised(clause);
}

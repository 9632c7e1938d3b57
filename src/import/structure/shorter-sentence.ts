/**
 * Shortens a lead sentence too long for a summary without cutting it: the parts news
 * writing adds to a complete clause go one kind at a time, least telling first (a
 * parenthesis, the closing attribution, an opening adverbial, an aside between commas,
 * then a closing participle, subordinate or relative clause) until it fits. Each leaves
 * a sentence that reads whole; when none is enough the sentence is kept whole.
 */
import nlp from 'compromise';
import { hasFiniteVerb, openingListTail, startsWithFiniteVerb } from './lead-clauses';
import { capitalised } from './sentence-case';

const SPEECH =
  'said|says|announced|reported|showed|added|confirmed|told reporters|told a news conference|wrote|warned|stated';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NAME_WORDS =
  "(?:\\p{Lu}[\\p{L}'’.-]*|and|of|the|for|&)(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|and|of|the|for|&))*";
/** "the Ministry of Electricity, Water and Renewable Energy": a speaker whose name has commas of its own. */
/** "a court in the region's capital, Yinchuan,": a speaker described, then named between commas. */
const SPEAKER = `(?:[^,]{0,90}?\\p{Lu}[\\p{L}'’.-]*(?:,\\s+${NAME_WORDS})+|[^,]{1,90}?,\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+${NAME_WORDS})?,|[^,]{1,90}?)`;
/** ", the ministry said in a statement on Friday." — at the very end; the speaker goes with its verb. */
const CLOSING_ATTRIBUTION = new RegExp(
  `,\\s+(?:${SPEAKER}\\s+(?:${SPEECH})(?:\\s+(?:in|on|at|to|from|during|via)\\s+[^,]{1,60}|\\s+${WEEKDAY})?|according to [^,]{1,120})(?=[.!?]["”’]?$)`,
  'u',
);
/** ", the agriculture ministry said in a statement on Thursday, blaming …": the attribution and what hangs on it. */
const ATTRIBUTION_ONWARDS = new RegExp(
  `,\\s+(?:the |a )?[^,"“”]{1,90}?\\s+(?:${SPEECH})(?:\\s+(?:in|on|at|to|from|during|via)\\s+[^,]{1,60})?,\\s+\\p{Ll}+ing\\b[^,]*(?=[.!?]["”’]?$)`,
  'u',
);
const OPENING =
  /^(?:(?:On|In|At|During|After|Before|With|Despite|Following|Amid|Since|Over|By|For|Under|Citing|Speaking)\b|\p{Lu}\p{Ll}+ing\b)[^,]{0,120},\s+/u;
/** "As Syrians queued outside banks …, ": a subordinate clause before the main one. */
const SUBORDINATE_OPENING =
  /^(?:As|When|While|Whilst|Although|Though|Because|Once|Even as|Just as)\s[^,]{3,160},\s+/u;
/** ", capital of …," ", a key demand of the IMF,", ", who came to office …,": between two commas, not a list. */
const ASIDE =
  /,\s+(?<aside>(?:who|which|whose|(?:a|an|the)\s+|one\s+of\b|capital\s+of\b|home\s+to\b)[^,]{2,160}),\s+(?!and\b|or\b)/u;
/** "Tadesse Worku, Ethiopia's minister of transport, …": a name whose apposition the aside follows keeps its closing comma. */
const NAME_BEFORE_APPOSITION = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,4}, [^,]+$/u;
/** Past tenses not spelt "-ed" that news clauses run on with ("sent ash … and coated", "burst its banks and swept away"). */
const IRREGULAR_PAST =
  'became|began|won|led|made|took|gave|wrote|built|rose|fell|sent|hit|struck|burst|brought|tore|swept|shook|cut|threw|drove|broke';
/**
 * "…, killing six people in Guerrero and sending residents running …", "the actress who played
 * Lady Macbeth … and became a household name …": the second verb of a participle or relative
 * clause goes, up to the next comma; the first one carries the news.
 */
const SECOND_VERB_OF_CLAUSE = new RegExp(
  `(?<=(?:,\\s+\\p{Ll}+ing\\b|\\b(?:who|which|that)\\s+\\p{Ll}+ed\\b|\\b(?:after|when|because|(?:in|under|by) which)\\s+[^,]*?\\s(?:\\p{Ll}+ed|${IRREGULAR_PAST})\\b)[^,]*?)\\s+and\\s+(?:\\p{Ll}+ing|\\p{Ll}+ed|${IRREGULAR_PAST})\\b[^,]*?(?=,|[.!?]["”’]?$)`,
  'u',
);
/** "that it says can power a sedan for 1,000 kilometers … and recharge in 12 minutes.": a closing relative clause's second bare verb after a modal goes; the first carries the news. */
const SECOND_VERB_AFTER_MODAL =
  /(?<=\b(?:that|which|who)\b(?:[^,]|,(?=\d))*?\b(?:can|could|will|would|may|might)\s+\p{Ll}+\b(?:[^,]|,(?=\d))*?)\s+and\s+\p{Ll}+\b(?:[^,]|,(?=\d))*?(?=[.!?]["”’]?$)/u;
const PARTICIPLE_BEFORE_PROTEST =
  /,\s+\p{Ll}+ing\b[^,]*?\s+(?<why>in protest (?:against|over|at)\b[^,]*?)(?=[.!?]["”’]?$)/u;
/** ", a step toward a treatment for dry eye disease.": a closing apposition describing the whole news. */
const CLOSING_APPOSITION = /,\s+(?:a|an)\s+[^,]{3,120}(?=[.!?]["”’]?$)/u;
/** " — a 15-kilometre elevated railway running …, built in a rush … — ": a dash-set aside between the subject and its verb. */
const DASH_ASIDE = /\s+[—–]\s+[^—–]{3,240}?\s+[—–]\s+/u;
/** ", its largest find at sea in more than a decade.": a closing superlative that rates the news. */
const CLOSING_SUPERLATIVE =
  /,\s+(?:its|their|his|her|the)\s+(?:\p{Ll}+est|most\s+\p{Ll}+|biggest|first)\b[^,]*(?=[.!?]["”’]?$)/u;
/** ", nearly four decades after the two countries were first joined by a road bridge.": how long since, closing the sentence. */
const CLOSING_TIME_SINCE =
  /,\s+(?:(?:nearly|almost|about|some|more than|over|just|only)\s+)?\S+\s+(?:years?|decades?|months?|weeks?|days?|centur(?:y|ies))\s+(?:after|since|before)\b[^]*?(?=[.!?]["”’]?$)/u;
const FIRST_TIME = /,\s+(?:the|a)\s+first\s+(?:time|such)\b[^,]*(?=[.!?]["”’]?$)/u;
const CLAUSE_AFTER =
  /^(?:as|while|though|although|even|whereas|but|after|before|despite|amid|with|which|who|\p{Ll}+ing)\b/u;
const CLOSING_PARTICIPLE = /,\s+\p{Ll}+ing\b[^]*?(?=[.!?]["”’]?$)/u;
const CLOSING_CLAUSE =
  /,\s+(?:as|while|though|although|even though|whereas|but|after|before|despite|amid|with|under)\s+[^]*?(?=[.!?]["”’]?$)/u;
const CLOSING_RELATIVE =
  /,?\s+(?:that|which|who)\s+(?:have|has|had|were|was|are|is|will|would|\p{Ll}+ed)\b[^,]*(?:,[^,]*)*?(?=[.!?]["”’]?$)/u;
/** ", which said the boat had been adrift …", ", which brought the cost to …": after a comma, a verb of saying or an irregular past opens one too. */
const CLOSING_RELATIVE_AFTER_COMMA = new RegExp(
  `,\\s+(?:which|who)\\s+(?:said|says|${IRREGULAR_PAST})\\b[^]*?(?=[.!?]["”’]?$)`,
  'u',
);

/** "In findings published Tuesday in … by a team from …, ": where the news was published, however long, before the main clause. */
const PUBLISHED_OPENING =
  /^(?:In|According to)\s+(?:(?:a|an|the)\s+)?(?:new\s+)?(?:findings|report|study|paper|article|statement|survey|research)\s+(?:(?:was\s+)?(?:published|released|issued|presented)|by)\b[^,]{0,260},\s+/u;
/** ", known to fans as the I-Man,": a nickname between commas. */
const NICKNAME =
  /,\s+(?:(?:better|also|widely)\s+)?(?:known|nicknamed|dubbed)\s+(?:to\s+[^,]{1,40}?\s+)?as\s+[^,]{1,60},\s+/u;
/** "Michael Siegel of Boston University, co-author of a new study …, declared": the role of a named person, before their verb. */
const ROLE_AFTER_NAME =
  /(?<=\p{Lu}[\p{L}'’.-]*(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)?),\s+(?:(?:a|the)\s+)?(?:(?:lead|senior|chief)\s+)?(?:co-?author|author|researcher|scientist|professor|lecturer|fellow|founder|co-founder|editor)\s+(?:of|at|in)\b[^,]{1,160},\s+(?=\p{Ll})/u;
/** " … Texas after being hospitalized since Christmas Eve.": how it came about, closing the sentence without a comma. */
const CLOSING_AFTER_BEING = /\s+after\s+(?:being|having been)\s+[^,]*?(?=[.!?]["”’]?$)/u;
/** " … between Turkey and Libya in which Turkey and Libya agreed on …": a closing "in which" clause on the object. */
const CLOSING_IN_WHICH = /\s+(?:in|under|by)\s+which\s+[^]*?(?=[.!?]["”’]?$)/u;

type Shortening = (sentence: string) => string;

/** The sentence without a dash-set aside: its subject meets its verb ("Monterrey's new Metro Line 6 opened …"). */
export function withoutDashAside(sentence: string): string {
  return sentence.replace(DASH_ASIDE, ' ');
}

/** A subject's description that may go: ", a 46-year-old Austrian conductor who …,", ", the state-owned giant that …,". */
const SUBJECT_APPOSITION = /^(?:a|an|the|one of|who|which|whose)\b/u;
const RELATIVE = /\b(?:who|that|which|whose)\b/u;

/**
 * "Ingrid Haller, a 46-year-old Austrian conductor who started …, spent … and now runs …,
 * will become …" → "Ingrid Haller will become …": the subject meets its own verb. After a
 * relative clause, whose verbs may run on between commas, the main verb is the last
 * part that opens with a verb.
 */
function withoutSubjectApposition(sentence: string): string {
  // "After more than 15 years behind scaffolding, the Fanta Building, the art nouveau hall …, reopened":
  // an opening phrase stays; the subject after it meets its verb.
  const found = OPENING.exec(sentence)?.[0] ?? '';
  // "(2024 Friday, UTC)": an opening that ends inside brackets is no opening.
  const opening =
    (found.match(/\(/g) ?? []).length > (found.match(/\)/g) ?? []).length ? '' : found;
  const parts = sentence.slice(opening.length).split(', ');
  const [head = '', apposition = ''] = parts;
  if (!/^(?:the\s+)?\p{Lu}/u.test(head) || head.length > 80 || hasFiniteVerb(head)) return sentence;
  if (!SUBJECT_APPOSITION.test(apposition)) return sentence;
  const verbs = parts
    .map((part, index) => (index >= 2 && startsWithFiniteVerb(part) ? index : -1))
    .filter((index) => index >= 0);
  const main = RELATIVE.test(apposition) ? verbs.at(-1) : verbs[0];
  return main === undefined ? sentence : `${opening}${head} ${parts.slice(main).join(', ')}`;
}

/** Each rule returns the sentence unchanged when it does not apply. */
const SHORTENINGS: Shortening[] = [
  // A long description of the subject goes before anything else: the news is in the verb.
  withoutSubjectApposition,
  (s) => s.replace(/\s*\([^()]*\)/g, ''),
  withoutDashAside,
  // A nickname or a named person's role tells least of all: the person is named already.
  (s) => s.replace(NICKNAME, ' ').replace(ROLE_AFTER_NAME, ' '),
  (s) => s.replace(ATTRIBUTION_ONWARDS, '').replace(CLOSING_ATTRIBUTION, ''),
  (s) => {
    const opening = PUBLISHED_OPENING.exec(s);
    const rest = opening ? s.slice(opening[0].length) : '';
    return rest.length > 40 && hasFiniteVerb(rest) ? capitalised(rest) : s;
  },
  (s) => {
    const opening = OPENING.exec(s);
    if (!opening) return s;
    const rest = openingListTail(s.slice(opening[0].length));
    return rest.length > 20 ? capitalised(rest) : s;
  },
  // "As queues at filling stations stretched …, Malawi's central bank devalued …": the main clause is the news.
  (s) => {
    const opening = SUBORDINATE_OPENING.exec(s);
    const rest = opening ? s.slice(opening[0].length) : '';
    return rest.length > 40 && hasFiniteVerb(rest) ? capitalised(rest) : s;
  },
  (s) => {
    let shorter = s;
    for (let match = ASIDE.exec(shorter); match; match = ASIDE.exec(shorter)) {
      const aside = match.groups?.['aside'] ?? '';
      // "the lowest in a decade" is an aside; ", the ministry said, …" is not (a clause of its own).
      if (!/^(?:who|which|whose)\b/u.test(aside) && hasFiniteVerb(aside)) break;
      const after = shorter.slice(match.index + match[0].length);
      // ", a deal for 60 jets from AeroAndes, a low-cost airline …": the second comma opens a description of the aside's last noun.
      if (/^(?:a|an)\s/u.test(after)) break;
      const before = shorter.slice(0, match.index);
      // ", a key demand of the IMF, though …": the second comma opens the next clause and stays.
      const comma = CLAUSE_AFTER.test(after) || NAME_BEFORE_APPOSITION.test(before);
      shorter = `${before}${comma ? ', ' : ' '}${after}`;
    }
    return shorter;
  },
  // A closing "as …" clause goes before a verb of the news does ("overturned and exploded …, as residents gathered …").
  // After a quote, the closing clause is the news ('"Every yuan …," an official said, as China announced …').
  (s) => (/^["“]/u.test(s) ? s : s.replace(CLOSING_CLAUSE, '')),
  (s) => s.replace(SECOND_VERB_OF_CLAUSE, ''),
  (s) => {
    const second = SECOND_VERB_AFTER_MODAL.exec(s)?.[0] ?? '';
    const verb = /and\s+(\p{Ll}+)/u.exec(second)?.[1] ?? '';
    return verb && nlp(`it can ${verb}`).has('#Infinitive') ? s.replace(second, '') : s;
  },
  // ", the first time a Chinese rocket has been recovered at sea …": what the news means, never who said it.
  (s) => s.replace(FIRST_TIME, ''),
  // "a low-cost airline being set up by investors": "being" and "having" open a participle, not a clause.
  (s) =>
    hasFiniteVerb(
      (CLOSING_APPOSITION.exec(s)?.[0] ?? 'was').replace(/\b(?:being|having)\s+\S+/gu, ''),
    )
      ? s
      : s.replace(CLOSING_APPOSITION, ''),
  // "…, blocking the main roads … in protest against a trade deal": why they did it stays.
  (s) => s.replace(CLOSING_SUPERLATIVE, ''),
  (s) => s.replace(CLOSING_TIME_SINCE, ''),
  (s) => s.replace(PARTICIPLE_BEFORE_PROTEST, ' $<why>'),
  (s) => s.replace(CLOSING_AFTER_BEING, ''),
  (s) => s.replace(CLOSING_PARTICIPLE, ''),
  // After a quote, a relative clause of the speaker's runs on into the news ('…," said X, who has …, as the council announced …').
  (s) =>
    /^["“]/u.test(s)
      ? s
      : s.replace(CLOSING_RELATIVE, '').replace(CLOSING_RELATIVE_AFTER_COMMA, ''),
  (s) => s.replace(CLOSING_IN_WHICH, ''),
];

/** '… an audio recording."': a dropped clause took the quote's opening mark, so its closing one goes too. */
function withoutOrphanClosingQuote(sentence: string): string {
  const straight = (sentence.match(/"/gu) ?? []).length;
  const curly = (sentence.match(/“/gu) ?? []).length - (sentence.match(/”/gu) ?? []).length;
  return straight % 2 === 1 || curly < 0 ? sentence.replace(/([.!?])["”]$/u, '$1') : sentence;
}

/** The sentence itself when it fits; else the first shortening, applied in order, that fits; else the sentence whole. */
export function shorterSentence(sentence: string, limit: number): string {
  if (sentence.length <= limit) return sentence;
  let shorter = sentence;
  for (const shorten of SHORTENINGS) {
    const next = withoutOrphanClosingQuote(
      shorten(shorter)
        .replace(/\s+/g, ' ')
        .replace(/\s+([,.!?])/g, '$1'),
    );
    // A rule that left too little of the sentence, or no main verb ("Ingrid Haller, a
    // 46-year-old Austrian conductor."), is not taken.
    if (next !== shorter && next.length >= 40 && nlp(next).has('#Verb')) shorter = next;
    if (shorter.length <= limit) return shorter;
  }
  return sentence;
}

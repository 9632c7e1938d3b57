/**
 * A headline from a story's lead sentence, built on compromise's part-of-speech
 * parse. The rules (the README's "Importing" section explains them for editors):
 *   1. The lead is cut to its core clause (lead-clauses.ts): no opening adverbial,
 *      attribution, apposition or weekday.
 *   2. The main verb is the first finite verb that has a noun before it; what is
 *      before it is the subject, what follows is the rest.
 *   3. Headline tense: past and perfect become present ("ended" → "end(s)"),
 *      future becomes "to" ("will build" → "to build"), passive drops its
 *      auxiliary ("were killed" → "killed"), "said" becomes "says".
 *   4. Articles go ("the", "a", "an"); "dockworkers at the port of Lisbon"
 *      becomes "Lisbon dockworkers".
 *   5. The rest is cut at the last phrase boundary (a comma, a preposition, a
 *      conjunction or a relative pronoun) that keeps the headline within 80
 *      characters and ends on a noun, so it never stops mid-phrase.
 * No verb, or no complete clause within 80 characters: no headline here (the
 * caller falls back to a short phrase).
 */
import nlp from 'compromise';
import { coreClause } from './lead-clauses';

export const MAX_HEADLINE_CHARS = 80;

interface Word {
  text: string;
  post: string;
  tags: string[];
}

interface VerbPhrase {
  start: number;
  end: number;
  form: string;
  auxiliary: string;
  infinitive: string;
  root: string;
  negative: boolean;
  copula: boolean;
}

const ARTICLES = new Set(['a', 'an', 'the']);
/** Participles that describe the subject ("cubs born at …") rather than act as its verb. */
const DESCRIBING_PARTICIPLES = new Set(['born', 'based', 'located', 'situated', 'headquartered', 'aged']);
/** Past tenses the tagger reads as nouns after a noun ("exports rose", "bank cut"): the verb they are. */
const PAST_TENSES_READ_AS_NOUNS: Record<string, string> = {
  rose: 'rise', cut: 'cut', hit: 'hit', set: 'set', shut: 'shut', spread: 'spread', put: 'put', cost: 'cost', bid: 'bid',
  fell: 'fall', lost: 'lose', won: 'win', left: 'leave', found: 'find', struck: 'strike', sank: 'sink', quit: 'quit',
};
const SPEECH = new Set(['say', 'announce', 'report', 'confirm', 'warn', 'claim']);
const MODALS = new Set(['could', 'may', 'might', 'should', 'must', 'can', 'would']);
/** Words a headline may be cut before: each opens a phrase or a clause of its own. */
const PHRASE_OPENERS = new Set([
  'that', 'which', 'who', 'whom', 'where', 'while', 'as', 'after', 'before', 'because', 'despite', 'since', 'when', 'until',
  'amid', 'following', 'to', 'and', 'but', 'with', 'in', 'on', 'at', 'from', 'for', 'by', 'over', 'near', 'off', 'through',
  'under', 'without', 'across', 'around', 'against', 'between', 'during', 'than', 'compared', 'including', 'within',
]);
/** Words that open a clause of its own: what follows them is extra to the headline's first part. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'while', 'as', 'after', 'before', 'because', 'despite', 'since', 'when', 'until', 'amid', 'following', 'but']);
const NOUNISH = ['Noun', 'Value', 'ProperNoun', 'Pronoun', 'Date', 'Acronym'];

function hasTag(word: Word | undefined, ...tags: string[]): boolean {
  return word !== undefined && tags.some((tag) => word.tags.includes(tag));
}

function isNounish(word: Word | undefined): boolean {
  return hasTag(word, ...NOUNISH) && !hasTag(word, 'Determiner', 'Preposition', 'Conjunction', 'Possessive') || /^\d/.test(word?.text ?? '');
}

/** Where a verb phrase is; its grammar is worked out only for the main verb (it is the costly part). */
interface VerbSpan {
  start: number;
  end: number;
  describe: () => VerbPhrase;
}

type VerbJson = Record<string, unknown> & { grammar: Record<string, unknown> };

function parse(clause: string): { words: Word[]; verbs: VerbSpan[] } {
  const doc = nlp(clause);
  const words: Word[] = [];
  const position = new Map<string, number>();
  // The tagged terms themselves: their JSON form costs as much as the tagging.
  for (const term of (doc.docs as unknown as { text: string; post: string; tags: Set<string>; index: [number, number] }[][]).flat()) {
    position.set(term.index.join(':'), words.length);
    words.push({ text: term.text, post: term.post, tags: [...term.tags] });
  }
  const view = doc.verbs();
  const verbs: VerbSpan[] = [];
  (view.docs as unknown as { index: [number, number] }[][]).forEach((terms, k) => {
    const first = terms[0];
    const last = terms.at(-1);
    if (!first || !last) return;
    const start = position.get(first.index.join(':')) ?? -1;
    let end = position.get(last.index.join(':')) ?? -1;
    // "left more than 400,000 homes": an adverb after the verb belongs to what follows.
    while (end > start && words[end]?.tags.includes('Adverb') && !words[end]?.tags.includes('Verb')) end -= 1;
    verbs.push({
      start,
      end,
      describe: () => {
        const verb = (view.eq(k).json()[0] as { verb: VerbJson }).verb;
        return {
          start, end,
          form: String(verb.grammar['form'] ?? ''),
          auxiliary: String(verb['auxiliary'] ?? ''),
          infinitive: String(verb['infinitive'] ?? ''),
          root: String(verb['root'] ?? ''),
          negative: Boolean(verb['negative']),
          copula: Boolean(verb.grammar['copula']),
        };
      },
    });
  });
  return { words, verbs };
}

/** The first past tense after the subject that the tagger took for a noun ("China's exports rose"). */
function verbReadAsNoun(words: Word[]): VerbSpan | undefined {
  const start = words.findIndex((word, index) => index > 0 && word.text.toLowerCase() in PAST_TENSES_READ_AS_NOUNS && isNounish(words[index - 1]));
  const word = words[start];
  if (!word) return undefined;
  const infinitive = PAST_TENSES_READ_AS_NOUNS[word.text.toLowerCase()] ?? word.text;
  return { start, end: start, describe: () => ({ start, end: start, form: 'simple-past', auxiliary: '', infinitive, root: word.text, negative: false, copula: false }) };
}

/** The clause's own verb: finite, with a noun before it, not a participle describing the subject. */
function mainVerb(words: Word[], verbs: VerbSpan[]): VerbSpan | undefined {
  const tagged = verbs.find((verb) => {
    const first = words[verb.start];
    // "country's" expands to "country is" with an empty word: a possessive, not a verb.
    if (!first || verb.start < 1 || first.text === '') return false;
    const previous = words[verb.start - 1]?.text.toLowerCase() ?? '';
    // "bus drivers and market vendors": a noun before a plural noun, inside a list.
    if ((previous === 'and' || previous === 'or' || /,/.test(words[verb.start - 1]?.post ?? '')) && hasTag(words[verb.end + 1], 'Plural') && !hasTag(first, 'PastTense')) return false;
    if (!hasTag(first, 'PastTense', 'PresentTense', 'Modal', 'Auxiliary', 'Copula') || hasTag(first, 'Gerund')) return false;
    const before = words[verb.start - 1];
    // "to build", "who shot": not the clause's verb; "the flooded town": an adjective.
    if (before && (/^(?:to|who|that|which)$/i.test(before.text) || ARTICLES.has(before.text.toLowerCase()))) return false;
    if (DESCRIBING_PARTICIPLES.has(first.text.toLowerCase())) return false;
    // "a report published by …": a past participle (no auxiliary before it) with its agent.
    if (words[verb.end + 1]?.text.toLowerCase() === 'by' && hasTag(first, 'PastTense')) return false;
    return words.slice(0, verb.start).some((word) => isNounish(word));
  });
  const misread = verbReadAsNoun(words);
  return misread && (!tagged || misread.start < tagged.start) ? misread : tagged;
}

const presentTenses = new Map<string, string>();
const infinitives = new Map<string, string | undefined>();

/** "accepted" → "accept", read in a clause ("they accepted"); remembered, verbs recur. */
function infinitiveOf(past: string): string | undefined {
  const key = past.toLowerCase();
  if (!infinitives.has(key)) {
    infinitives.set(key, (nlp(`they ${key}`).verbs().json()[0] as { verb?: { infinitive?: string } } | undefined)?.verb?.infinitive);
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
    verb = presentTenses.get(head) ?? (nlp(`they ${head}`).verbs().conjugate()[0] as { PresentTense?: string } | undefined)?.PresentTense ?? head;
    presentTenses.set(head, verb);
  }
  return [verb, ...tail].join(' ');
}

function isPlural(subject: Word[]): boolean {
  // Two parties are plural; "Ice and Snow Festival", an "and" inside a name, is not.
  const joins = subject.some((word, index) => word.text.toLowerCase() === 'and' && !(/^\p{Lu}/u.test(subject[index - 1]?.text ?? '') && /^\p{Lu}/u.test(subject[index + 1]?.text ?? '')));
  if (joins) return true;
  const headEnd = subject.findIndex((word) => hasTag(word, 'Preposition'));
  const head = (headEnd < 0 ? subject : subject.slice(0, headEnd)).filter((word) => hasTag(word, 'Noun', 'Value'));
  const last = head.at(-1);
  return hasTag(last, 'Plural') || /^(?:police|people)$/i.test(last?.text ?? '');
}

/** The verb as a headline has it (rule 3). */
function headlineVerb(verb: VerbPhrase, words: Word[], plural: boolean): string {
  const written = words.slice(verb.start, verb.end + 1).map((word) => word.text).join(' ');
  const auxiliary = verb.auxiliary.toLowerCase();
  if (verb.form.startsWith('passive')) {
    if (/\bwill\b/.test(auxiliary)) return `to be ${verb.root}`;
    return verb.root;
  }
  if (/\bwill\b/.test(auxiliary)) return `to ${verb.infinitive}`;
  if (verb.negative) return `${plural ? 'do' : 'does'} not ${verb.infinitive}`;
  if ([...MODALS].some((modal) => auxiliary.split(' ').includes(modal))) return written;
  if (verb.copula && !auxiliary) return presentOf('be', plural);
  if (/past|perfect|gerund-phrase/.test(verb.form) || hasTag(words[verb.start], 'PastTense')) return presentOf(verb.infinitive, plural);
  return written;
}

/** Rule 4: "dockworkers at the port of Lisbon" → "Lisbon dockworkers", "city of Denver" → "Denver". */
function compactSubject(subject: string): string {
  const place = /^(?:city|town|state|province|region|village) of (?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})$/u.exec(subject);
  if (place?.groups?.['place']) return place.groups['place'];
  const match = /^(?<head>(?!(?:at|in|of|from)\b)\p{Ll}[\p{L}-]*(?: (?!(?:at|in|of|from)\b)\p{Ll}[\p{L}-]*){0,2}) (?:at|in|of|from) (?:(?:port|city|province|state|region|town|village|capital) of )?(?<place>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})$/u.exec(subject);
  if (!match?.groups) return subject;
  return `${match.groups['place']} ${match.groups['head']}`;
}

/** Words back into text: hyphens, apostrophes and commas kept ("48-hour", "drivers' union"). */
function phrase(words: Word[]): string {
  let text = '';
  words.forEach((word, index) => {
    text += word.text;
    if (index === words.length - 1) return;
    if (/^[-–/]$/.test(word.post)) text += word.post;
    else text += `${word.post.replace(/[^,;:'’]/g, '')} `;
  });
  return text;
}

/** "with Laos, Myanmar and Vietnam": a comma inside a list of names is no place to cut. */
function insideList(words: Word[], index: number): boolean {
  const next = words.slice(index, index + 4);
  return next.some((word) => /^(?:and|or)$/.test(word.text)) && next.every((word) => /^(?:and|or)$/.test(word.text) || hasTag(word, 'ProperNoun', 'Place'));
}

/** Every way to end the rest at a phrase boundary, longest first (rule 5). */
function restCandidates(rest: Word[]): Word[][] {
  const candidates: Word[][] = [rest];
  const mustHaveNoun = rest.some((word) => isNounish(word));
  for (let cut = rest.length - 1; cut >= 0; cut -= 1) {
    const before = rest[cut - 1];
    const at = rest[cut];
    // "in 2 hours, 6 minutes and 12 seconds": a comma before a number goes on with a quantity.
    const comma = before && /[,;—–]/.test(before.post) && !insideList(rest, cut) && !(hasTag(before, 'Value', 'Date', 'Unit') && /^\d/.test(at?.text ?? ''));
    const boundary = comma || PHRASE_OPENERS.has(at?.text.toLowerCase() ?? '');
    if (!boundary) continue;
    const prefix = rest.slice(0, cut);
    const last = prefix.at(-1);
    // Ends on a noun ("advanced manufacturing" too), or on an adjective that completes one ("holds rates steady").
    const nounEnding = isNounish(last) || (hasTag(last, 'Gerund') && hasTag(prefix.at(-2), 'Adjective'));
    // "unchanged", "unopposed": the tagger's past tenses that are adjectives.
    const adjective = hasTag(last, 'Adjective') || /^un\p{Ll}+ed$/u.test(last?.text ?? '');
    if (prefix.length > 0 && !nounEnding && !(adjective && prefix.some((word) => isNounish(word)))) continue;
    // Past the first comma only whole parts are kept: "…in December, fastest growth" is half a part.
    const firstComma = rest.findIndex((word) => /[,;—–]/.test(word.post));
    if (firstComma >= 0 && cut > firstComma + 1 && !(before && /[,;—–]/.test(before.post))) continue;
    // "Festival opens": a verb without an object may end the headline before its first preposition.
    const intransitive = prefix.length === 0 && hasTag(rest[0], 'Preposition');
    if (mustHaveNoun && !intransitive && !prefix.some((word) => isNounish(word))) continue;
    candidates.push(prefix);
  }
  return candidates;
}

function finish(text: string): string {
  const tidy = text.replace(/\s+/g, ' ').replace(/\s+([,;:])/g, '$1').replace(/[\s,;:—–-]+$/, '').trim();
  return tidy.charAt(0).toUpperCase() + tidy.slice(1);
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
    return lower !== 'the' && (hasTag(next, 'Ordinal', 'Fraction') || /^(?:row|third|quarter|half|year|week|month|day)$/i.test(next?.text ?? ''));
  });
}

const SUBORDINATORS = new Set(['after', 'as', 'when', 'because', 'before', 'since', 'while', 'until', 'once']);

/**
 * Other verbs take the headline tense too: a second verb of the same subject
 * ("investigated and presided over", "held rates steady but signaled"), and the
 * verb of a clause that opens with "after", "as", "when" … ("after union
 * accepted pay deal" → "after union accepts pay deal"). Headlines also drop
 * "its" and "their" ("keeps its rates" → "keeps rates").
 */
function headlineTenses(rest: Word[], plural: boolean): Word[] {
  const converted = rest.map((word, index) => {
    if (!hasTag(word, 'PastTense') || hasTag(word, 'Adjective', 'Passive') || rest[index - 1]?.text.toLowerCase() === 'had') return word;
    const before = rest[index - 1]?.text.toLowerCase() ?? '';
    const coordinated = before === 'and' || before === 'but';
    const clauseStart = rest.slice(Math.max(0, index - 4), index).findIndex((other) => SUBORDINATORS.has(other.text.toLowerCase()));
    const subordinate = clauseStart >= 0 && isNounish(rest[index - 1]) && !hasTag(rest[index - 1], 'Pronoun');
    if (!coordinated && !subordinate) return word;
    const infinitive = infinitiveOf(word.text);
    const clausePlural = coordinated ? plural : hasTag(rest[index - 1], 'Plural');
    return infinitive ? { ...word, text: presentOf(infinitive, clausePlural) } : word;
  });
  return converted.filter((word) => !/^(?:its|their)$/i.test(word.text));
}

/**
 * Shorter ways to name the subject, tried only when the whole subject leaves no
 * room: the name a descriptor introduces ("state power company Eskom" → "Eskom"),
 * the head before its modifiers ("panda cubs born at …" → "panda cubs"), the
 * subject without its adjectives ("the country's last major guerrilla group").
 */
function shorterSubjects(subject: string, words: Word[]): string[] {
  const variants: string[] = [];
  const named = /^(?:\p{Lu}[\p{L}.'’-]* ){0,3}(?:(?!(?:at|in|of|from|on|near|for|and)\b)\p{Ll}[\p{L}-]* ){1,4}(?<name>\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3})$/u.exec(subject);
  if (named?.groups?.['name']) variants.push(named.groups['name']);
  const head = /^(?<head>.+?) (?:born|based|at|in|of|from|on|near|who|which|that)\b/u.exec(subject)?.groups?.['head'];
  // A head of one word only when it is a crowd ("Thousands of shopkeepers, …" → "Thousands").
  if (head && (head.split(' ').length >= 2 || /^(?:dozens|hundreds|thousands|millions)$/i.test(head))) variants.push(head);
  // Two parties named in full ("X's government and the country's last major guerrilla group") lose their adjectives.
  const plain = words.filter((word) => !hasTag(word, 'Adjective') || hasTag(word, 'ProperNoun'));
  if (words.some((word) => word.text === 'and') && plain.length < words.length && plain.some((word) => isNounish(word))) variants.push(phrase(plain));
  return variants;
}

/** The longest headline within 80 characters: whole first part if possible, for a subject. */
function bestFit(subject: string, predicate: string, rest: Word[]): { headline: string; whole: boolean; kept: number } | undefined {
  // The first part: up to the first comma or the first word that opens a clause of its own.
  const commaEnd = rest.findIndex((word) => /[,;—–]/.test(word.post));
  const clauseStart = rest.findIndex((word, index) => index > 0 && CLAUSE_OPENERS.has(word.text.toLowerCase()));
  const wholeLength = Math.min(commaEnd < 0 ? rest.length : commaEnd + 1, clauseStart < 0 ? rest.length : clauseStart);
  for (const candidate of restCandidates(rest)) {
    const headline = finish(`${subject} ${predicate} ${phrase(candidate)}`);
    if (headline.length <= MAX_HEADLINE_CHARS && headline.split(' ').length >= 3) return { headline, whole: candidate.length >= wholeLength, kept: candidate.length };
  }
  return undefined;
}

export function headlineFromSentence(sentence: string): string | undefined {
  const clause = coreClause(sentence);
  const { words, verbs } = parse(clause);
  const verb = mainVerb(words, verbs)?.describe();
  if (!verb) return undefined;
  const subjectWords = words.slice(0, verb.start);
  const plural = isPlural(subjectWords);
  const kept = withoutArticles(subjectWords);
  let subject = phrase(kept);
  // A sentence's capital is not a name's: "Dockworkers at …" may move behind "Lisbon".
  if (!hasTag(kept[0], 'ProperNoun', 'Acronym')) subject = subject.charAt(0).toLowerCase() + subject.slice(1);
  subject = compactSubject(subject);
  let predicate = headlineVerb(verb, words, plural);
  let rest = headlineTenses(withoutArticles(words.slice(verb.end + 1)), plural);
  if (SPEECH.has(verb.infinitive) && rest.length > 2) {
    // "Petrobras said it had found …" → "Petrobras says it has found …".
    predicate = plural ? 'say' : 'says';
    if (rest[0]?.text.toLowerCase() === 'that') rest = rest.slice(1);
    const pronoun = rest[0]?.text.toLowerCase() ?? '';
    if (rest[1]?.text.toLowerCase() === 'had') rest = [rest[0] as Word, { ...(rest[1] as Word), text: /^(?:they|we)$/.test(pronoun) ? 'have' : 'has' }, ...rest.slice(2)];
  }
  const full = bestFit(subject, predicate, rest);
  if (full?.whole) return full.headline;
  const options: [string, string, Word[]][] = shorterSubjects(subject, kept).map((shorter) => [shorter, predicate, rest]);
  // "investigated and presided over a symposium": the verb that has the object.
  const second = rest[1];
  if (rest[0]?.text.toLowerCase() === 'and' && second && hasTag(second, 'Verb')) options.push([subject, second.text, rest.slice(2)]);
  // The first option that keeps the whole first part; else the one that keeps most of it.
  let best = full;
  for (const [shorterSubject, shorterPredicate, shorterRest] of options) {
    const fit = bestFit(shorterSubject, shorterPredicate, shorterRest);
    if (fit?.whole) return fit.headline;
    if (fit && (!best || fit.kept > best.kept)) best = fit;
  }
  return best?.headline;
}

/**
 * When a single word is a person of its own ("security minister Wiranto", "said Kipchoge"):
 * never a short reference to someone the story names in full, never a word the story uses as
 * an organization's, a place's or a group's, and only with a person's cue that outweighs the
 * story's uses of the word as a thing ("the Ebola outbreak", "Hamas militants").
 */
import nlp from 'compromise';
import { isGivenName, isGroupWord } from './lexicon';
import { foldNameWord } from './name-folding';
import { APPOSITION_AFTER_NAME, SPEECH_VERBS, TITLE_BEFORE_NAME } from './name-patterns';

export interface StoryNames {
  /** The people's names the story gives in full. */
  fullNames: Iterable<string>;
  /** The names the story gives organizations (and places, when known). */
  otherNames: Iterable<string>;
}

/** Whether a single word the story marks as a person's is a person of its own in this story. */
export function isOneWordPerson(word: string, text: string, story: StoryNames): boolean {
  return (
    fullNameReferredTo(word, story.fullNames) === undefined &&
    !isWordOfOtherName(word, story.otherNames) &&
    !isGroupName(word, text) &&
    !isShortFormOfName(word, text) &&
    hasPersonEvidence(word, text)
  );
}

/**
 * "Thaksin" of Thaksin Shinawatra, "Erdogan" of Recep Tayyip Erdoğan, "Vázquez" of Wanda
 * Vázquez Garced: the full name a one-word reference stands for. Thai, Samoan, Omani and Arabic
 * usage shortens a name to its first word, Spanish to either surname; accents may be dropped.
 */
export function fullNameReferredTo(word: string, fullNames: Iterable<string>): string | undefined {
  const folded = foldNameWord(word);
  for (const name of fullNames) {
    const words = name.split(' ');
    if (words.length < 2) continue;
    if (words.some((part) => foldNameWord(part) === folded)) return name;
  }
  return undefined;
}

/**
 * "Woolworths" of Woolworths Limited, "Crete", "HAMAS": a word that is, or is a word of, a
 * name the story gives an organization or a place is not also a person there.
 */
export function isWordOfOtherName(word: string, names: Iterable<string>): boolean {
  const folded = foldNameWord(word);
  for (const name of names)
    if (name.split(/[\s-]+/).some((part) => foldNameWord(part) === folded)) return true;
  return false;
}

/** "British", "Islamic": a word the tagger reads as an adjective, never as a name. */
function isAdjective(word: string): boolean {
  const terms = nlp(word).json() as { terms: { tags: string[] }[] }[];
  return terms[0]?.terms[0]?.tags.includes('Adjective') ?? false;
}

/** "Philippine Institute of Volcanology and Seismology (Phivolcs)": the short form of a longer name. */
export function isShortFormOfName(word: string, text: string): boolean {
  return text.includes(`${word})`) && new RegExp(`\\p{Lu}\\p{L}+ \\(${word}\\)`, 'u').test(text);
}

/**
 * "Muslims", "Naxals", "Cherokee", "Turkish", "Timorese": a nationality, a religion, or a plural of a word the story
 * also writes alone ("the Naxal rebels") names a group, not a person.
 */
export function isGroupName(word: string, text: string): boolean {
  if (isGroupWord(word) || isAdjective(word)) return true;
  // "Timorese", "Burmese", "Islamist": the endings of a people's or a movement's adjective.
  if (/\p{Ll}{2}(?:ese|ist)$/u.test(word) && !isGivenName(word)) return true;
  const singular = /^(.{3,})s$/u.exec(word)?.[1];
  return singular !== undefined && (isGroupWord(singular) || mentions(text, singular).length > 0);
}

const TITLES_BEFORE = new RegExp(
  `(?:${[
    ...TITLE_BEFORE_NAME,
    'Pope',
    'King',
    'Queen',
    'Sultan',
    'Emir',
    'Sheikh',
    'General',
    'Gen\\.',
    'Colonel',
    'Judge',
    'minister',
    'leader',
    'chief',
    'president',
    'premier',
    'commander',
    'spokesman',
    'spokeswoman',
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')}),? $`,
  'u',
);
const SPEECH_AFTER = new RegExp(`^ (?:has |had |also |later |then )?(?:${SPEECH_VERBS})\\b`, 'u');
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS}) $`, 'u');
/**
 * "Rich Kyanka, founder of", "Hammons, a former Newsweek manager": an apposition says who;
 * "Novichok, a range of neurotoxins" says what, so an article alone is no cue.
 */
const APPOSITION = new RegExp(
  `^,\\s+(?:(?!(?:a|an|the)\\b)(?:${APPOSITION_AFTER_NAME})|(?:a|the)\\s+former\\b)`,
  'u',
);
/** "the Atlantic", "a Woolworths spokesperson", "at Qantas", "shares of Viacom". */
const THING_BEFORE = /\b(?:the|a|an|at|in|into|across|shares of|shares in|stake in|owned by) $/iu;

/**
 * A one-word name is a person's where at least one mention has a person's cue (a title, a role
 * or a given name before it, a verb of speech next to it, an apposition after it) and no more mentions use it as a thing: after an
 * article or a preposition of place, or as a modifier before a noun ("Novichok poisoning").
 */
export function hasPersonEvidence(word: string, text: string): boolean {
  let personCues = 0;
  let thingUses = 0;
  for (const at of mentions(text, word)) {
    const before = text.slice(Math.max(0, at - 30), at);
    const after = text.slice(at + word.length, at + word.length + 40);
    if (
      TITLES_BEFORE.test(before) ||
      isGivenName(/(\p{Lu}\p{Ll}+) $/u.exec(before)?.[1] ?? '') ||
      SPEECH_AFTER.test(after) ||
      APPOSITION.test(after) ||
      (/\b(?:according to|by) $/u.test(before) && /^[,.;]/u.test(after)) ||
      (SPEECH_BEFORE.test(before) && /^[,.;]/u.test(after))
    )
      personCues += 1;
    // "The Hammons-Bodenstab ticket": a word joined to another name says nothing of its kind.
    else if (after.startsWith('-')) continue;
    else if (THING_BEFORE.test(before) || isModifierBeforeNoun(word, after)) thingUses += 1;
  }
  return personCues > 0 && thingUses <= personCues;
}

/** "Ebola outbreak", "British troops": the next word is a noun the name qualifies, not a verb it does. */
function isModifierBeforeNoun(word: string, after: string): boolean {
  const next = /^ (\p{Ll}[\p{Ll}-]*)/u.exec(after)?.[1];
  if (next === undefined) return false;
  const terms = nlp(`${word} ${next}`).json() as { terms: { tags: string[] }[] }[];
  const tags = terms[0]?.terms[1]?.tags ?? [];
  return tags.includes('Noun') && !tags.includes('Pronoun') && !tags.includes('Verb');
}

function mentions(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) found.push(at);
  }
  return found;
}

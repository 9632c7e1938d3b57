/**
 * Why a registry entry is likely wrong, judged from its name alone (the story
 * count and near-duplicates are added by review.ts). Each reason has a stable
 * code for --json and a sentence for the terminal.
 */
import type { EntityKind } from '../../lib/entities/entities';
import { isEnglishWord } from '../entities/english-words';
import {
  eventWord,
  isCalendarWord,
  isGivenNameWord,
  isPersonNameWord,
  isPlaceWord,
  nationalityOrReligionWord,
  organizationWord,
  titleWord,
} from './name-words';

export type ReasonCode =
  | 'no-story'
  | 'one-story'
  | 'one-word'
  | 'wrong-kind'
  | 'common-word'
  | 'glued-words'
  | 'title-in-name'
  | 'leading-fragment'
  | 'two-names'
  | 'starts-with-a-date'
  | 'near-duplicate'
  | 'thin-evidence'
  | 'shared-name'
  | 'mixed-page';

export interface Reason {
  code: ReasonCode;
  text: string;
}

/** Every name and alias of the registry (all kinds), lower-cased, and the last words of the longer ones. */
export interface KnownNames {
  has(name: string): boolean;
  /** "york" (New York), "times" (New York Times), "bernanke" (Ben Bernanke). */
  isLastWordOfLongerName(word: string): boolean;
  /** The archive's own text writes it in lower case somewhere ("a protest march", "the union"). */
  isWrittenInLowerCase(word: string): boolean;
}

/**
 * `lowerCaseWords`: every word the archive's articles write in lower case. Without
 * it (no archive at hand), the English dictionary stands in.
 */
export function knownNamesOf(
  names: Iterable<string>,
  lowerCaseWords?: ReadonlySet<string>,
): KnownNames {
  const all = new Set<string>();
  const lastWords = new Set<string>();
  for (const name of names) {
    const lower = name.toLowerCase();
    all.add(lower);
    const words = lower.split(/\s+/);
    if (words.length > 1) lastWords.add(words.at(-1)!);
  }
  return {
    has: (name) => all.has(name.toLowerCase()),
    isLastWordOfLongerName: (word) => lastWords.has(word.toLowerCase()),
    isWrittenInLowerCase: (word) =>
      lowerCaseWords ? lowerCaseWords.has(word.toLowerCase()) : isEnglishWord(word),
  };
}

const CAMEL_JOIN = /(\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u;

/**
 * Words run together by defective input: "Abraham AccordsImage" (a caption's
 * "Image" glued to the name before it), "Ben Bernankeis", "York Timesis".
 */
function gluedWords(
  words: readonly string[],
  kind: EntityKind,
  known: KnownNames,
): string | undefined {
  for (const [index, word] of words.entries()) {
    const camel = CAMEL_JOIN.exec(word);
    if (camel) {
      const head = word.slice(0, word.length - camel[2]!.length);
      const cut = [...words.slice(0, index), head].join(' ');
      // Brands are written this way ("WikiLeaks"): flag them only on evidence.
      if (known.has(cut) || (kind === 'people' && isEnglishWord(camel[2]!)))
        return `"${word}" looks like "${head}" and "${camel[2]}" run together`;
    }
  }
  const last = words.at(-1)!;
  const base = last.slice(0, -2);
  if (
    words.length > 1 &&
    last.endsWith('is') &&
    base.length >= 4 &&
    known.isLastWordOfLongerName(base) &&
    !isPersonNameWord(last) &&
    !isEnglishWord(last)
  ) {
    return `"${last}" looks like "${base}" with "is" glued on`;
  }
  return undefined;
}

/** "Department of Homeland Security Michael Chertoff", "University of Washington and Stanford University". */
function twoNames(words: readonly string[], known: KnownNames): string | undefined {
  for (let cut = 1; cut < words.length; cut += 1) {
    const left = words.slice(0, cut);
    const right = words.slice(words[cut] === 'and' ? cut + 1 : cut);
    if (right.length === 0) continue;
    const [leftName, rightName] = [left.join(' '), right.join(' ')];
    if (known.has(leftName) && known.has(rightName))
      return `"${leftName}" and "${rightName}" are both names in the registry`;
    if (
      words[cut] === 'and' &&
      organizationWord(left) &&
      (organizationWord(right) || isGivenNameWord(right[0]!))
    ) {
      return `"${leftName}" and "${rightName}" look like two names`;
    }
  }
  return undefined;
}

function personReasons(words: readonly string[], known: KnownNames): Reason[] {
  const reasons: Reason[] = [];
  const organization = organizationWord(words);
  const event = eventWord(words);
  const group = nationalityOrReligionWord(words);
  if (event)
    reasons.push({ code: 'wrong-kind', text: `looks like an event or treaty ("${event}")` });
  else if (organization)
    reasons.push({
      code: 'wrong-kind',
      text: `looks like an organization or a place ("${organization}")`,
    });
  else if (group)
    reasons.push({ code: 'wrong-kind', text: `a nationality or religion ("${group}")` });
  const title = titleWord(words.slice(0, -1));
  if (title)
    reasons.push({ code: 'title-in-name', text: `a title or role inside the name ("${title}")` });
  const first = words[0]!;
  // "Affairs Joschka Fischer", "Zealander Olaf Wiig": a leftover of the words before the name.
  const givenNameLater =
    /(?:ers?|ians?|eses?|ans?)$/.test(first) && words.slice(1, -1).some(isGivenNameWord);
  if (
    !title &&
    words.length >= 3 &&
    !isGivenNameWord(first) &&
    (givenNameLater ||
      known.isLastWordOfLongerName(first) ||
      isPlaceWord(first) ||
      known.isWrittenInLowerCase(first))
  ) {
    reasons.push({
      code: 'leading-fragment',
      text: `starts with "${first}", not a given name: a role, or the end of a longer name before it`,
    });
  }
  return reasons;
}

function placeReasons(words: readonly string[], known: KnownNames): Reason[] {
  const reasons: Reason[] = [];
  const organization = organizationWord(words) ?? eventWord(words);
  if (organization)
    reasons.push({
      code: 'wrong-kind',
      text: `looks like an organization or event ("${organization}"), not a place`,
    });
  if (words.length === 1) {
    const [word] = words as [string];
    if (isCalendarWord(word))
      reasons.push({ code: 'common-word', text: 'also a month or a weekday' });
    else if (isPersonNameWord(word))
      reasons.push({ code: 'common-word', text: 'also a given name or surname' });
    else if (known.isWrittenInLowerCase(word) && !isPlaceWord(word))
      reasons.push({
        code: 'common-word',
        text: 'also an ordinary word (written in lower case in the archive)',
      });
  }
  return reasons;
}

function organizationReasons(words: readonly string[]): Reason[] {
  const first = words[0]!;
  if (/^\d/.test(first) || isCalendarWord(first))
    return [
      {
        code: 'starts-with-a-date',
        text: `starts with "${first}", a date or number from the sentence`,
      },
    ];
  return [];
}

/** The reasons that follow from an entry's name. */
export function nameReasons(kind: EntityKind, name: string, known: KnownNames): Reason[] {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const reasons: Reason[] = [];
  if (words.length === 1 && kind !== 'places')
    reasons.push({ code: 'one-word', text: 'a one-word name (matched wherever the word appears)' });
  if (kind === 'people') reasons.push(...personReasons(words, known));
  else if (kind === 'places') reasons.push(...placeReasons(words, known));
  else reasons.push(...organizationReasons(words));
  const glued = gluedWords(words, kind, known);
  if (glued) reasons.push({ code: 'glued-words', text: glued });
  const merged = words.length >= 3 ? twoNames(words, known) : undefined;
  if (merged) reasons.push({ code: 'two-names', text: merged });
  return reasons;
}

export function storyReason(stories: number): Reason | undefined {
  if (stories === 0) return { code: 'no-story', text: 'no story names it' };
  if (stories === 1) return { code: 'one-story', text: 'one story only' };
  return undefined;
}

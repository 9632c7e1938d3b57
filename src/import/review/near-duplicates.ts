/**
 * Registry entries of one kind that are probably one entity under two names ("Ben
 * Bernanke" / "Ben S. Bernanke"). Names are compared only within buckets a duplicate must
 * share (the same surname, first or last word), and edit distances only between names of
 * nearly the same length, so the cost is the sum of the squared bucket sizes, not the
 * square of the registry's size.
 */
import { foldAccents } from '../../lib/slug';
import { areOneGivenName } from '../entities/given-name-diminutives';
import { editDistance } from './edit-distance';

export interface NamedEntry {
  id: string;
  name: string;
}

export interface NearDuplicate {
  id: string;
  name: string;
  why: string;
}

interface Parsed {
  entry: NamedEntry;
  words: string[];
  /** Lower-case, without accents or dots. */
  key: string;
  /** How often each letter occurs (by code modulo 32): the "sorted letters" of the name. */
  letters: Uint8Array;
}

const normalise = (text: string) => foldAccents(text).toLowerCase().replace(/\./g, '');
const isInitial = (word: string) => /^\p{L}\.?$/u.test(word);

function parse(entry: NamedEntry): Parsed {
  const words = entry.name.split(/\s+/).filter(Boolean).map(normalise);
  const key = words.join(' ');
  const letters = new Uint8Array(32);
  for (let i = 0; i < key.length; i += 1) letters[key.charCodeAt(i) % 32]! += 1;
  return { entry, words, key, letters };
}

/**
 * A lower bound of the edit distance that costs 32 steps: each edit changes the
 * letter counts by at most two. Most pairs of a bucket stop here.
 */
function lettersApart(a: Parsed, b: Parsed): number {
  let difference = 0;
  for (let i = 0; i < 32; i += 1) difference += Math.abs(a.letters[i]! - b.letters[i]!);
  return Math.ceil(difference / 2);
}

function bucketed(items: Parsed[], keyOf: (item: Parsed) => string | undefined): Parsed[][] {
  const buckets = new Map<string, Parsed[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const bucket = buckets.get(key) ?? [];
    bucket.push(item);
    buckets.set(key, bucket);
  }
  return [...buckets.values()].filter((bucket) => bucket.length > 1);
}

/** Why two people with the same surname are probably one, or undefined. */
function sameSurnameReason(a: Parsed, b: Parsed): string | undefined {
  const givenA = a.words.slice(0, -1);
  const givenB = b.words.slice(0, -1);
  if (givenA.length === 0 || givenB.length === 0) return undefined;
  const fullA = givenA.filter((word) => !isInitial(word));
  const fullB = givenB.filter((word) => !isInitial(word));
  if (fullA.join(' ') === fullB.join(' ') && fullA.length > 0)
    return 'the same name but for an initial';
  const [shorter, longer] = givenA.length <= givenB.length ? [givenA, givenB] : [givenB, givenA];
  let at = 0;
  for (const word of longer) if (word === shorter[at]) at += 1;
  if (at === shorter.length) return 'the same name with extra words';
  const [firstA, firstB] = [givenA[0]!, givenB[0]!];
  if ((isInitial(firstA) || isInitial(firstB)) && firstA[0] === firstB[0])
    return 'the same surname, an initial for the given name';
  if (firstA.length >= 4 && firstB.length >= 4 && editDistance(firstA, firstB, 1) <= 1)
    return 'the same surname, given names one letter apart';
  // "Chuck" and "Charles Schumer": often one person, but "Eddie" and "Edward Stobart" were father
  // and son, so a short form of the given name is the editor's to merge.
  if (areOneGivenName(firstA, firstB)) return 'the same surname, a short form of the given name';
  return undefined;
}

const PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az)-/;

/** Why two surnames after the same given names are probably one, or undefined. */
function surnameVariantReason(a: string, b: string): string | undefined {
  if (a.replace(PARTICLE, '') === b.replace(PARTICLE, ''))
    return 'the same name but for a particle';
  if (a.length >= 6 && b.length >= 6 && editDistance(a, b, 1) <= 1)
    return 'the same given name, surnames one letter apart';
  return undefined;
}

/** Long names may differ by a letter or two; short ones ("Li Peng", "Li Ping") may not. */
function allowedEdits(length: number): number {
  return length >= 15 ? 2 : length >= 10 ? 1 : 0;
}

export function findNearDuplicates(
  entries: readonly NamedEntry[],
  options: { personNames: boolean },
): Map<string, NearDuplicate[]> {
  const found = new Map<string, NearDuplicate[]>();
  const reported = new Set<string>();
  const report = (a: Parsed, b: Parsed, why: string) => {
    const pair =
      a.entry.id < b.entry.id ? `${a.entry.id} ${b.entry.id}` : `${b.entry.id} ${a.entry.id}`;
    if (a.entry.id === b.entry.id || reported.has(pair)) return;
    reported.add(pair);
    for (const [one, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const list = found.get(one.entry.id) ?? [];
      list.push({ id: other.entry.id, name: other.entry.name, why });
      found.set(one.entry.id, list);
    }
  };
  const items = entries.map(parse).filter((item) => item.words.length > 0);
  const multiWord = items.filter((item) => item.words.length > 1);

  // A name that ends with another whole name: "Speaker Nancy Pelosi", "2016 Socialist Party".
  const byKey = new Map(items.map((item) => [item.key, item]));
  for (const item of multiWord) {
    for (let drop = 1; item.words.length - drop >= 2; drop += 1) {
      const inner = byKey.get(item.words.slice(drop).join(' '));
      if (inner) report(item, inner, `ends with the whole name "${inner.entry.name}"`);
    }
  }

  if (options.personNames) {
    // "Bernankeis" is "Bernanke" with "is" glued on by defective input.
    const surnames = new Set(multiWord.map((item) => item.words.at(-1)!));
    const surnameOf = (item: Parsed) => {
      const last = item.words.at(-1)!;
      const base = last.slice(0, -2);
      return last.endsWith('is') && base.length >= 4 && surnames.has(base) ? base : last;
    };
    for (const bucket of bucketed(multiWord, surnameOf)) {
      for (let i = 0; i < bucket.length; i += 1) {
        for (let j = i + 1; j < bucket.length; j += 1) {
          const [a, b] = [bucket[i]!, bucket[j]!];
          const glued = a.words.at(-1) !== b.words.at(-1);
          const why =
            glued && a.words.slice(0, -1).join(' ') === b.words.slice(0, -1).join(' ')
              ? 'the same name with "is" glued on'
              : sameSurnameReason(a, b);
          if (why) report(a, b, why);
        }
      }
    }
  }

  if (options.personNames) {
    // "Ken Melhman" / "Ken Mehlman", "Salam Zaubai" / "Salam al-Zaubai": the same given names
    // and a surname spelt a letter apart or with its particle. Too weak to merge at import
    // ("Davis Davis" is David Davis, but "Peter Simon" is not Pedro Simon): the editor decides.
    const givenNamesOf = (item: Parsed) => item.words.slice(0, -1).join(' ');
    for (const bucket of bucketed(multiWord, givenNamesOf)) {
      for (let i = 0; i < bucket.length; i += 1) {
        for (let j = i + 1; j < bucket.length; j += 1) {
          const why = surnameVariantReason(bucket[i]!.words.at(-1)!, bucket[j]!.words.at(-1)!);
          if (why) report(bucket[i]!, bucket[j]!, why);
        }
      }
    }
  }

  // Spelling variants: same first word or same last word, a letter or two apart.
  for (const keyOf of [(item: Parsed) => item.words[0], (item: Parsed) => item.words.at(-1)]) {
    for (const bucket of bucketed(multiWord, keyOf)) {
      bucket.sort((a, b) => a.key.length - b.key.length);
      for (let i = 0; i < bucket.length; i += 1) {
        const a = bucket[i]!;
        for (
          let j = i + 1;
          j < bucket.length && bucket[j]!.key.length - a.key.length <= 2;
          j += 1
        ) {
          const b = bucket[j]!;
          const limit = allowedEdits(Math.min(a.key.length, b.key.length));
          if (limit === 0 || lettersApart(a, b) > limit) continue;
          const distance = editDistance(a.key, b.key, limit);
          if (distance <= limit)
            report(
              a,
              b,
              distance === 0
                ? 'the same name'
                : `spelt ${distance === 1 ? 'one letter' : `${distance} letters`} apart`,
            );
        }
      }
    }
  }
  return found;
}

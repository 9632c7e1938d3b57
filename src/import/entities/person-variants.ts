/**
 * Which written names of people are one person, on strong evidence only (a wrong merge puts
 * two people on one page, worse than a duplicate): the same name but for accents, case or
 * middle initials; extra middle names where the archive writes no other middle name between
 * the same given name and surname; a common English short form of the given name where no
 * one else in the archive has that surname; a word or an "s" glued to the end by defective
 * input. Spellings a letter apart ("Ken Melhman") are weaker evidence: the editor's review
 * lists them (src/import/review/near-duplicates.ts), nothing merges them.
 */
import { isEnglishWord } from './english-words';
import { isGivenName, isGroupWord, isKnownSurname, isNonPersonName } from './lexicon';
import { foldName, foldNameWord } from './name-folding';

export type VariantRule =
  | 'accents or case'
  | 'middle initials'
  | 'middle names'
  | 'given-name short form'
  | 'glued word'
  | 'glued s';

export interface PersonVariants {
  /** The names of each group of variants (groups of one name left out). */
  groups: string[][];
  /** Each merge and the rule that made it. */
  merges: { name: string; into: string; rule: VariantRule }[];
  /** Names that are only another name with something glued on: never a group's name. */
  glued: Set<string>;
}

const INITIAL = /^\p{Lu}\.?$/u;
const KUNYA_OR_PARTICLE = /^(?:Abu|Umm|Bin|Ibn|Al|El)$/;
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** "Ben S. Bernanke" → "ben bernanke"; other names are only folded. */
function initialsFreeKey(words: readonly string[]): string {
  if (words.length >= 3 && words.slice(1, -1).every((word) => INITIAL.test(word)))
    return foldName(`${words[0]} ${words.at(-1)}`);
  return foldName(words.join(' '));
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  readonly merges: PersonVariants['merges'] = [];

  find(name: string): string {
    let root = name;
    while (this.parent.get(root) !== undefined && this.parent.get(root) !== root)
      root = this.parent.get(root)!;
    this.parent.set(name, root);
    return root;
  }

  union(name: string, into: string, rule: VariantRule): void {
    const [a, b] = [this.find(name), this.find(into)];
    if (a === b) return;
    this.parent.set(a, b);
    this.merges.push({ name, into, rule });
  }
}

/** Every name under its key, for rules that look for "the same name but …". */
function byKey(names: readonly string[], keyOf: (name: string) => string | undefined) {
  const index = new Map<string, string[]>();
  for (const name of names) {
    const key = keyOf(name);
    if (key === undefined) continue;
    index.set(key, [...(index.get(key) ?? []), name]);
  }
  return index;
}

/** Same name after dropping accents, case and middle initials: "Yaşar Büyükanıt", "Ben S. Bernanke". */
function mergeSpellings(names: readonly string[], groups: UnionFind): void {
  for (const same of byKey(names, (name) => initialsFreeKey(name.split(/\s+/))).values()) {
    for (const name of same.slice(1)) {
      const rule = foldName(name) === foldName(same[0]!) ? 'accents or case' : 'middle initials';
      groups.union(name, same[0]!, rule);
    }
  }
}

/** The middle words between a name's first and last word, if it has the shape of given name, middle names, surname. */
function middleWords(words: readonly string[]): string[] | undefined {
  if (
    words.length < 3 ||
    KUNYA_OR_PARTICLE.test(words[0]!) ||
    INITIAL.test(words[0]!) ||
    !/^\p{Lu}/u.test(words[0]!) ||
    // "al-Bashir": a particle joined to a capitalised surname is a surname.
    !/^(?:\p{Ll}{1,3}-)?\p{Lu}/u.test(words.at(-1)!) ||
    SUFFIX.test(words.at(-1)!)
  )
    return undefined;
  const middles = words.slice(1, -1);
  // "Ludwig van Beethoven", "Abu Musab al-Zarqawi": particles make a name whole only with all its words.
  if (!middles.every((word) => INITIAL.test(word) || /^\p{Lu}\p{Ll}+$/u.test(word)))
    return undefined;
  return middles;
}

/** Each middle word of `part` in `whole`, in order; an initial stands for a word with its letter. */
function isPartOfMiddles(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const word of part) {
    const matches = (other: string) =>
      INITIAL.test(word) || INITIAL.test(other)
        ? foldNameWord(word)[0] === foldNameWord(other)[0]
        : foldNameWord(word) === foldNameWord(other);
    while (at < whole.length && !matches(whole[at]!)) at += 1;
    if (at === whole.length) return false;
    at += 1;
  }
  return true;
}

/**
 * "Omar Hassan Ahmad al-Bashir", "Omar Hassan al-Bashir" and "Omar al-Bashir": where the
 * archive writes the name without middle names and every middle name it writes between the
 * same two words is part of one longest form, they are one person. "James Earl Jones" and
 * "James Parker Jones" leave "James Jones" alone (which one would it be?), and so does a
 * common given name with a common surname ("John Bel Edwards", "John Edwards").
 */
function mergeMiddleNames(names: readonly string[], groups: UnionFind): void {
  // Given name and surname as written: "Antonio Maria Costa" is not "António Costa".
  const ends = (words: readonly string[]) => `${words[0]} ${words.at(-1)}`;
  const shortForms = new Map<string, string>();
  for (const name of names) {
    const words = name.split(/\s+/);
    if (
      words.length === 2 ||
      (words.length > 2 && words.slice(1, -1).every((w) => INITIAL.test(w)))
    )
      if (!shortForms.has(ends(words))) shortForms.set(ends(words), name);
  }
  const pairKey = (name: string) => {
    const words = name.split(/\s+/);
    return words.length < 3 || middleWords(words) === undefined ? undefined : ends(words);
  };
  for (const [key, longer] of byKey(names, pairKey)) {
    const short = shortForms.get(key);
    if (short === undefined) continue;
    const [given, surname] = [key.split(' ')[0]!, key.split(' ').at(-1)!];
    // "John Bel Edwards" and "John Edwards", "John Gunther Dean" and "John Dean": a common
    // surname (or one that is also a word) makes two people as likely as one.
    if (isKnownSurname(surname) || isEnglishWord(surname) || isGivenName(surname)) continue;
    if (isGivenName(given) && isKnownSurname(surname)) continue;
    const middles = longer.map((name) => middleWords(name.split(/\s+/))!);
    const longest = middles.reduce((a, b) => (b.length > a.length ? b : a));
    if (!middles.every((part) => isPartOfMiddles(part, longest))) continue;
    for (const name of longer) groups.union(name, short, 'middle names');
  }
}

/**
 * "Condoleezza Rice Source" (a caption's "Source:" run on), "Matthew Hill Wikipedia",
 * "Nellie McClungs": a person's name with a word or an "s" glued to its end, where the
 * name without it is in the archive, and what is glued on is a word or a thing's name that
 * no one in the archive has as a surname, so "the name, then a word" is the likely reading.
 */
function mergeGluedEndings(names: readonly string[], groups: UnionFind, glued: Set<string>): void {
  const byFolded = new Map(names.map((name) => [foldName(name), name]));
  const surnameCount = new Map<string, number>();
  for (const name of names) {
    const words = name.split(/\s+/);
    if (words.length < 2) continue;
    const surname = foldNameWord(words.at(-1)!);
    surnameCount.set(surname, (surnameCount.get(surname) ?? 0) + 1);
  }
  const isOnlySurnameOf = (word: string) => surnameCount.get(foldNameWord(word)) === 1;
  for (const name of names) {
    const words = name.split(/\s+/);
    const last = words.at(-1)!;
    if (
      words.length < 2 ||
      !/^\p{Lu}[\p{L}'’]{3,}$/u.test(last) ||
      isGivenName(last) ||
      isKnownSurname(last) ||
      !isOnlySurnameOf(last)
    )
      continue;
    const withoutWord = byFolded.get(foldName(words.slice(0, -1).join(' ')));
    if (
      words.length >= 3 &&
      withoutWord !== undefined &&
      /^\p{Lu}\p{Ll}+$/u.test(last) &&
      // "John Lewis Partnership", "Walt Disney Imagineering": a company, a building or an award
      // named after a person ends in a noun of activity or standing.
      !/(?:ship|ing)$/.test(last) &&
      // "Mary Ann" is a given name, not a person: "Mary Ann Rice" may well be someone.
      !isGivenName(words.at(-2)!) &&
      (isEnglishWord(last) || isNonPersonName(last))
    ) {
      groups.union(name, withoutWord, 'glued word');
      glued.add(name);
      continue;
    }
    const withoutS = /[^s]s$/.test(last)
      ? byFolded.get(foldName([...words.slice(0, -1), last.slice(0, -1)].join(' ')))
      : undefined;
    // "Sri Lankans", "Koreans": the plural of a nationality is no one's name.
    const stem = last.slice(0, -1);
    if (
      withoutS !== undefined &&
      last.length >= 5 &&
      !/ans$/.test(last) &&
      !isEnglishWord(last) &&
      !isNonPersonName(stem) &&
      !isGroupWord(stem)
    ) {
      groups.union(name, withoutS, 'glued s');
      glued.add(name);
    }
  }
}

export function personVariants(names: readonly string[]): PersonVariants {
  const unique = [...new Set(names)];
  const groups = new UnionFind();
  const glued = new Set<string>();
  mergeSpellings(unique, groups);
  mergeMiddleNames(unique, groups);
  mergeGluedEndings(unique, groups, glued);
  const members = byKey(unique, (name) => groups.find(name));
  return {
    groups: [...members.values()].filter((group) => group.length > 1),
    merges: groups.merges,
    glued,
  };
}

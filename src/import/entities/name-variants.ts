/**
 * Spellings of one name that are the same entity on strong evidence alone:
 * a person with and without middle initials ("Ben Bernanke", "Ben S. Bernanke") or
 * one middle name the archive writes for no one else ("Lyndon Baines Johnson"),
 * an organization in the singular and the plural ("Indian Railway", "Indian
 * Railways"). Weaker likenesses ("Adolf Hilter") are left to the editor's review.
 */
import { slugify } from '../../lib/slug';
import { isGivenName, isKnownSurname } from './lexicon';

const INITIAL = /^\p{Lu}\.?$/u;

/** "Ben S. Bernanke" → "ben bernanke"; names of one word or with other middle names keep their own key. */
function personKey(name: string): string {
  const words = name.split(/\s+/);
  if (words.length < 3 || !words.slice(1, -1).every((word) => INITIAL.test(word)))
    return slugify(name);
  return slugify(`${words[0]} ${words.at(-1)}`);
}

/**
 * personKey, and a name with one full middle name ("Lyndon Baines Johnson", "Henry John
 * Hyde") filed with the name without it, where the archive writes both and no other
 * middle name between the same two words ("James Earl Jones" and "James Parker Jones"
 * leave "James Jones" alone: which one would it be?), unless both words are common.
 */
function middleNameKeys(names: readonly string[]): (name: string) => string {
  const shortKeys = new Set(names.map(personKey));
  const middles = new Map<string, Set<string>>();
  for (const name of names) {
    const words = name.split(/\s+/);
    // "Abu Musab al-Zarqawi": a kunya or a particle name is whole only with all its words.
    if (
      words.length !== 3 ||
      INITIAL.test(words[1]!) ||
      !/^\p{Lu}\p{Ll}+$/u.test(words[1]!) ||
      !/^\p{Lu}/u.test(words[2]!) ||
      /^(?:Abu|Umm|Bin|Ibn|Al|El)$/.test(words[0]!)
    )
      continue;
    const key = slugify(`${words[0]} ${words[2]}`);
    // "John Bel Edwards" and "John Edwards": with a common given name and a common surname,
    // two people are as likely as one.
    if (!shortKeys.has(key) || (isGivenName(words[0]!) && isKnownSurname(words[2]!))) continue;
    const seen = middles.get(key) ?? new Set<string>();
    seen.add(words[1]!);
    middles.set(key, seen);
  }
  return (name) => {
    const words = name.split(/\s+/);
    if (words.length === 3) {
      const key = slugify(`${words[0]} ${words[2]}`);
      if (middles.get(key)?.size === 1 && middles.get(key)!.has(words[1]!)) return key;
    }
    return personKey(name);
  };
}

/** "Indian Railways" → "indian-railway". */
function organizationKey(name: string): string {
  return slugify(name).replace(/s$/, '');
}

/**
 * The name each variant is filed under: a registered name first, otherwise, for
 * people, the one without initials, for organizations, the longer one.
 */
export function canonicalNames(
  kind: 'people' | 'organizations',
  registered: readonly string[],
  learnt: readonly string[],
): Map<string, string> {
  const keyOf = kind === 'people' ? middleNameKeys([...registered, ...learnt]) : organizationKey;
  const chosen = new Map<string, string>();
  const prefer = (a: string, b: string) =>
    (kind === 'people' ? a.length < b.length : a.length > b.length) ||
    (a.length === b.length && a < b);
  for (const name of registered) if (!chosen.has(keyOf(name))) chosen.set(keyOf(name), name);
  const fromRegistry = new Set(chosen.keys());
  for (const name of learnt) {
    const key = keyOf(name);
    const current = chosen.get(key);
    if (current === undefined || (!fromRegistry.has(key) && prefer(name, current)))
      chosen.set(key, name);
  }
  const canonical = new Map<string, string>();
  for (const name of [...registered, ...learnt])
    canonical.set(name, chosen.get(keyOf(name)) ?? name);
  return canonical;
}

/**
 * Spellings of one name that are the same entity on strong evidence alone: for people,
 * the rules of person-variants.ts ("Ben S. Bernanke", "Yaşar Büyükanıt", "Omar Hassan
 * al-Bashir", "Chuck Schumer", "Condoleezza Rice Source"); an organization in the singular
 * and the plural ("Indian Railway", "Indian Railways"). Weaker likenesses ("Adolf Hilter")
 * are left to the editor's review.
 */
import { slugify } from '../../lib/slug';
import { personVariants } from './person-variants';

/** "Indian Railways" → "indian-railway". */
function organizationKey(name: string): string {
  return slugify(name).replace(/s$/, '');
}

/** How many stories write a name: the archive's own usage picks among equal spellings. */
export type StoryCount = (name: string) => number;

/**
 * The name each variant is filed under: a registered name first; otherwise, for people,
 * the one with fewest words (no middle names or initials, nothing glued on), then the one
 * most stories write, then the shortest; for organizations, the longer one.
 */
export function canonicalNames(
  kind: 'people' | 'organizations',
  registered: readonly string[],
  learnt: readonly string[],
  storiesOf: StoryCount = () => 0,
): Map<string, string> {
  return kind === 'people'
    ? canonicalPersonNames(registered, learnt, storiesOf)
    : canonicalOrganizationNames(registered, learnt);
}

function canonicalPersonNames(
  registered: readonly string[],
  learnt: readonly string[],
  storiesOf: StoryCount,
): Map<string, string> {
  const variants = personVariants([...registered, ...learnt]);
  const isRegistered = new Set(registered);
  const words = (name: string) => name.split(/\s+/).length;
  const better = (a: string, b: string) =>
    Number(variants.glued.has(a)) - Number(variants.glued.has(b)) ||
    words(a) - words(b) ||
    storiesOf(b) - storiesOf(a) ||
    a.length - b.length ||
    (a < b ? -1 : a > b ? 1 : 0);
  const canonical = new Map<string, string>();
  for (const name of [...registered, ...learnt]) canonical.set(name, name);
  for (const group of variants.groups) {
    const chosen = group.find((name) => isRegistered.has(name)) ?? [...group].sort(better)[0]!;
    // A registered name is an entry of its own: only learnt spellings move.
    for (const name of group) if (!isRegistered.has(name)) canonical.set(name, chosen);
  }
  return canonical;
}

/** Organizations: a registered name first, otherwise the longer one (the plural). */
function canonicalOrganizationNames(
  registered: readonly string[],
  learnt: readonly string[],
): Map<string, string> {
  const chosen = new Map<string, string>();
  const prefer = (a: string, b: string) => a.length > b.length || (a.length === b.length && a < b);
  for (const name of registered)
    if (!chosen.has(organizationKey(name))) chosen.set(organizationKey(name), name);
  const fromRegistry = new Set(chosen.keys());
  for (const name of learnt) {
    const key = organizationKey(name);
    const current = chosen.get(key);
    if (current === undefined || (!fromRegistry.has(key) && prefer(name, current)))
      chosen.set(key, name);
  }
  const canonical = new Map<string, string>();
  for (const name of [...registered, ...learnt])
    canonical.set(name, chosen.get(organizationKey(name)) ?? name);
  return canonical;
}

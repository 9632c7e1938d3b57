/**
 * Mixed pages: one organization entry that stands for several real bodies, because its
 * name is generic ("Supreme Court", "Green Party", "Interior Ministry"), the registry
 * also holds it qualified by a place or nationality, and stories of different countries
 * say it bare. A story's country is the one most of its places are
 * in (its dateline's place counts twice); an entry whose stories fall in two or more
 * countries is proposed for a split, with the stories per country, most first.
 */
import type { EntityKind } from '../../lib/entities/entities';
import type { EntityResolver } from '../../lib/entities/resolver';
import { isEnglishWord } from '../entities/english-words';
import type { RegistryEntry } from '../entities/registry';
import { referencedId } from './archive';
import type { ArticleLists } from './frontmatter-lists';
import { isPlaceWord, nationalityOrReligionWord, organizationWord } from './name-words';

const JOINING_WORDS = new Set(['of', 'the', 'and', 'for']);

/**
 * A name of ordinary words and a kind of body, with no place, nationality or proper
 * name in it: "Supreme Court", "Green Party", "Coast Guard", not "Supreme Court of
 * Puerto Rico", "Scottish Green Party" or "Aam Aadmi Party". Such a name is only
 * suspect where the registry also has it qualified (`qualifiedBareNames`).
 */
export function isGenericOrganizationName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2 || !organizationWord(words) || nationalityOrReligionWord(words))
    return false;
  return words.every(
    (word) =>
      JOINING_WORDS.has(word) ||
      (/^\p{Lu}\p{Ll}+$/u.test(word) && isEnglishWord(word.toLowerCase()) && !isPlaceWord(word)),
  );
}

/**
 * The bare names the registry also holds qualified by a place or a nationality ("Supreme
 * Court" for "Wisconsin Supreme Court", "Supreme Court of Puerto Rico"; "Green Party" for
 * "Scottish Green Party"): the evidence that a bare name is said of several bodies.
 */
export function qualifiedBareNames(
  organizationNames: Iterable<string>,
  isPlaceName: (name: string) => boolean,
): Set<string> {
  const isQualifier = (words: readonly string[]) =>
    words.length > 0 &&
    (isPlaceName(words.join(' ')) ||
      words.every(
        (word) =>
          /^(?:US|U\.S\.|UK|EU)$/.test(word) ||
          isPlaceWord(word) ||
          nationalityOrReligionWord([word]) !== undefined,
      ));
  const bare = new Set<string>();
  for (const name of organizationNames) {
    const words = name.split(/\s+/).filter(Boolean);
    for (let cut = 1; cut <= 2 && cut < words.length - 1; cut += 1)
      if (isQualifier(words.slice(0, cut))) bare.add(words.slice(cut).join(' '));
    const of = words.lastIndexOf('of');
    if (of >= 2 && isQualifier(words.slice(of + 1).filter((word) => word !== 'the')))
      bare.add(words.slice(0, of).join(' '));
  }
  return bare;
}

/** The country most of a story's places are in (the dateline's counts twice), if any. */
export function storyCountry(
  article: ArticleLists,
  resolver: EntityResolver,
  countryOf: (placeId: string) => string | undefined,
): string | undefined {
  const counts = new Map<string, number>();
  const add = (country: string | undefined, weight: number) => {
    if (country) counts.set(country, (counts.get(country) ?? 0) + weight);
  };
  for (const item of article.lists.places)
    add(countryOf(referencedId(resolver, 'places', item.reference)), 1);
  if (article.dateline) {
    const dateline = resolver.resolveReference('places', article.dateline);
    if (dateline) add(countryOf(dateline.id), 2);
  }
  let best: string | undefined;
  for (const [country, count] of counts)
    if (best === undefined || count > counts.get(best)!) best = country;
  return best;
}

export interface CountryShare {
  country: string;
  stories: number;
}

/**
 * The countries of an entry's stories, most stories first, when its name is generic and
 * they are two or more; otherwise nothing to split.
 */
export function mixedCountries(
  kind: EntityKind,
  entry: Pick<RegistryEntry, 'name'>,
  stories: readonly ArticleLists[],
  evidence: {
    resolver: EntityResolver;
    countryOf: (placeId: string) => string | undefined;
    qualifiedBareNames: ReadonlySet<string>;
  },
): CountryShare[] | undefined {
  const { resolver, countryOf } = evidence;
  if (
    kind !== 'organizations' ||
    !isGenericOrganizationName(entry.name) ||
    !evidence.qualifiedBareNames.has(entry.name)
  )
    return undefined;
  const counts = new Map<string, number>();
  for (const article of stories) {
    const country = storyCountry(article, resolver, countryOf);
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  if (counts.size < 2) return undefined;
  return [...counts]
    .map(([country, count]) => ({ country, stories: count }))
    .sort((a, b) => b.stories - a.stories || a.country.localeCompare(b.country));
}

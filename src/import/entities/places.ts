/**
 * Which place a place name in a story means, and whether it means a place at all.
 * A name is tagged only with evidence, strongest first:
 *   1. the registry lists it as an alias ("Huxiang" → Hunan): a person decided;
 *   2. the story names the place's country (or a region or city in it), so
 *      "Zhuzhou" in a story about Hunan is the Chinese city;
 *   3. the place is known on its own: a country, a major region, a capital or a
 *      city of a million people, unless its name is an ordinary English word.
 */
import { isCommonWord } from './lexicon';
import type { GazetteerPlace } from '../../lib/entities/gazetteer';

/** Countries whose first-level regions readers know by name (states, provinces). */
const WELL_KNOWN_REGION_COUNTRIES = new Set(['US', 'CN', 'CA', 'AU', 'IN', 'BR', 'MX', 'DE', 'JP', 'RU', 'NG', 'PK']);
const MILLION = 1_000_000;

export interface PlaceMention {
  name: string;
  /** In the title, or in "City, Country": a mention a reader would not call passing. */
  prominent?: boolean;
  start: number;
  end: number;
  /** The name starts a sentence, where any word is capitalised. */
  sentenceStart: boolean;
}

export interface PlaceResolver {
  placeById(id: string): GazetteerPlace | undefined;
  /** Ids a name can mean, best-known first. */
  candidates(name: string): readonly string[];
  /** The place a registry alias names, decided by a person. */
  aliasTarget(name: string): string | undefined;
}

function knownOnItsOwn(place: GazetteerPlace, name: string): boolean {
  const ordinary = isOrdinaryName(name);
  if (place.kind === 'country' || place.curated) return true;
  if (place.kind === 'region' && place.population === 0) return !ordinary && WELL_KNOWN_REGION_COUNTRIES.has(place.country ?? '');
  return !ordinary && (place.population >= MILLION || (place.capital && place.population >= 100_000));
}

/** Place names that are everyday words: "March", "Police", "Reading", "Nice", "Surprise". */
const ORDINARY_PLACE_NAMES = new Set(['March', 'Police', 'Reading', 'Nice', 'Mobile', 'Split', 'Male', 'Union', 'Of', 'Bath', 'Hope', 'Surprise', 'Central', 'Independence', 'Liberty', 'Victoria', 'Orange', 'Marathon', 'Mercury', 'Eagle', 'Buffalo', 'Phoenix', 'Enterprise', 'Commerce', 'Progress', 'Unity', 'Concord', 'Opportunity', 'Parade', 'Deal', 'Sale', 'Battle', 'Crawley', 'Gap', 'Wells', 'Chester']);

function isOrdinaryName(name: string): boolean {
  return !name.includes(' ') && (ORDINARY_PLACE_NAMES.has(name) || isCommonWord(name));
}

function countryOf(place: GazetteerPlace): string | undefined {
  return place.country;
}

/**
 * Resolves every mention of a story to a place id (or drops it). Returns ids with
 * their mention counts, in order of first mention.
 */
export function resolvePlaces(mentions: PlaceMention[], resolver: PlaceResolver, datelinePlace?: string): Map<string, number> {
  // Countries the story is evidently about: named countries, and the countries of
  // places that are known on their own (a capital names its country).
  const contextCountries = new Set<string>();
  for (const mention of mentions) {
    const alias = resolver.aliasTarget(mention.name);
    const ids = resolver.candidates(mention.name);
    // An ambiguous name ("Georgia": a country and a US state) is no evidence of either.
    if (!alias && ids.some((id) => resolver.placeById(id)?.kind === 'region') && ids.some((id) => resolver.placeById(id)?.kind === 'country')) continue;
    const first = resolver.placeById(alias ?? ids[0] ?? '');
    if (first && (alias || (first.kind === 'country' && !mention.sentenceStart) || knownOnItsOwn(first, mention.name))) {
      const country = countryOf(first);
      if (country) contextCountries.add(country);
    }
  }
  const counts = new Map<string, number>();
  const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const mention of mentions) {
    const alias = resolver.aliasTarget(mention.name);
    if (alias) {
      add(alias);
      continue;
    }
    const ordinary = isOrdinaryName(mention.name);
    if (ordinary && mention.sentenceStart) continue;
    const ids = resolver.candidates(mention.name);
    const places = ids.map((id) => resolver.placeById(id)).filter((place): place is GazetteerPlace => place !== undefined);
    const inContext = places.find((place) => place.kind !== 'country' && contextCountries.has(place.country ?? ''));
    const country = places.find((place) => place.kind === 'country');
    const countryHasOwnEvidence = country !== undefined && contextCountries.has(country.country ?? '');
    const chosen = (inContext && !countryHasOwnEvidence ? inContext : country) ?? inContext ?? places.find((place) => knownOnItsOwn(place, mention.name));
    if (chosen) add(chosen.id);
  }
  // The dateline is where the story was filed: a place of the story, listed after those it names.
  if (datelinePlace) {
    const id = resolver.aliasTarget(datelinePlace) ?? resolver.candidates(datelinePlace)[0];
    if (id) add(id);
  }
  const prominent = new Set(mentions.filter((mention) => mention.prominent).map((mention) => mention.name));
  return dropImpliedCountries(counts, resolver, prominent);
}

/**
 * A country named once, in passing, in a story about places inside it is implied
 * by them ("China's" in a story about Hunan): the editor's rule the seed follows.
 */
function dropImpliedCountries(counts: Map<string, number>, resolver: PlaceResolver, prominent: Set<string>): Map<string, number> {
  const innerPlaces = new Map<string, number>();
  for (const id of counts.keys()) {
    const place = resolver.placeById(id);
    if (place && place.kind !== 'country' && place.country) innerPlaces.set(place.country, (innerPlaces.get(place.country) ?? 0) + 1);
  }
  for (const [id, count] of counts) {
    const place = resolver.placeById(id);
    if (place?.kind !== 'country' || count > 1 || prominent.has(place.name) || place.aliases.some((alias) => prominent.has(alias))) continue;
    if ((innerPlaces.get(place.country ?? '') ?? 0) >= 2) counts.delete(id);
  }
  return counts;
}

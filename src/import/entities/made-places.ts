/**
 * Places the story's words alone made (no gazetteer or GeoNames entry has the name) that are
 * not the town, area or island they seem: a large place misspelt ("the Police Service of
 * Northern Island" is Northern Ireland, "the Khandahar province" Kandahar), or a landform the archive writes as one ("from Sinai, Egypt",
 * where other stories write "the Sinai Peninsula"), which is no town.
 */
import type { GazetteerPlace } from '../../lib/entities/gazetteer';
import { largePlaceMisspelt } from './misspelt-places';
import type { PlaceResolver } from './places';

/** Shorter names are too many and too alike for two letters to say which was meant. */
const MIN_LENGTH_FOR_TWO_EDITS = 10;

/** Letters changed, added, left out or swapped to get from one spelling to the other. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1)
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  return rows[a.length]![b.length]!;
}

/**
 * The one country or region name, among those of the story's countries, that a long unknown
 * name is at most two letters from, with the same first word: "Northern Island" is "Northern
 * Ireland". A real island of the name would be in the gazetteer or GeoNames.
 */
export function nearMissOf(name: string, containerNames: Iterable<string>): string | undefined {
  if (name.length < MIN_LENGTH_FOR_TWO_EDITS) return undefined;
  const firstWord = name.split(' ')[0];
  const found = new Set<string>();
  for (const known of containerNames) {
    if (known === name || known.split(' ')[0] !== firstWord) continue;
    if (Math.abs(known.length - name.length) <= 2 && editDistance(known, name) <= 2)
      found.add(known);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A capitalised name before a word for a landform no town is: "the Sinai Peninsula", "the Gobi desert". */
const LANDFORM_AFTER =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]+) (?:[Pp]eninsula|[Dd]esert)\b/gu;

/** The names one story writes before a landform word. */
export function landformNamesIn(text: string): string[] {
  return [...text.matchAll(LANDFORM_AFTER)].map((match) => match[1]!);
}

interface MadePlaceContext {
  resolver: PlaceResolver;
  /** Country codes of the places the story names. */
  storyCountries: ReadonlySet<string>;
  /** A country's name and its regions' names. */
  containerNames(country: GazetteerPlace): readonly string[];
  /** Names the archive writes before a landform word. */
  landforms: ReadonlySet<string>;
}

/**
 * What a place the story's words made stands for: the large place it misspells, nothing if
 * the archive knows its name as a landform's, else itself. Places the gazetteer or GeoNames
 * hold pass unchanged.
 */
export function reviseMadePlace(
  place: GazetteerPlace,
  context: MadePlaceContext,
): GazetteerPlace | undefined {
  const { resolver } = context;
  if (place.country !== undefined || resolver.placeById(place.id)) return place;
  if (place.kind === 'city' && context.landforms.has(place.name)) return undefined;
  // "the Khandahar province", "the Northern Marianas Islands": a province or a country misspelt.
  // A village or district ("Dongzhou village") is too small to be a misspelt city (Yongzhou);
  // a town made by the story's words was checked as it was made.
  if (place.kind !== 'district' && place.kind !== 'city') {
    const misspelt = largePlaceMisspelt(place.name, resolver, context.storyCountries);
    if (misspelt?.kind === 'country' || misspelt?.kind === 'region') return misspelt;
  }
  const countries = [...context.storyCountries].flatMap((code) =>
    resolver
      .candidates(resolver.countryNames(code)[0] ?? '')
      .map((id) => resolver.placeById(id))
      .filter((country): country is GazetteerPlace => country?.kind === 'country'),
  );
  const meant = nearMissOf(
    place.name,
    countries.flatMap((country) => context.containerNames(country)),
  );
  const target =
    meant === undefined ? undefined : resolver.placeById(resolver.candidates(meant)[0] ?? '');
  return target ?? place;
}

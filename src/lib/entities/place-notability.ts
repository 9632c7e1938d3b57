/**
 * When a place name means one place to a reader and when it could mean several: "Paris"
 * is Paris, France, because its best-known claimant is ten times as notable as the next;
 * "Hamilton" has no such claimant, so a story must say which it means and each claimant
 * is labelled. Notability is population. Countries and regions have none in the data: a
 * country (and its capital, unless a small town) and a region readers know by name
 * (Georgia, Punjab) count as a very large city, other regions as the city they merged with.
 */
import type { GazetteerPlace } from './gazetteer';

/** How many times as notable the best-known claimant must be to own the bare name. */
export const DOMINANCE_RATIO = 10;

/** Countries whose states or provinces readers know by name, and which are named by them ("Salem, Oregon"). */
export const WELL_KNOWN_REGION_COUNTRIES: ReadonlySet<string> = new Set([
  'US',
  'CN',
  'CA',
  'AU',
  'IN',
  'BR',
  'MX',
  'DE',
  'JP',
  'RU',
  'NG',
  'PK',
]);

/** Countries whose places are labelled by region rather than by country: "Windsor, England", "Kochi, Kerala". */
const LABEL_BY_REGION: ReadonlySet<string> = new Set(['US', 'CA', 'AU', 'IN', 'GB']);

const COUNTRY_NOTABILITY = 20_000_000;
const KNOWN_REGION_NOTABILITY = 5_000_000;
/** Hamilton, Bermuda (900 people) is a capital, but no one's first Hamilton. */
const CAPITAL_MIN_POPULATION = 100_000;

type Notable = Pick<
  GazetteerPlace,
  'kind' | 'population' | 'country' | 'nationalCapital' | 'alsoCountry'
>;

export function notability(place: Notable): number {
  // Puerto Rico the US territory is Puerto Rico the country: no rival to it.
  if (place.alsoCountry) return 0;
  if (
    place.kind === 'country' ||
    (place.nationalCapital && place.population >= CAPITAL_MIN_POPULATION)
  )
    return Math.max(place.population, COUNTRY_NOTABILITY);
  if (place.kind === 'region' && WELL_KNOWN_REGION_COUNTRIES.has(place.country ?? ''))
    return Math.max(place.population, KNOWN_REGION_NOTABILITY);
  return place.population;
}

/** The claimant that owns the bare name, if one does: ten times as notable as any other. */
export function dominantPlace<T extends Notable>(places: readonly T[]): T | undefined {
  const ranked = [...places].sort((a, b) => notability(b) - notability(a));
  const [first, second] = ranked;
  if (!first) return undefined;
  return !second || notability(first) >= DOMINANCE_RATIO * notability(second) ? first : undefined;
}

/**
 * Gives each place whose name another place shares a label, unless it owns the
 * bare name: "Hamilton, Ontario" and "Hamilton, New Zealand"; "London, Ontario"
 * but "London". Countries keep their names. Returns the same list.
 */
export function labelSharedNames(
  places: GazetteerPlace[],
  countryNames: ReadonlyMap<string, string>,
): GazetteerPlace[] {
  const byName = new Map<string, GazetteerPlace[]>();
  for (const place of places) {
    for (const name of [place.name, ...place.aliases]) {
      const namesakes = byName.get(name) ?? [];
      if (!namesakes.includes(place)) namesakes.push(place);
      byName.set(name, namesakes);
    }
  }
  for (const place of places) {
    const namesakes = byName.get(place.name) ?? [];
    if (
      place.kind === 'country' ||
      place.alsoCountry ||
      namesakes.length < 2 ||
      dominantPlace(namesakes) === place
    )
      continue;
    const sameCountry = namesakes.some(
      (other) => other !== place && other.country === place.country,
    );
    const byRegion =
      place.kind === 'city' &&
      place.region &&
      place.region !== place.name &&
      (sameCountry || LABEL_BY_REGION.has(place.country ?? ''));
    const where = byRegion ? place.region : countryNames.get(place.country ?? '');
    if (where && where !== place.name) place.label = `${place.name}, ${where}`;
  }
  return places;
}

/** The name a reader sees: the label where the bare name is shared, else the name. */
export function placeLabel(place: Pick<GazetteerPlace, 'name' | 'label'>): string {
  return place.label ?? place.name;
}

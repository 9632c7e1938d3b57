/**
 * What the SimpleMaps World Cities Database (CC BY 4.0) adds to GeoNames' cities, derived once by
 * scripts/simplemaps/derive-cities.ts into simplemaps-cities.json: a city's English name where
 * GeoNames has the local one ("Cologne" for "Köln", "Geneva" for "Genève"), and cities of
 * 15,000+ people GeoNames counts smaller or lacks ("Khayelitsha", "Tskhinvali").
 */
import rows from './simplemaps-cities.json';

export interface SimpleMapsRow {
  /** SimpleMaps' id of the city: the source of the row. */
  id: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames' name of the same city (same country, centres within 5 km, alike in size). */
  sameAs?: string | undefined;
  region?: string | undefined;
  lat?: number | undefined;
  lng?: number | undefined;
  population?: number | undefined;
}

export const SIMPLEMAPS_ROWS = rows as SimpleMapsRow[];

interface CityDraft {
  name: string;
  kind: string;
  aliases: string[];
  country?: string | undefined;
}

/**
 * "St. Paul" for "Saint Paul" is a spelling, not an English name, and as an alias it would tag
 * "the Ruins of St. Paul's" in Macao: the city is found by its own name.
 */
const abbreviatesSaint = (name: string, geoNamesName: string) =>
  name.replace(/^St\.? /, 'Saint ') === geoNamesName;

/** Gives each GeoNames city the English names SimpleMaps knows it by ("Cologne" to "Köln") that no place has yet. */
export function addEnglishNames(
  drafts: readonly CityDraft[],
  unclaimed: (name: string) => boolean,
  sourceRows: readonly SimpleMapsRow[] = SIMPLEMAPS_ROWS,
): void {
  const byName = new Map<string, CityDraft[]>();
  for (const draft of drafts) {
    if (draft.kind !== 'city') continue;
    const key = `${draft.country}|${draft.name}`;
    byName.set(key, [...(byName.get(key) ?? []), draft]);
  }
  for (const row of sourceRows) {
    if (!row.sameAs || !unclaimed(row.name) || abbreviatesSaint(row.name, row.sameAs)) continue;
    for (const draft of byName.get(`${row.country}|${row.sameAs}`) ?? [])
      if (!draft.aliases.includes(row.name)) draft.aliases = [...draft.aliases, row.name];
  }
}

/** The cities of 15,000+ people that SimpleMaps has and GeoNames counts smaller or lacks, under names no place has yet. */
export function citiesGeoNamesLacks(
  unclaimed: (name: string, country: string) => boolean,
  sourceRows: readonly SimpleMapsRow[] = SIMPLEMAPS_ROWS,
): (SimpleMapsRow & { lat: number; lng: number; population: number })[] {
  return sourceRows.filter(
    (row): row is SimpleMapsRow & { lat: number; lng: number; population: number } =>
      !row.sameAs &&
      row.lat !== undefined &&
      row.lng !== undefined &&
      row.population !== undefined &&
      // A town named like its district ("Buyende"): the bare name may mean either, and the
      // story's words decide (src/import/entities/cued-places.ts).
      row.region !== row.name &&
      unclaimed(row.name, row.country),
  );
}

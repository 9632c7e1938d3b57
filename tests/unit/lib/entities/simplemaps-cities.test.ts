import { describe, expect, it } from 'vitest';
import {
  addEnglishNames,
  citiesGeoNamesLacks,
  SIMPLEMAPS_ROWS,
  type SimpleMapsRow,
} from '../../../../src/lib/entities/simplemaps-cities';

const city = (name: string, country: string) => ({ name, kind: 'city', aliases: [], country });
const anyName = () => true;

describe('SimpleMaps rows', () => {
  it('hold real cities, each with its SimpleMaps id', () => {
    expect(SIMPLEMAPS_ROWS.find((row) => row.name === 'Cologne')).toMatchObject({
      country: 'DE',
      sameAs: 'Köln',
    });
    expect(SIMPLEMAPS_ROWS.find((row) => row.name === 'Khayelitsha')).toMatchObject({
      country: 'ZA',
      region: 'Western Cape',
    });
    expect(SIMPLEMAPS_ROWS.every((row) => Number.isInteger(row.id) && row.id > 0)).toBe(true);
  });
});

describe('addEnglishNames', () => {
  const rows: SimpleMapsRow[] = [
    { id: 1276015998, name: 'Cologne', country: 'DE', sameAs: 'Köln' },
    { id: 1, name: 'Wendleton', country: 'ZZ', sameAs: 'Wendelstadt' },
    { id: 1840008940, name: 'St. Paul', country: 'US', sameAs: 'Saint Paul' },
    { id: 1372499968, name: 'Galway', country: 'IE', sameAs: 'Gaillimh' },
  ];
  it('gives a GeoNames city its English name, in its own country only', () => {
    const drafts = [city('Köln', 'DE'), city('Wendelstadt', 'ZZ'), city('Wendelstadt', 'YY')];
    addEnglishNames(drafts, anyName, rows);
    expect(drafts.map((draft) => draft.aliases)).toEqual([['Cologne'], ['Wendleton'], []]);
  });
  it('leaves a name another place has ("Galway" the county) and "St." spellings of "Saint"', () => {
    const drafts = [city('Gaillimh', 'IE'), city('Saint Paul', 'US')];
    addEnglishNames(drafts, (name) => name !== 'Galway', rows);
    expect(drafts.map((draft) => draft.aliases)).toEqual([[], []]);
  });
});

describe('citiesGeoNamesLacks', () => {
  const rows: SimpleMapsRow[] = [
    {
      id: 1710736316,
      name: 'Khayelitsha',
      country: 'ZA',
      lat: -34.04,
      lng: 18.68,
      population: 391749,
    },
    { id: 2, name: 'Wendleby', country: 'ZZ', lat: 1, lng: 2, population: 20000 },
    { id: 1276015998, name: 'Cologne', country: 'DE', sameAs: 'Köln' },
    {
      id: 1800567800,
      name: 'Buyende',
      country: 'UG',
      region: 'Buyende',
      lat: 1.1,
      lng: 33.2,
      population: 23039,
    },
  ];
  it('lists the new cities, not the English names nor a town named like its district', () => {
    expect(citiesGeoNamesLacks(anyName, rows).map((row) => row.name)).toEqual([
      'Khayelitsha',
      'Wendleby',
    ]);
  });
  it('leaves a city whose name another place has', () => {
    expect(citiesGeoNamesLacks((name) => name !== 'Wendleby', rows).map((row) => row.name)).toEqual(
      ['Khayelitsha'],
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildGazetteer,
  nameSeatsAfterTheirRegions,
  type DraftPlace,
  type GazetteerPlace,
} from '../../../../src/lib/entities/gazetteer';

const gazetteer = buildGazetteer();
const named = (name: string): GazetteerPlace[] =>
  gazetteer.filter((place) => place.name === name || place.aliases.includes(name));

describe('the gazetteer', () => {
  it("adds SimpleMaps cities GeoNames lacks and English names, taking no place's name", () => {
    expect(named('Khayelitsha')).toMatchObject([{ kind: 'city', country: 'ZA' }]);
    expect(named('Cologne')).toMatchObject([{ id: 'koln', name: 'Köln', country: 'DE' }]);
    expect(named('Galway').map((place) => place.name)).not.toContain('Gaillimh');
  });
  it('names regions in English where GeoNames does and country-region-data does not', () => {
    expect(named('Canary Islands')).toMatchObject([{ kind: 'region', country: 'ES' }]);
    expect(named('Azores')).toMatchObject([{ kind: 'region', country: 'PT' }]);
    expect(named('Basque Country')).toMatchObject([{ kind: 'region', country: 'ES' }]);
    expect(named('Bavaria')).toMatchObject([{ kind: 'region', country: 'DE' }]);
  });
  it("adds no region of generic words and no sea, and takes no place's id", () => {
    // GeoNames' Bahrain, Denmark and Dominican Republic have these; they say where, not which.
    expect(named('Southern Governorate')).toEqual([]);
    expect(named('Capital Region')).toEqual([]);
    expect(named('Nacional')).toEqual([]);
    expect(named('Red Sea')).toEqual([]);
    expect(named('Hamilton')[0]).toMatchObject({ id: 'hamilton', country: 'NZ' });
    expect(gazetteer.find((place) => place.id === 'dali')).toMatchObject({ country: 'CN' });
    const ids = gazetteer.map((place) => place.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('writes Arabic place names without the article, as English news does, in Arab states only', () => {
    expect(named('Hillah')).toMatchObject([{ id: 'hillah', country: 'IQ', kind: 'city' }]);
    expect(named('Hillah')[0]?.aliases).toContain('Al Ḩillah');
    expect(named('Diwaniyah')).toMatchObject([{ id: 'diwaniyah', country: 'IQ' }]);
    // "An Nhơn" in Vietnam: "An" is no article there.
    expect(named('Nhơn')).toEqual([]);
  });
  it('knows an oblast as "the X Region" and a republic of Russia by its own name, once', () => {
    expect(named('Irkutsk Region')).toMatchObject([{ id: 'irkutsk-oblast', kind: 'region' }]);
    expect(named('Republic of Buryatia')).toMatchObject([{ name: 'Buryatia', kind: 'region' }]);
    expect(named('Dagestan')).toHaveLength(1);
  });
});

describe('a region and its seat under one name', () => {
  const byId = (id: string) => gazetteer.find((place) => place.id === id);

  it("writes a seat under its region's name where English news does", () => {
    // Real: "the capital of Mongolia, Ulaanbaatar" (GeoNames: Ulan Bator) and "the cities of
    // Hualien, Taitung" (GeoNames: Taitung City): one place each with its region, a town first.
    expect(byId('ulaanbaatar')).toMatchObject({ kind: 'city', region: 'Ulaanbaatar' });
    expect(byId('ulaanbaatar')?.aliases).toContain('Ulan Bator');
    expect(byId('taitung')).toMatchObject({ kind: 'city', region: 'Taitung' });
    // Quebec the province and Québec the city are one spelling, two places.
    expect(byId('quebec')?.kind).toBe('region');
  });

  it('needs the same consonants for a capital, the same first words for a SimpleMaps name', () => {
    const region = (name: string): DraftPlace => ({
      name,
      kind: 'region',
      aliases: [],
      country: 'RU',
      population: 0,
      capital: false,
      regionCode: 'KM',
    });
    const city = (name: string, capital: boolean, regionName: string): DraftPlace => ({
      name,
      kind: 'city',
      aliases: [],
      country: 'RU',
      population: 80_000,
      capital,
      region: regionName,
      regionCode: 'KM',
    });
    // Invented: Kestrelmoor the region, its capital Kestrelmur.
    const drafts = [region('Kestrelmoor'), city('Kestrelmur', true, 'Kestrelmoor')];
    nameSeatsAfterTheirRegions(drafts, []);
    expect(drafts[1]?.name).toBe('Kestrelmoor');
    expect(drafts[0]?.aliases).toContain('Kestrelmur');
    // Another name for the capital, or a town that is no capital, stays as it is.
    const others = [
      region('Kestrelmoor'),
      city('Novo Ruritansk', true, 'Kestrelmoor'),
      city('Kestrelmor', false, 'Kestrelmoor'),
    ];
    nameSeatsAfterTheirRegions(others, []);
    expect(others.map((draft) => draft.name)).toEqual([
      'Kestrelmoor',
      'Novo Ruritansk',
      'Kestrelmor',
    ]);
    // "Kestrelmoor City", which SimpleMaps knows as Kestrelmoor, is its seat too.
    const byEnglishName = [region('Kestrelmoor'), city('Kestrelmoor City', false, 'Russia')];
    nameSeatsAfterTheirRegions(byEnglishName, [
      { id: 1, name: 'Kestrelmoor', country: 'RU', sameAs: 'Kestrelmoor City' },
    ]);
    expect(byEnglishName[1]?.name).toBe('Kestrelmoor');
  });
});

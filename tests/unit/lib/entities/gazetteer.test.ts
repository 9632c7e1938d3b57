import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerPlace } from '../../../../src/lib/entities/gazetteer';

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

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlaceCoordinates } from '../../../src/lib/maps/place-coordinates';

const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'place-lookups-'));
process.env.ASTRO_CACHE_DIR = cacheDir;
const { BUILD_SOURCE_ENV } = await import('../../../src/integrations/incremental-pages');
const { placeLookup } = await import('../../../src/data/place-lookups');
const { fillCoordinates } = await import('../../../src/lib/maps/place-coordinates');
afterAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
  delete process.env[BUILD_SOURCE_ENV];
});

const gazetteer: PlaceCoordinates[] = [
  { id: 'changsha', name: 'Changsha', country: 'CN', latitude: 28.2, longitude: 112.9 },
  {
    id: 'beijing',
    name: 'Beijing',
    country: 'CN',
    latitude: 39.9,
    longitude: 116.4,
    population: 2e7,
  },
];
const places = [
  { id: 'changsha', name: 'Changsha', kind: 'city', country: 'CN', parent: 'hunan' },
  { id: 'hunan', name: 'Hunan', kind: 'region', country: 'CN' },
  { id: 'china', name: 'China', kind: 'country', country: 'CN' },
  { id: 'nowhere', name: 'Nowhere', kind: 'city' },
  { id: 'paris', name: 'Paris', kind: 'city', country: 'FR', latitude: 48.9, longitude: 2.35 },
];

describe('the gazetteer answers kept between builds', () => {
  let built = 0;
  const build = () => {
    built++;
    return Promise.resolve(gazetteer);
  };

  it('fills the same coordinates as the gazetteer, building it only when a place was not asked before', async () => {
    process.env[BUILD_SOURCE_ENV] = 'code 1';
    const fresh = fillCoordinates(places, gazetteer);
    expect(fillCoordinates(places, await placeLookup(places, build))).toEqual(fresh);
    expect(built).toBe(1);
    expect(fillCoordinates(places, await placeLookup(places, build))).toEqual(fresh);
    expect(built).toBe(1);
    const more = [...places, { id: 'beijing', name: 'Beijing', kind: 'city', country: 'CN' }];
    expect(fillCoordinates(more, await placeLookup(more, build))).toEqual(
      fillCoordinates(more, gazetteer),
    );
    expect(built).toBe(2);
  });

  it('asks the gazetteer again when the code changed, or outside a build', async () => {
    process.env[BUILD_SOURCE_ENV] = 'code 2';
    await placeLookup(places, build);
    expect(built).toBe(3);
    delete process.env[BUILD_SOURCE_ENV];
    await placeLookup(places, build);
    await placeLookup(places, build);
    expect(built).toBe(5);
  });
});

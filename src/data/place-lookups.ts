/**
 * The gazetteer's answers for registry places without coordinates, kept between
 * builds. Building the gazetteer (two lists of the world's cities) is seconds of
 * every build, yet its answer for a place depends only on the place's id, name,
 * country and kind, and on the code (the city lists are packages, and the lock
 * file is part of the code's hash). Without that hash (src/data/build-cache.ts)
 * the gazetteer is built every time.
 */
import path from 'node:path';
import { getBuildCache } from './build-cache';
import { readKeptEntries, writeKeptEntries } from '../lib/cache-file';
import {
  gazetteerLookup,
  lookupKey,
  unlocated,
  type Coordinates,
  type CoordinateLookup,
  type PlaceCoordinates,
  type RegistryPlaceLike,
} from '../lib/maps/place-coordinates';

const FILE = 'news-archive-place-lookups.json';
/** Bump when what a stored answer means changes. */
const FORMAT = 1;

/** The gazetteer's answer for each of `places` that lacks coordinates, from the last build when it asked the same. */
export async function placeLookup(
  places: readonly RegistryPlaceLike[],
  gazetteer: () => Promise<PlaceCoordinates[]>,
): Promise<CoordinateLookup> {
  const asked = unlocated(places);
  const cache = getBuildCache();
  const file = cache && path.join(cache.dir, FILE);
  // None kept yet, cut short, or another code's: the gazetteer is built.
  const stored =
    file && cache
      ? await readKeptEntries<Coordinates | null>(file, FORMAT, cache.codeIdentity)
      : new Map<string, Coordinates | null>();
  if (asked.every((place) => stored.has(lookupKey(place))))
    return (place) => stored.get(lookupKey(place)) ?? undefined;

  const lookup = gazetteerLookup(await gazetteer());
  if (file && cache) {
    const answers = new Map(asked.map((place) => [lookupKey(place), lookup(place) ?? null]));
    // Failing costs the next build time only.
    await writeKeptEntries(file, FORMAT, cache.codeIdentity, answers).catch(() => undefined);
  }
  return lookup;
}

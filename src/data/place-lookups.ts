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
import { readCacheFile, writeCacheFile } from '../lib/cache-file';
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

interface LookupFile {
  format: number;
  codeIdentity: string;
  answers: Record<string, Coordinates | null>;
}

async function readAnswers(file: string, codeIdentity: string): Promise<LookupFile['answers']> {
  // None yet, cut short, or another code's: the gazetteer is built.
  const parsed = await readCacheFile(
    file,
    (value): value is LookupFile =>
      (value as Partial<LookupFile> | null)?.format === FORMAT &&
      (value as LookupFile).codeIdentity === codeIdentity &&
      (value as LookupFile).answers instanceof Object,
  );
  return parsed?.answers ?? {};
}

/** The gazetteer's answer for each of `places` that lacks coordinates, from the last build when it asked the same. */
export async function placeLookup(
  places: readonly RegistryPlaceLike[],
  gazetteer: () => Promise<PlaceCoordinates[]>,
): Promise<CoordinateLookup> {
  const asked = unlocated(places);
  const cache = getBuildCache();
  const file = cache && path.join(cache.dir, FILE);
  const stored = file && cache ? await readAnswers(file, cache.codeIdentity) : {};
  if (asked.every((place) => Object.hasOwn(stored, lookupKey(place))))
    return (place) => stored[lookupKey(place)] ?? undefined;

  const lookup = gazetteerLookup(await gazetteer());
  if (file && cache) {
    const answers = Object.fromEntries(
      asked.map((place) => [lookupKey(place), lookup(place) ?? null]),
    );
    const content: LookupFile = { format: FORMAT, codeIdentity: cache.codeIdentity, answers };
    // Failing costs the next build time only.
    await writeCacheFile(file, content).catch(() => undefined);
  }
  return lookup;
}

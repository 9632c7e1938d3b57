/**
 * One fingerprint of everything the archive's pages are made from: every
 * article (its data, Markdown and rendered HTML), the registry, and the
 * site settings read from the environment.
 *
 * Routes give it to Astro as each path's `cacheKey` (`withArchiveCacheKey`),
 * so that with Astro's incremental build (`experimental.incrementalBuild`) a
 * rebuild of an unchanged archive copies each page from the last build instead
 * of rendering it again. Astro itself re-renders a route whose code changed.
 *
 * Why one key for the whole archive rather than one per page: a page shows
 * other articles too (related stories, neighbours in time, counts, entity
 * lists), so a key made of the page's own article could keep a stale page.
 * Any change to the archive renders every page, as a build without the cache would.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { getArticlesNewestFirst } from './articles';
import { ARCHIVE_DIR, BASE_PATH, SITE_TITLE, SITE_URL } from '../config';

let fingerprint: Promise<string> | undefined;

async function computeFingerprint(): Promise<string> {
  const [articles, people, places, organizations] = await Promise.all([
    getArticlesNewestFirst(),
    getCollection('people'),
    getCollection('places'),
    getCollection('organizations'),
  ]);
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ SITE_URL, BASE_PATH, SITE_TITLE, ARCHIVE_DIR }));
  for (const article of articles) {
    hash.update(`\0${article.id}\0${JSON.stringify(article.data)}\0${article.body ?? ''}\0${article.rendered?.html ?? ''}`);
  }
  for (const entry of [...people, ...places, ...organizations]) hash.update(`\0${entry.collection}/${entry.id}\0${JSON.stringify(entry.data)}`);
  return hash.digest('hex');
}

export function getArchiveFingerprint(): Promise<string> {
  fingerprint ??= computeFingerprint();
  return fingerprint;
}

/** Paths from `getStaticPaths`, each keyed for Astro's incremental build by the archive's fingerprint. */
export async function withArchiveCacheKey<T extends object>(paths: readonly T[]): Promise<(T & { cacheKey: string })[]> {
  const cacheKey = await getArchiveFingerprint();
  return paths.map((path) => ({ ...path, cacheKey }));
}

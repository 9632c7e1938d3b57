/**
 * The search index, built inside `astro build` in shards (a year, or months of
 * a large one: `shard-plan.ts`): for each, Pagefind's Node API reads its
 * article pages (only their `data-pagefind-body`) and writes
 * `<outDir>/pagefind/<id>/`; result URLs are site paths, so sub-path deploys
 * work. A shard whose pages are unchanged reuses its last bundle
 * (`index-cache.ts`); `astro dev` serves the last build's bundles
 * (`serve-last-index.ts`).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import * as pagefind from 'pagefind';
import {
  SHARD_LIST,
  SHARD_LIST_VERSION,
  type IndexShard,
  type ShardList,
} from '../../lib/search/index-shards';
import { fingerprintShard, type SearchInput } from './fingerprint';
import { CACHE_FOLDER, restoreIndex, storeIndex } from './index-cache';
import { openPageDigests, type PageDigests } from './page-digests';
import { listGlobFiles } from './pagefind-glob';
import { planShards, type PlannedShard } from './shard-plan';
import { serveLastIndex } from './serve-last-index';

/** Article pages, `/YYYY/MM/DD/<slug>/index.html` (src/pages/[year]/[month]/[day]/[slug].astro). */
export const ARTICLE_PAGES = '[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html';

/** The digests of the pages last fingerprinted, in Astro's `cacheDir` (./page-digests.ts). */
const PAGE_DIGESTS = 'news-archive-search-pages.json';

/** Options of `pagefind.createIndex`; part of the cache fingerprint, as they change the bundle. */
const PAGEFIND_CONFIG: pagefind.PagefindServiceConfig = {};

interface PagefindResponse {
  errors: string[];
}

function assertNoErrors<T extends PagefindResponse>(
  response: T,
  step: string,
  logger: AstroIntegrationLogger,
): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind (${step}): ${error}`);
    throw new Error(`Pagefind failed to ${step}.`);
  }
  return response;
}

/**
 * Pagefind's indexer (a Rust process the Node API starts on first use, with
 * this process's environment) returns freed memory to the system at once
 * rather than after its allocator's default delay (docs/performance.md).
 */
const PAGEFIND_ALLOCATOR = {
  name: '_RJEM_MALLOC_CONF',
  value: 'dirty_decay_ms:0,muzzy_decay_ms:0',
};

/** Runs Pagefind, in a process of its own, over one shard's pages in `outDir`; writes its bundle to `bundleDir`. */
async function runPagefind(
  outDir: string,
  shard: PlannedShard,
  bundleDir: string,
  logger: AstroIntegrationLogger,
): Promise<number> {
  const started = performance.now();
  process.env[PAGEFIND_ALLOCATOR.name] ??= PAGEFIND_ALLOCATOR.value;
  try {
    const { index } = assertNoErrors(
      await pagefind.createIndex(PAGEFIND_CONFIG),
      'create an index',
      logger,
    );
    if (!index) throw new Error('Pagefind returned no index.');
    // Only article pages carry an indexable body; reading the listing pages too
    // (two thirds of a large archive's HTML) would only cost time.
    const { page_count } = assertNoErrors(
      await index.addDirectory({ path: outDir, glob: shard.glob }),
      'index the pages',
      logger,
    );
    assertNoErrors(await index.writeFiles({ outputPath: bundleDir }), 'write the index', logger);
    logger.info(
      `Search index: shard ${shard.id}: read ${page_count} HTML files in ${since(started)} ms.`,
    );
    return page_count;
  } finally {
    // The Node API runs Pagefind as a child process: stopping it after each shard
    // hands its memory back, so the build's peak follows the largest shard; the
    // next `createIndex` starts a new one. (Closing one that never started is a no-op.)
    await pagefind.close();
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const since = (started: number) => Math.round(performance.now() - started);

/** Pages per language of a written bundle, from its `pagefind-entry.json`. */
async function bundleLanguages(bundleDir: string): Promise<Record<string, number>> {
  const text = await fs
    .readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')
    .catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '{}';
      throw error;
    });
  const entry = JSON.parse(text) as { languages?: Record<string, { page_count?: number }> };
  return Object.fromEntries(
    Object.entries(entry.languages ?? {})
      .map(([language, { page_count = 0 }]) => [language, page_count] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** Removes what is in `dir` but not named in `keep` (a missing folder is fine). */
async function removeAllBut(dir: string, keep: ReadonlySet<string>): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => !keep.has(name))
      .map((name) => fs.rm(path.join(dir, name), { recursive: true, force: true })),
  );
}

interface BuildOptions {
  /** Astro's cache folder: unchanged shards are restored from it, new ones stored in it. */
  cacheDir?: string;
  /** Pages per shard at most (`MAX_PAGES_PER_SHARD` by default). */
  maxPagesPerShard?: number;
}

/**
 * Indexes one shard, or restores it from the cache when its pages are those
 * of a cached bundle byte for byte. Returns the pages it holds.
 */
async function buildShard(
  outDir: string,
  shard: PlannedShard,
  bundleDir: string,
  logger: AstroIntegrationLogger,
  cacheRoot: string | undefined,
  digests: PageDigests,
  beforeIndexing: () => void,
): Promise<number> {
  let input: SearchInput | undefined;
  if (cacheRoot) {
    try {
      const started = performance.now();
      input = await fingerprintShard(outDir, shard, PAGEFIND_CONFIG, digests);
      const hashed = performance.now();
      const reused = await restoreIndex(cacheRoot, input.fingerprint, bundleDir);
      if (reused) {
        logger.info(
          `Search index: shard ${shard.id}: reused the last build's index of ${reused.pageCount} pages, their content unchanged ` +
            `(fingerprint ${Math.round(hashed - started)} ms, restored in ${since(hashed)} ms).`,
        );
        return reused.pageCount;
      }
    } catch (error) {
      logger.warn(
        `Search index: shard ${shard.id}: could not use the cached index (${message(error)}); indexing the pages.`,
      );
    }
  }
  // Only what Pagefind writes now goes into the bundle and the cache: not a partly
  // restored bundle, nor the last build's index (builds write over the last output).
  await fs.rm(bundleDir, { recursive: true, force: true }).catch(() => undefined);
  beforeIndexing();
  const pageCount = await runPagefind(outDir, shard, bundleDir, logger);

  if (cacheRoot && input) {
    if (pageCount !== input.pageCount) {
      // The fingerprint did not cover what Pagefind read: never cache what it could not vouch for.
      logger.warn(
        `Search index: shard ${shard.id}: Pagefind read ${pageCount} pages where ${input.pageCount} match ${shard.glob}; not caching this index.`,
      );
    } else {
      try {
        await storeIndex(cacheRoot, input, bundleDir);
      } catch (error) {
        logger.warn(
          `Search index: shard ${shard.id}: could not cache the index (${message(error)}); the next build indexes its pages again.`,
        );
      }
    }
  }
  return pageCount;
}

/**
 * Indexes the built site in `outDir` in shards (`shard-plan.ts`), one Pagefind
 * process after another, each writing `<outDir>/pagefind/<id>/`, then lists
 * them in `pagefind/shards.json` for the search page. With `cacheDir`, a shard
 * whose pages are unchanged is restored from the cache instead of indexed.
 */
export async function buildSearchIndex(
  outDir: string,
  logger: AstroIntegrationLogger,
  options: BuildOptions = {},
): Promise<number> {
  const indexDir = path.join(outDir, 'pagefind');
  const cacheFolder =
    options.cacheDir === undefined ? undefined : path.join(options.cacheDir, CACHE_FOLDER);
  const shards = planShards(await listGlobFiles(outDir, ARTICLE_PAGES), options.maxPagesPerShard);
  const digests = await openPageDigests(
    outDir,
    options.cacheDir === undefined ? undefined : path.join(options.cacheDir, PAGE_DIGESTS),
  );
  let indexed = 0;
  let filesRead = 0;
  let memoryReleased = false;
  const listed: IndexShard[] = [];
  for (const shard of shards) {
    const bundleDir = path.join(indexDir, shard.id);
    const read = await buildShard(
      outDir,
      shard,
      bundleDir,
      logger,
      cacheFolder && path.join(cacheFolder, shard.id),
      digests,
      () => {
        indexed++;
        if (!memoryReleased) releaseFreedMemory();
        memoryReleased = true;
      },
    );
    const languages = await bundleLanguages(bundleDir);
    const pages = Object.values(languages).reduce((sum, count) => sum + count, 0);
    // A shard of old addresses' redirect pages only has nothing to search.
    if (pages > 0) listed.push({ id: shard.id, from: shard.from, to: shard.to, pages, languages });
    filesRead += read;
  }
  const list: ShardList = { version: SHARD_LIST_VERSION, shards: listed };
  await fs.mkdir(indexDir, { recursive: true });
  await fs.writeFile(path.join(indexDir, SHARD_LIST), `${JSON.stringify(list)}\n`);
  // Shards of earlier builds (a year no longer in the archive, a split that moved).
  const current = new Set(shards.map((shard) => shard.id));
  await removeAllBut(indexDir, new Set([...current, SHARD_LIST]));
  if (cacheFolder) await removeAllBut(cacheFolder, current).catch(() => undefined);
  // Without them the next build reads every page again: slower, still right.
  await digests.save().catch(() => undefined);
  logger.info(
    `Search index: ${shards.length} shards, ${indexed} indexed, ${shards.length - indexed} reused; ${filesRead} HTML files, ${digests.filesRead} of them read to fingerprint.`,
  );
  return filesRead;
}

/**
 * Hands the memory Astro freed while rendering back to the system before
 * Pagefind's indexer starts beside it: the two run at once, so the build's
 * peak is their sum. A normal collection keeps the freed pages; a last-resort
 * one releases them (what it saves and costs: docs/performance.md); a build
 * that reuses the cached index does not spend that time.
 */
function releaseFreedMemory(): void {
  // `gc` exists only when Node starts with --expose-gc; setting the flag now
  // exposes it in a new context, leaving this one as it was.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as (options: {
    type: 'major';
    execution: 'sync';
    flavor: 'last-resort';
  }) => void;
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

export default function search(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let base = '/';
  return {
    name: 'news-archive:search',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        serveLastIndex(server.middlewares, { outDir, base, logger });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        await buildSearchIndex(fileURLToPath(dir), logger, { cacheDir });
        // The whole stage, cache included: the benchmark reads this line.
        logger.info(`Search index: ready in ${since(started)} ms.`);
      },
    },
  };
}

/**
 * The search index, built inside `astro build`: Pagefind's Node API reads the
 * article pages (`ARTICLE_PAGES`, only their `data-pagefind-body`) and writes
 * `<outDir>/pagefind/`; result URLs are site paths, so sub-path deploys work.
 * Unchanged pages reuse the last bundle (`index-cache.ts`); `astro dev` serves
 * the last build's bundle (`serve-last-index.ts`).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import * as pagefind from 'pagefind';
import { fingerprintSearchInput, type SearchInput } from './fingerprint';
import { CACHE_FOLDER, restoreIndex, storeIndex } from './index-cache';
import { serveLastIndex } from './serve-last-index';

/** Article pages, `/YYYY/MM/DD/<slug>/index.html` (src/pages/[year]/[month]/[day]/[slug].astro). */
export const ARTICLE_PAGES = '[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html';

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

/** Runs Pagefind over the article pages in `outDir` and writes the bundle to `bundleDir`. */
async function runPagefind(
  outDir: string,
  bundleDir: string,
  logger: AstroIntegrationLogger,
): Promise<number> {
  releaseFreedMemory();
  const started = performance.now();
  process.env[PAGEFIND_ALLOCATOR.name] ??= PAGEFIND_ALLOCATOR.value;
  const { index } = assertNoErrors(
    await pagefind.createIndex(PAGEFIND_CONFIG),
    'create an index',
    logger,
  );
  if (!index) throw new Error('Pagefind returned no index.');
  // Only article pages carry an indexable body; reading the listing pages too
  // (two thirds of a large archive's HTML) would only cost time.
  const { page_count } = assertNoErrors(
    await index.addDirectory({ path: outDir, glob: ARTICLE_PAGES }),
    'index the pages',
    logger,
  );
  assertNoErrors(await index.writeFiles({ outputPath: bundleDir }), 'write the index', logger);
  logger.info(
    `Search index: read ${page_count} HTML files in ${Math.round(performance.now() - started)} ms.`,
  );
  return page_count;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const since = (started: number) => Math.round(performance.now() - started);

/**
 * Indexes the built site in `outDir` and writes the bundle next to the pages.
 * With `cacheDir`, reuses the bundle cached there when the input is unchanged,
 * and caches a newly built one for the next build.
 */
export async function buildSearchIndex(
  outDir: string,
  logger: AstroIntegrationLogger,
  options: { cacheDir?: string } = {},
): Promise<number> {
  const bundleDir = path.join(outDir, 'pagefind');
  const cacheRoot =
    options.cacheDir === undefined ? undefined : path.join(options.cacheDir, CACHE_FOLDER);
  try {
    let input: SearchInput | undefined;
    if (cacheRoot) {
      try {
        const started = performance.now();
        input = await fingerprintSearchInput(outDir, {
          glob: ARTICLE_PAGES,
          config: PAGEFIND_CONFIG,
        });
        const hashed = performance.now();
        const reused = await restoreIndex(cacheRoot, input.fingerprint, bundleDir);
        if (reused) {
          logger.info(
            `Search index: reused the last build's index of ${reused.pageCount} pages, their content unchanged ` +
              `(fingerprint ${Math.round(hashed - started)} ms, restored in ${since(hashed)} ms).`,
          );
          return reused.pageCount;
        }
        logger.info(
          `Search index: no cached index for these ${input.pageCount} pages (fingerprint ${Math.round(hashed - started)} ms); indexing them.`,
        );
      } catch (error) {
        logger.warn(
          `Search index: could not use the cached index (${message(error)}); indexing the pages.`,
        );
      }
      // Only what Pagefind writes now goes into the bundle and the cache: not a partly
      // restored bundle, nor the last build's index (builds write over the last output).
      await fs.rm(bundleDir, { recursive: true, force: true }).catch(() => undefined);
    }

    const pageCount = await runPagefind(outDir, bundleDir, logger);

    if (cacheRoot && input) {
      if (pageCount !== input.pageCount) {
        // The fingerprint did not cover what Pagefind read: never cache what it could not vouch for.
        logger.warn(
          `Search index: Pagefind read ${pageCount} pages where ${input.pageCount} match ${ARTICLE_PAGES}; not caching this index.`,
        );
      } else {
        const started = performance.now();
        try {
          await storeIndex(cacheRoot, input, bundleDir);
          logger.info(`Search index: cached for the next build in ${since(started)} ms.`);
        } catch (error) {
          logger.warn(
            `Search index: could not cache the index (${message(error)}); the next build indexes the pages again.`,
          );
        }
      }
    }
    return pageCount;
  } finally {
    // The Node API runs Pagefind as a child process: stop it, or the build never exits.
    // (It starts on first use; closing one that never started is a no-op.)
    await pagefind.close();
  }
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

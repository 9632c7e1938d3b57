/**
 * The search index, built inside `astro build`: when Astro has written the
 * pages, Pagefind's Node API reads them and writes `<outDir>/pagefind/`.
 *
 * Pagefind reads article pages only (`ARTICLE_PAGES`), and of each only the
 * `data-pagefind-body` article; listing pages are never indexed. Result URLs
 * are the pages' paths; the browser side prefixes the base path it loads the
 * bundle from, so sub-path deploys work.
 *
 * In `astro dev` there is no build output to index; the dev server serves the
 * bundle of the last build instead (see `serve-last-index.ts`).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { serveLastIndex } from './search/serve-last-index';

/** Article pages, `/YYYY/MM/DD/<slug>/index.html` (src/pages/[year]/[month]/[day]/[slug].astro). */
export const ARTICLE_PAGES = '[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html';

interface PagefindResponse {
  errors: string[];
}

function assertNoErrors<T extends PagefindResponse>(response: T, step: string, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind (${step}): ${error}`);
    throw new Error(`Pagefind failed to ${step}.`);
  }
  return response;
}

/** Indexes the built site in `outDir` and writes the bundle next to the pages. */
export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<number> {
  const started = performance.now();
  try {
    const { index } = assertNoErrors(await pagefind.createIndex({}), 'create an index', logger);
    if (!index) throw new Error('Pagefind returned no index.');
    // Only article pages carry an indexable body; reading the listing pages too
    // (two thirds of a large archive's HTML) would only cost time.
    const { page_count } = assertNoErrors(await index.addDirectory({ path: outDir, glob: ARTICLE_PAGES }), 'index the pages', logger);
    assertNoErrors(await index.writeFiles({ outputPath: `${outDir.replace(/\/+$/, '')}/pagefind` }), 'write the index', logger);
    logger.info(`Search index: read ${page_count} HTML files in ${Math.round(performance.now() - started)} ms.`);
    return page_count;
  } finally {
    // The Node API runs Pagefind as a child process: stop it, or the build never exits.
    await pagefind.close();
  }
}

export default function search(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'news-archive:search',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        serveLastIndex(server.middlewares, { outDir, base, logger });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}

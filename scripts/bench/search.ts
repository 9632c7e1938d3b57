/**
 * What a reader's first search costs on a built site: serves `dist/`, opens /search/ in
 * headless Chromium, types a query, ticks a filter, and prints as JSON the bytes
 * transferred (as served and as a compressing host would send them) and the milliseconds
 * from the last keystroke, and from the tick, to the results shown (timed in the page).
 * Usage: `npx tsx scripts/bench/search.ts <dist> [basePath] [query] [facet] [filterId] [newest]`.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/chromium';
import { serveStatic } from '../../tests/helpers/static-server';

export interface SearchBenchOptions {
  /** Words typed into the search box. */
  query?: string;
  /** Facet whose first offered value is ticked after the query (`place`, `person`, `year`, …). */
  facet?: string;
  /**
   * Id to filter by when the page offers no checkbox for the facet (archives
   * over 2,000 articles show facets only once in use): then the filter is
   * applied as an entity page's link does, by loading the URL with it.
   */
  filterId?: string;
  /** `newest` opens the page date-sorted, as a reader who picked "Newest first" would. */
  sort?: 'newest';
}

export interface FirstSearchReport {
  query: string;
  filter: string | undefined;
  sort: 'relevance' | 'newest';
  results: { afterQuery: string; afterFilter: string };
  /** Every byte the browser received, as served (this server does not compress). */
  bytesServed: number;
  /** The same files as a host that gzips text would send them. */
  bytesCompressed: number;
  /** Of those, what came from the Pagefind bundle (`pagefind/`). */
  searchBytesCompressed: number;
  requests: number;
  /** Last keystroke → results for the query shown. */
  msQueryToResults: number;
  /** Tick of the filter → filtered results shown; or, by URL, opening the page → filtered results shown. */
  msFilterToResults: number;
  filterAppliedBy: 'checkbox' | 'url' | 'none';
  /** Compressed bytes and files per kind of file (page, script, `pagefind/index`, `pagefind/filter`, …), largest first. */
  bytesByKind: Record<string, { bytes: number; files: number }>;
}

/** `pagefind/2019/fragment/en_1a2b.pf_fragment` (a shard's bundle) → `pagefind/fragment`; files outside the bundles by extension. */
function kindOf(url: string, basePath: string): string {
  const pathname = new URL(url).pathname.slice(basePath.length);
  const folder = /^pagefind\/(?:[^/]+\/)?(index|filter|fragment)\//.exec(pathname);
  if (folder) return `pagefind/${folder[1]}`;
  if (pathname.startsWith('pagefind/'))
    return pathname.endsWith('.pf_meta')
      ? 'pagefind/meta'
      : pathname.includes('wasm')
        ? 'pagefind/wasm'
        : 'pagefind/script';
  return path.extname(pathname) || 'page';
}

/** Whether the built search page shows facets before any filter is used (archives up to 2,000 articles). */
function offersFacets(distDir: string): boolean {
  const html = readFileSync(path.join(distDir, 'search/index.html'), 'utf8');
  return !/data-facets-first(="")?[\s>]/.test(html);
}

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|xml)$|\/$/;

interface Transfer {
  url: string;
  served: number;
  compressed: number;
}

/** Times, inside the page, from an event to the status line announcing what `done` matches. */
async function armTimer(page: Page, trigger: 'input' | 'change', done: string): Promise<void> {
  await page.evaluate(
    ({ trigger, done }) => {
      // No named function values in here: tsx would wrap them in a helper the page does not have.
      const w = window as unknown as Record<string, number | undefined> & {
        benchAbort?: AbortController;
      };
      w.benchAbort?.abort();
      w.benchAbort = new AbortController();
      const status = document.querySelector('[data-search-status]')!;
      w['benchStart'] = undefined;
      w['benchEnd'] = undefined;
      document.addEventListener(
        trigger,
        () => {
          w['benchStart'] = performance.now();
          w['benchEnd'] = undefined;
        },
        { capture: true, signal: w.benchAbort.signal },
      );
      const observer = new MutationObserver(() => {
        if (
          w['benchStart'] !== undefined &&
          w['benchEnd'] === undefined &&
          new RegExp(done).test(status.textContent ?? '')
        )
          w['benchEnd'] = performance.now();
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      w.benchAbort.signal.addEventListener('abort', () => observer.disconnect());
    },
    { trigger, done },
  );
}

async function elapsed(page: Page): Promise<number> {
  await page.waitForFunction(
    () => (window as unknown as Record<string, number | undefined>)['benchEnd'] !== undefined,
    undefined,
    { timeout: 60_000 },
  );
  return page.evaluate(() => {
    const w = window as unknown as Record<string, number>;
    return Math.round((w['benchEnd']! - w['benchStart']!) * 10) / 10;
  });
}

export async function measureFirstSearch(
  distDir: string,
  basePath = '/',
  options: SearchBenchOptions = {},
): Promise<FirstSearchReport> {
  const query = options.query ?? 'president';
  const facet = options.facet ?? 'place';
  options = { filterId: 'united-states', ...options };
  const sortParameter = options.sort ? `sort=${options.sort}` : '';
  const site = await serveStatic(path.resolve(distDir), { basePath });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const transfers: Promise<Transfer>[] = [];
    page.on('response', (response) => {
      transfers.push(
        response.body().then(
          (body) => ({
            url: response.url(),
            served: body.length,
            compressed: COMPRESSIBLE.test(new URL(response.url()).pathname)
              ? gzipSync(body).length
              : body.length,
          }),
          () => ({ url: response.url(), served: 0, compressed: 0 }),
        ),
      );
    });

    const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const status = () => page.locator('[data-search-status]').textContent();
    const typeQuery = async () => {
      await armTimer(page, 'input', `for “${escaped}”|^No stories`);
      await page.getByLabel('Words').pressSequentially(query, { delay: 60 });
      return elapsed(page);
    };
    let filter: string | null = null;
    let msQueryToResults: number;
    let msFilterToResults = Number.NaN;
    let filterAppliedBy: FirstSearchReport['filterAppliedBy'] = 'none';
    let afterQuery: string;

    if (offersFacets(distDir)) {
      // Small archive: type, then tick the facet's first value, all in one page.
      await page.goto(`${site.url}search/${sortParameter ? `?${sortParameter}` : ''}`);
      await page.waitForFunction(
        () => /^Type words/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
        undefined,
        { timeout: 60_000 },
      );
      msQueryToResults = await typeQuery();
      afterQuery = (await status()) ?? '';
      const box = page.locator(`input[type="checkbox"][data-facet="${facet}"]`).first();
      filter = (await box.count()) > 0 ? await box.getAttribute('value') : null;
      if (filter) {
        await armTimer(page, 'change', 'filtered by');
        await box.check();
        msFilterToResults = await elapsed(page);
        filterAppliedBy = 'checkbox';
      }
    } else {
      // Large archive: facets appear once in use, so the filter comes first, from a
      // link as an entity page gives it; then the words are typed into that page.
      filter = options.filterId ?? null;
      const started = Date.now();
      const parameters = [
        ...(filter ? [`${facet}=${encodeURIComponent(filter)}`] : []),
        ...(sortParameter ? [sortParameter] : []),
      ];
      await page.goto(`${site.url}search/${parameters.length ? `?${parameters.join('&')}` : ''}`);
      await page.waitForFunction(
        () =>
          /filtered by|^Type words/.test(
            document.querySelector('[data-search-status]')?.textContent ?? '',
          ),
        undefined,
        { timeout: 60_000 },
      );
      if (filter) {
        msFilterToResults = Date.now() - started;
        filterAppliedBy = 'url';
      }
      msQueryToResults = await typeQuery();
      afterQuery = (await status()) ?? '';
    }
    const afterFilter = (await page.locator('[data-search-status]').textContent()) ?? '';
    // Let fragment requests still in flight for the shown page settle before counting.
    await page.waitForLoadState('networkidle');

    const done = await Promise.all(transfers);
    const sum = (list: Transfer[], key: 'served' | 'compressed') =>
      list.reduce((total, transfer) => total + transfer[key], 0);
    const fromBundle = done.filter((transfer) =>
      new URL(transfer.url).pathname.startsWith(`${basePath}pagefind/`),
    );
    return {
      query,
      filter: filter ? `${facet}=${filter}` : undefined,
      sort: options.sort ?? 'relevance',
      results: { afterQuery, afterFilter },
      bytesServed: sum(done, 'served'),
      bytesCompressed: sum(done, 'compressed'),
      searchBytesCompressed: sum(fromBundle, 'compressed'),
      requests: done.length,
      msQueryToResults,
      msFilterToResults,
      filterAppliedBy,
      bytesByKind: Object.fromEntries(
        Object.entries(Object.groupBy(done, (transfer) => kindOf(transfer.url, basePath)))
          .map(
            ([kind, list = []]) =>
              [kind, { bytes: sum(list, 'compressed'), files: list.length }] as const,
          )
          .sort((a, b) => b[1].bytes - a[1].bytes),
      ),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist, base = '/', query, facet, filterId, sort] = process.argv.slice(2);
  if (!dist) {
    console.error(
      'usage: tsx scripts/bench/search.ts <dist> [basePath] [query] [facet] [filterId] [newest]',
    );
    process.exit(2);
  }
  console.log(
    JSON.stringify(
      await measureFirstSearch(dist, base, {
        ...(query ? { query } : {}),
        ...(facet ? { facet } : {}),
        ...(filterId ? { filterId } : {}),
        ...(sort === 'newest' ? { sort } : {}),
      }),
      null,
      2,
    ),
  );
}

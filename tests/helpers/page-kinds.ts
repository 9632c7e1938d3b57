/**
 * One page of every kind the site has, for the checks that run in a browser
 * (accessibility, Content-Security-Policy). Two sources:
 *
 * - `PAGE_KINDS`: the kinds named by hand, including those no sitemap lists
 *   (search with results, the 404 page). Adding a kind is one line.
 * - the sitemap: every URL is reduced to its shape (`people/:id/`,
 *   `:n/:n/:n/:id/`), and the first URL of each shape not named above is added,
 *   so a new kind of page is checked as soon as it is built.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export interface PageKind {
  name: string;
  /** Path below the site's base path, without a leading `/`. */
  path: string;
  /** HTTP status the host answers with. */
  status?: number;
  /** For a redirect page: the path below the base path it sends the reader to. */
  redirectsTo?: string;
  /** Sets the browser up before the page loads, e.g. keeps a redirect page from leaving. */
  beforeLoad?: (page: Page, siteUrl: string) => Promise<void>;
  /** Brings the page to the state to check, e.g. waits for search results. */
  prepare?: (page: Page) => Promise<void>;
}

/** Waits for the search page to list the seed article among its results. */
async function waitForSearchResults(page: Page): Promise<void> {
  await page
    .locator('main a[href*="li-qiang-hunan-advanced-manufacturing"]')
    .first()
    .waitFor({ timeout: 15_000 });
}

/** An old path of a story, and where its redirect page sends the reader. */
const OLD_PATH = {
  path: '2020/03/12/nba-suspends-season/',
  target: '2020/03/13/national-basketball-association-suspends-season-due-to/',
};

/**
 * Keeps a redirect page on screen: its meta refresh would replace it at once.
 * A navigation answered with 204 No Content does not leave the page.
 */
const redirectsTried = new WeakMap<Page, Promise<void>>();

async function stayOnRedirectPage(page: Page, siteUrl: string): Promise<void> {
  let tried!: () => void;
  redirectsTried.set(page, new Promise((resolve) => (tried = resolve)));
  await page.route(siteUrl + OLD_PATH.target, async (route) => {
    await route.fulfill({ status: 204 });
    tried();
  });
}

/** Waits until the redirect page has tried to leave (so it does lead somewhere), and checks it stayed. */
async function checkRedirectTried(page: Page): Promise<void> {
  const tried = redirectsTried.get(page);
  if (!tried) throw new Error('call beforeLoad(page, siteUrl) before loading a redirect page');
  await Promise.race([
    tried,
    page
      .waitForTimeout(10_000)
      .then(() => Promise.reject(new Error('the redirect page never redirected'))),
  ]);
  if (!page.url().endsWith(OLD_PATH.path))
    throw new Error(`left the redirect page for ${page.url()}`);
  await page.locator('h1', { hasText: 'This story has moved' }).waitFor();
}

export const PAGE_KINDS: PageKind[] = [
  { name: 'home', path: '' },
  { name: 'home, older page', path: 'page/2/' },
  { name: 'article', path: '2023/03/22/li-qiang-hunan-advanced-manufacturing/' },
  { name: 'article quoting markup', path: '2022/05/09/markup-in-the-copy/' },
  { name: 'archive', path: 'archive/' },
  { name: 'archive year', path: 'archive/2023/' },
  { name: 'archive month', path: 'archive/2023/03/' },
  { name: 'archive day', path: 'archive/2023/03/13/' },
  { name: 'on this day', path: 'archive/on/03-13/' },
  {
    name: 'old path of a story (redirect page)',
    path: OLD_PATH.path,
    redirectsTo: OLD_PATH.target,
    beforeLoad: stayOnRedirectPage,
    prepare: checkRedirectTried,
  },
  { name: 'people', path: 'people/' },
  { name: 'person', path: 'people/li-qiang/' },
  { name: 'places', path: 'places/' },
  { name: 'place', path: 'places/changsha/' },
  { name: 'organizations', path: 'organizations/' },
  { name: 'organization', path: 'organizations/state-council/' },
  { name: 'search with results', path: 'search/?q=Hunan', prepare: waitForSearchResults },
  {
    name: 'search in a date range',
    path: 'search/?place=hunan&from=2023-03&to=2023-03',
    prepare: waitForSearchResults,
  },
  { name: '404', path: 'no-such-page/', status: 404 },
];

/** `people/li-qiang/` → `people/:id/`; `2023/03/22/slug/` → `:n/:n/:n/:id/`. The first segment names the section. */
export function pathShape(sitePath: string): string {
  const [pathname = ''] = sitePath.split(/[?#]/);
  const segments = pathname.split('/').filter(Boolean);
  return segments
    .map((segment, index) => (/^\d+$/.test(segment) ? ':n' : index === 0 ? segment : ':id'))
    .map((segment) => `${segment}/`)
    .join('');
}

/** Paths below the base path of every page the sitemap lists (empty when there is no sitemap). */
export function sitemapPaths(distDir: string, siteUrl: string, basePath: string): string[] {
  const index = path.join(distDir, 'sitemap-index.xml');
  if (!existsSync(index)) return [];
  const locs = (xml: string) =>
    [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.trim());
  const prefix = new URL(basePath, siteUrl).href;
  return locs(readFileSync(index, 'utf8'))
    .flatMap((sitemap) =>
      locs(readFileSync(path.join(distDir, sitemap.slice(prefix.length)), 'utf8')),
    )
    .filter((loc) => loc.startsWith(prefix))
    .map((loc) => loc.slice(prefix.length));
}

/** The named kinds plus one page of each shape in the sitemap that none of them covers. */
export function pageKindsOf(distDir: string, siteUrl: string, basePath: string): PageKind[] {
  const covered = new Set(PAGE_KINDS.map((kind) => pathShape(kind.path)));
  const discovered: PageKind[] = [];
  for (const sitePath of sitemapPaths(distDir, siteUrl, basePath)) {
    const shape = pathShape(sitePath);
    if (covered.has(shape)) continue;
    covered.add(shape);
    discovered.push({ name: `from the sitemap: ${shape}`, path: sitePath });
  }
  return [...PAGE_KINDS, ...discovered];
}

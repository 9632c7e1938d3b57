/**
 * The site deployed under `/news/` (as on GitHub Pages), in a browser: every
 * request a page makes, including what scripts fetch at run time (Pagefind's
 * wasm and index, which no static link check sees), stays under `/news/` and
 * succeeds. The host's 404 page is the only expected failure.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../helpers/browser';
import { distDir, SITE_BUILDS } from '../helpers/builds';
import { pageKindsOf } from '../helpers/page-kinds';
import { serveStatic, type RunningSite } from '../helpers/static-server';

const { siteUrl, basePath } = SITE_BUILDS.fixtureUnderNews;
const kinds = pageKindsOf(distDir('fixtureUnderNews'), siteUrl, basePath);

/** `leavesAtOnce`: a redirect page, whose own loads (its icon) the browser cancels as it moves on. */
function watchRequests(page: Page, site: RunningSite, expectedPage: string, leavesAtOnce = false) {
  const problems: string[] = [];
  const origin = new URL(site.url).origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:') return;
    if (url.origin !== origin) problems.push(`another host: ${request.url()}`);
    else if (!url.pathname.startsWith(basePath))
      problems.push(`outside ${basePath}: ${url.pathname}`);
  });
  page.on('requestfailed', (request) => {
    if (leavesAtOnce && request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== expectedPage)
      problems.push(`${response.status()}: ${response.url()}`);
  });
  return problems;
}

describe.skipIf(!hasBrowser)(`the site under ${basePath}`, () => {
  let site: RunningSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await serveStatic(distDir('fixtureUnderNews'), { basePath });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(kinds.map((kind) => [kind.name, kind] as const))(
    '%s loads everything from under the base path',
    async (_name, kind) => {
      const page = await browser.newPage();
      try {
        const problems = watchRequests(
          page,
          site,
          site.url + kind.path,
          kind.redirectsTo !== undefined,
        );
        const response = await page.goto(site.url + kind.path);
        expect(response?.status()).toBe(kind.status ?? 200);
        // A redirect page is followed: where it leads must load from under the base path too.
        if (kind.redirectsTo !== undefined) await page.waitForURL(site.url + kind.redirectsTo);
        else await kind.prepare?.(page);
        await page.waitForLoadState('networkidle');
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});

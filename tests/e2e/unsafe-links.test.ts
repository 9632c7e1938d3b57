/**
 * No `javascript:` (or other unsafe) link survives on a page, whichever
 * Markdown pipeline built it. The Content-Security-Policy is switched off in
 * this browser (`bypassCSP`), so what is checked is the page itself, not the
 * policy that would otherwise stop a script link from running.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/lib/safe-url';
import { hasBrowser, launchBrowser } from '../helpers/browser';
import { distDir, type SiteName } from '../helpers/builds';
import { serveStatic, type RunningSite } from '../helpers/static-server';

const ARTICLE = '2022/05/09/markup-in-the-copy/';
const PIPELINES: [string, SiteName][] = [
  ['Sätteri', 'fixture'],
  ['remark', 'fixtureRemark'],
];

describe.skipIf(!hasBrowser).each(PIPELINES)(
  'an article with script links, built with %s, CSP off',
  (_pipeline, siteName) => {
    let site: RunningSite;
    let browser: Browser;
    let context: BrowserContext;

    beforeAll(async () => {
      site = await serveStatic(distDir(siteName));
      browser = await launchBrowser();
      context = await browser.newContext({ bypassCSP: true });
    });

    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it('the policy really is off: markup injected into the page runs', async () => {
      const page = await context.newPage();
      try {
        await page.goto(site.url + ARTICLE);
        await page.evaluate(() => {
          document.body.insertAdjacentHTML(
            'beforeend',
            '<img src="data:," onerror="window.__cspOff = true">',
          );
        });
        await expect
          .poll(() => page.evaluate(() => (window as unknown as { __cspOff?: boolean }).__cspOff))
          .toBe(true);
      } finally {
        await page.close();
      }
    });

    it('carries no unsafe URL in any attribute, and shows each unsafe link as its words', async () => {
      const page = await context.newPage();
      try {
        await page.goto(site.url + ARTICLE);
        const urls = await page.evaluate(() =>
          [...document.querySelectorAll('*')].flatMap((element) =>
            ['href', 'src', 'action', 'formaction', 'poster', 'xlink:href']
              .map((name) => element.getAttribute(name))
              .filter((value): value is string => value !== null),
          ),
        );
        expect(urls.length).toBeGreaterThan(10);
        expect(urls.filter((url) => !isSafeUrl(url))).toEqual([]);
        await expect(
          page
            .locator(
              'a[href^="javascript" i], a[href^="vbscript" i], a[href^="data" i], img[src^="data" i]',
            )
            .count(),
        ).resolves.toBe(0);

        const body = page.locator('.article-body');
        const text = await body.innerText();
        for (const words of [
          'a prize page',
          'a shouting one',
          'a disguised one',
          'an old one',
          'a data page',
          'prize draw',
          'drawn as data',
        ]) {
          expect(text).toContain(words);
          await expect(body.getByRole('link', { name: words, exact: true }).count()).resolves.toBe(
            0,
          );
        }
        // The safe links beside them are still links.
        await expect(
          body.getByRole('link', { name: 'original report' }).getAttribute('href'),
        ).resolves.toBe('https://example.org/original/markup-in-the-copy');
        await expect(
          body.getByRole('link', { name: 'the desk' }).getAttribute('href'),
        ).resolves.toBe('mailto:desk@example.org');
      } finally {
        await page.close();
      }
    });

    it('clicking where the links were runs nothing', async () => {
      const page = await context.newPage();
      try {
        await page.goto(site.url + ARTICLE);
        const body = page.locator('.article-body');
        for (const words of ['a prize page', 'prize draw', 'javascript:window.__pwned=true']) {
          await body.getByText(words, { exact: false }).first().click();
        }
        await expect(
          page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
        ).resolves.toBeUndefined();
        expect(page.url()).toBe(site.url + ARTICLE);
      } finally {
        await page.close();
      }
    });
  },
);

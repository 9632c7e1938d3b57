/**
 * The pages work with the Content-Security-Policy sent as an HTTP header (as
 * `_headers` makes Netlify and Cloudflare send it), and no part of any page
 * is refused; an article quoting `<script>` and `onerror=` runs none of it,
 * and even markup injected into a page could not run a handler.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerPolicy } from '../../src/lib/content-security-policy';
import { hasBrowser, launchBrowser } from '../helpers/browser';
import { distDir, SITE_BUILDS } from '../helpers/builds';
import { pageKindsOf } from '../helpers/page-kinds';
import { serveStatic, type RunningSite } from '../helpers/static-server';

const { siteUrl, basePath } = SITE_BUILDS.fixture;
const kinds = pageKindsOf(distDir('fixture'), siteUrl, basePath);

/** Collects what the policy refused: console reports and `securitypolicyviolation` events. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  page.on('pageerror', (error) => refused.push(`page error: ${error.message}`));
  // Init scripts run through the DevTools protocol, which the policy does not govern.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  return async () => [
    ...refused,
    ...(await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    )),
  ];
}

describe.skipIf(!hasBrowser)('Content-Security-Policy enforced as a header', () => {
  let site: RunningSite;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    site = await serveStatic(distDir('fixture'), {
      basePath,
      headers: { 'Content-Security-Policy': headerPolicy() },
    });
    browser = await launchBrowser();
    context = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(kinds.map((kind) => [kind.name, kind] as const))(
    '%s works and nothing is refused',
    async (_name, kind) => {
      const page = await context.newPage();
      try {
        const violations = await watchViolations(page);
        await kind.beforeLoad?.(page, site.url);
        const response = await page.goto(site.url + kind.path);
        expect(response?.headers()['content-security-policy']).toBe(headerPolicy());
        await kind.prepare?.(page);
        // Every stylesheet loaded and applied (a refused one has no `sheet`).
        const sheets = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) =>
            link.sheet ? link.sheet.cssRules.length : 0,
          ),
        );
        expect(sheets.length).toBeGreaterThan(0);
        expect(
          sheets.every((rules) => rules > 0),
          `stylesheets with their rule counts: ${sheets.join(', ')}`,
        ).toBe(true);
        expect(await violations()).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it('runs nothing an article quotes, and the policy stops an injected handler', async () => {
    const page = await context.newPage();
    try {
      const violations = await watchViolations(page);
      await page.goto(`${site.url}2022/05/09/markup-in-the-copy/`);
      const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned);
      await expect(pwned()).resolves.toBeUndefined();
      await expect(page.title()).resolves.not.toBe('pwned');
      await expect(page.locator('.article-body').innerText()).resolves.toContain('onerror=');
      expect(await violations()).toEqual([]);

      // Had markup slipped through, the policy would still refuse to run it.
      await page.evaluate(() => {
        document
          .querySelector('.article-body')!
          .insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__pwned = true">');
      });
      await expect
        .poll(violations)
        .toEqual(expect.arrayContaining([expect.stringMatching(/script-src/)]));
      await expect(pwned()).resolves.toBeUndefined();
    } finally {
      await page.close();
    }
  });
});

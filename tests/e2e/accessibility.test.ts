/**
 * axe-core over one page of every kind (tests/helpers/page-kinds.ts), in the
 * light and the dark colour scheme: no violation of WCAG 2.2 A/AA. And a
 * reader with only a keyboard finds a story through the header search.
 */
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../helpers/browser';
import { distDir, SITE_BUILDS } from '../helpers/builds';
import { pageKindsOf } from '../helpers/page-kinds';
import { serveStatic, type RunningSite } from '../helpers/static-server';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
const { siteUrl, basePath } = SITE_BUILDS.fixture;
const kinds = pageKindsOf(distDir('fixture'), siteUrl, basePath);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe over the page as it is now; axe must have been injected. */
async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target }) => ({ target })),
    }));
  }, WCAG_TAGS);
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

describe.skipIf(!hasBrowser)('accessibility (axe-core, WCAG 2.2 AA)', () => {
  let site: RunningSite;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    site = await serveStatic(distDir('fixture'), { basePath });
    browser = await launchBrowser();
    // axe is injected as a script; the pages' own Content-Security-Policy would refuse it.
    context = await browser.newContext({ bypassCSP: true });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  // Each page is loaded once and checked in both schemes: switching the emulated
  // scheme restyles the page in place, at a fraction of a second reload and prepare.
  it.each(kinds.map((kind) => [kind.name, kind] as const))(
    '%s, light and dark',
    async (_name, kind) => {
      const page = await context.newPage();
      try {
        await kind.beforeLoad?.(page, site.url);
        const response = await page.goto(site.url + kind.path);
        expect(response?.status(), kind.path).toBe(kind.status ?? 200);
        await kind.prepare?.(page);
        await page.addScriptTag({ path: AXE_SOURCE });
        const found: string[] = [];
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          await expect(
            page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
          ).resolves.toBe(colorScheme === 'dark');
          found.push(
            ...(await axeViolations(page)).map((violation) => `${colorScheme}: ${violation}`),
          );
        }
        expect(found).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it('lets a keyboard-only reader search from the header and open a result', async () => {
    const page = await context.newPage();
    try {
      await page.goto(site.url);
      const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
      let presses = 0;
      while ((await focusedId()) !== 'site-search-q') {
        await page.keyboard.press('Tab');
        presses += 1;
        expect(presses, 'Tab never reached the header search box').toBeLessThan(20);
      }
      await page.keyboard.type('Hunan');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=Hunan/);
      const result = page.locator('main a[href*="li-qiang-hunan-advanced-manufacturing"]').first();
      await result.waitFor({ timeout: 15_000 });

      // Tab on from wherever the search page leaves focus until the result link has it.
      const resultHasFocus = () => result.evaluate((link) => link === document.activeElement);
      presses = 0;
      while (!(await resultHasFocus())) {
        await page.keyboard.press('Tab');
        presses += 1;
        expect(presses, 'Tab never reached the first result').toBeLessThan(60);
      }
      // Focus is visible: the :focus-visible outline of global.css applies.
      await expect(
        result.evaluate((link) => getComputedStyle(link).outlineStyle),
      ).resolves.not.toBe('none');
      await page.keyboard.press('Enter');
      // The result may carry a text fragment (`#:~:text=…`) that highlights the match.
      await page.waitForURL(/\/2023\/03\/22\/li-qiang-hunan-advanced-manufacturing\/(#.*)?$/);
      await expect(page.locator('h1').textContent()).resolves.toBe(
        'Li Qiang inspects advanced manufacturing in Hunan',
      );
    } finally {
      await page.close();
    }
  });
});

/**
 * A reader browses by date with the keyboard, under the `/news/` sub-path:
 * archive → year calendar → day → the next day with stories → a story and its
 * related stories; a mistyped address lands on the 404 page, whose search box works.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../helpers/browser';
import { distDir, SITE_BUILDS } from '../helpers/builds';
import { serveStatic, type RunningSite } from '../helpers/static-server';

const { basePath } = SITE_BUILDS.fixtureUnderNews;

/** Presses Tab until the focused element is the link with this name; fails after `limit` presses. */
async function tabTo(page: Page, name: string, limit = 200): Promise<void> {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element?.tagName === 'A' ? element.innerText.replace(/\s+/g, ' ').trim() : '';
    });
    if (focused === name) return;
  }
  throw new Error(`No link named "${name}" within ${limit} presses of Tab.`);
}

describe.skipIf(!hasBrowser)('browsing by date in Chromium', () => {
  let site: RunningSite;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    site = await serveStatic(distDir('fixtureUnderNews'), { basePath });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('goes from the archive to a year, a day and the next day, by keyboard', async () => {
    await page.goto(`${site.url}archive/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Browse by date');
    await tabTo(page, '2023');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/news\/archive\/2023\/$/);
    await expect(page.locator('table.calendar').count()).resolves.toBe(12);

    // The day cell of 22 March names its count: "22 : 1 story" (or more).
    await tabTo(page, (await page.locator('a[href$="/archive/2023/03/22/"]').innerText()).replace(/\s+/g, ' ').trim());
    const focusOutline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(focusOutline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/news\/archive\/2023\/03\/22\/$/);
    await expect(page.locator('h1 time').getAttribute('datetime')).resolves.toBe('2023-03-22');
    await expect(page.getByRole('link', { name: 'Li Qiang inspects advanced manufacturing in Hunan' }).isVisible()).resolves.toBe(true);

    const earlier = page.locator('.period-nav a[rel="prev"]');
    const href = await earlier.getAttribute('href');
    expect(href).toMatch(/^\/news\/archive\/\d{4}\/\d{2}\/\d{2}\/$/);
    await earlier.click();
    await page.waitForURL(new RegExp(`${href!.replace(/\//g, '\\/')}$`));
    await expect(page.locator('.article-list li').count()).resolves.toBeGreaterThan(0);
  });

  it('shows related stories on an article, and they lead to other stories', async () => {
    await page.goto(`${site.url}2023/03/22/li-qiang-hunan-advanced-manufacturing/`);
    const related = page.getByRole('complementary', { name: 'Related stories' });
    await expect(related.isVisible()).resolves.toBe(true);
    const first = related.getByRole('link').first();
    const title = await first.innerText();
    await first.click();
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    expect(errors).toEqual([]);
  });

  it('answers a missing page with the 404 page, whose search box searches the archive', async () => {
    const response = await page.goto(`${site.url}2023/03/22/no-such-story/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.getByLabel('Words, names or places').fill('Hunan');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/news\/search\/\?q=Hunan$/);
  });
});

/**
 * A reader browses by date with the keyboard, under the `/news/` sub-path:
 * archive → year calendar → day → the next day with stories → a story and its
 * related stories; a mistyped address lands on the 404 page, whose search box works.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../helpers/browser';
import { distDir, SITE_BUILDS } from '../helpers/builds';
import { useSiteInBrowser } from '../helpers/site-in-browser';

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
  const session = useSiteInBrowser(distDir('fixtureUnderNews'), { basePath });

  it('goes from the archive to a year, a day and the next day, by keyboard', async () => {
    await session.page.goto(`${session.site.url}archive/`);
    await expect(session.page.locator('h1').textContent()).resolves.toBe('Browse by date');
    await tabTo(session.page, '2023');
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL(/\/news\/archive\/2023\/$/);
    await expect(session.page.locator('table.calendar').count()).resolves.toBe(12);

    // The day cell of 22 March names its count: "22 : 1 story" (or more).
    await tabTo(
      session.page,
      (await session.page.locator('a[href$="/archive/2023/03/22/"]').innerText())
        .replace(/\s+/g, ' ')
        .trim(),
    );
    const focusOutline = await session.page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(focusOutline).not.toBe('none');
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL(/\/news\/archive\/2023\/03\/22\/$/);
    await expect(session.page.locator('h1 time').getAttribute('datetime')).resolves.toBe(
      '2023-03-22',
    );
    await expect(
      session.page
        .getByRole('link', { name: 'Li Qiang inspects advanced manufacturing in Hunan' })
        .isVisible(),
    ).resolves.toBe(true);

    const earlier = session.page.locator('.period-nav a[rel="prev"]');
    const href = await earlier.getAttribute('href');
    expect(href).toMatch(/^\/news\/archive\/\d{4}\/\d{2}\/\d{2}\/$/);
    await earlier.click();
    await session.page.waitForURL(new RegExp(`${href!.replace(/\//g, '\\/')}$`));
    await expect(session.page.locator('.article-list li').count()).resolves.toBeGreaterThan(0);
  });

  it('shows related stories on an article, and they lead to other stories', async () => {
    await session.page.goto(`${session.site.url}2023/03/22/li-qiang-hunan-advanced-manufacturing/`);
    const related = session.page.getByRole('complementary', { name: 'Related stories' });
    await expect(related.isVisible()).resolves.toBe(true);
    const first = related.getByRole('link').first();
    const title = await first.innerText();
    await first.click();
    await expect(session.page.locator('h1').textContent()).resolves.toBe(title);
    expect(session.errors).toEqual([]);
  });

  it('answers a missing page with the 404 page, whose search box searches the archive', async () => {
    const response = await session.page.goto(`${session.site.url}2023/03/22/no-such-story/`);
    expect(response?.status()).toBe(404);
    await expect(session.page.locator('h1').textContent()).resolves.toBe('Page not found');
    await session.page.getByLabel('Words, names or places').fill('Hunan');
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL(/\/news\/search\/\?q=Hunan$/);
  });
});

/**
 * A reader opens the home page and the seed article in a real browser.
 */
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../helpers/browser';
import { distDir } from '../helpers/builds';
import { useSiteInBrowser } from '../helpers/site-in-browser';

describe.skipIf(!hasBrowser)('reading the archive in Chromium', () => {
  const session = useSiteInBrowser(distDir('fixture'));

  it('lists the newest stories on the home page and opens one', async () => {
    await session.page.goto(session.site.url);
    await expect(session.page.locator('h1').textContent()).resolves.toBe('Latest stories');
    const headlines = session.page.locator('.article-list h2 a');
    await expect(headlines.count()).resolves.toBe(20);
    await session.page.getByRole('link', { name: 'Older →' }).first().click();
    await session.page.waitForURL(/\/page\/2\/$/);
    await expect(session.page.locator('h1').textContent()).resolves.toBe(
      'Latest stories, page 2 of 2',
    );
    await session.page.goBack();
    await session.page
      .getByRole('link', { name: 'Li Qiang inspects advanced manufacturing in Hunan' })
      .click();
    await session.page.waitForURL(/\/2023\/03\/22\/li-qiang-hunan-advanced-manufacturing\/$/);
    await expect(session.page.locator('h1').textContent()).resolves.toBe(
      'Li Qiang inspects advanced manufacturing in Hunan',
    );
  });

  it('shows the seed article with its dateline, captions and entities, and no script', async () => {
    await session.page.goto(`${session.site.url}2023/03/22/li-qiang-hunan-advanced-manufacturing/`);
    await expect(session.page.locator('.dateline').innerText()).resolves.toMatch(
      /^CHANGSHA, March 22 \(Xinhua\) —/,
    );
    await expect(session.page.locator('figure figcaption').count()).resolves.toBe(2);
    await expect(
      session.page.locator('time[datetime="2023-03-22"]').first().isVisible(),
    ).resolves.toBe(true);
    await expect(
      session.page.getByRole('link', { name: 'Li Qiang' }).first().getAttribute('href'),
    ).resolves.toBe('/people/li-qiang/');
    // JSON-LD is data, not script: it never runs.
    await expect(
      session.page.locator('script:not([type="application/ld+json"])').count(),
    ).resolves.toBe(0);
    await expect(session.page.getByRole('contentinfo').first().isVisible()).resolves.toBe(true);
  });

  it('runs none of the script an article quotes', async () => {
    await session.page.goto(`${session.site.url}2022/05/09/markup-in-the-copy/`);
    await expect(
      session.page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
    ).resolves.toBeUndefined();
    await expect(session.page.title()).resolves.not.toBe('pwned');
    await expect(session.page.locator('.article-body').innerText()).resolves.toContain('<script>');
    expect(session.errors).toEqual([]);
  });
});

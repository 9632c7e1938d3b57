/**
 * A reader opens the home page and the seed article in a real browser.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../helpers/browser';
import { distDir } from '../helpers/builds';
import { serveStatic, type RunningSite } from '../helpers/static-server';

describe.skipIf(!hasBrowser)('reading the archive in Chromium', () => {
  let site: RunningSite;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    site = await serveStatic(distDir('fixture'));
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('lists the newest stories on the home page and opens one', async () => {
    await page.goto(site.url);
    await expect(page.locator('h1').textContent()).resolves.toBe('Latest stories');
    const headlines = page.locator('.article-list h2 a');
    await expect(headlines.count()).resolves.toBe(20);
    await page.getByRole('link', { name: 'Older →' }).first().click();
    await page.waitForURL(/\/page\/2\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Latest stories, page 2 of 2');
    await page.goBack();
    await page.getByRole('link', { name: 'Li Qiang inspects advanced manufacturing in Hunan' }).click();
    await page.waitForURL(/\/2023\/03\/22\/li-qiang-hunan-advanced-manufacturing\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Li Qiang inspects advanced manufacturing in Hunan');
  });

  it('shows the seed article with its dateline, captions and entities, and no script', async () => {
    await page.goto(`${site.url}2023/03/22/li-qiang-hunan-advanced-manufacturing/`);
    await expect(page.locator('.dateline').innerText()).resolves.toMatch(/^CHANGSHA, March 22 \(Xinhua\) —/);
    await expect(page.locator('figure figcaption').count()).resolves.toBe(2);
    await expect(page.locator('time[datetime="2023-03-22"]').first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Li Qiang' }).first().getAttribute('href')).resolves.toBe('/people/li-qiang/');
    // JSON-LD is data, not script: it never runs.
    await expect(page.locator('script:not([type="application/ld+json"])').count()).resolves.toBe(0);
    await expect(page.getByRole('contentinfo').first().isVisible()).resolves.toBe(true);
  });

  it('runs none of the script an article quotes', async () => {
    await page.goto(`${site.url}2022/05/09/markup-in-the-copy/`);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).resolves.toBeUndefined();
    await expect(page.title()).resolves.not.toBe('pwned');
    await expect(page.locator('.article-body').innerText()).resolves.toContain('<script>');
    expect(errors).toEqual([]);
  });
});

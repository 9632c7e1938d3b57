/**
 * A reader goes from a story to a place and a person, in a real browser.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../helpers/browser';
import { distDir } from '../helpers/builds';
import { serveStatic, type RunningSite } from '../helpers/static-server';

describe.skipIf(!hasBrowser)('people and places in Chromium', () => {
  let site: RunningSite;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    site = await serveStatic(distDir('fixtureUnderNews'), { basePath: '/news/' });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('follows "Changsha" from the seed article to its page, with the map and the article', async () => {
    await page.goto(`${site.url}2023/03/22/li-qiang-hunan-advanced-manufacturing/`);
    await page.locator('.entity-box').getByRole('link', { name: 'Changsha', exact: true }).click();
    await page.waitForURL(/\/news\/places\/changsha\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Changsha');
    const map = page.locator('figure.locator-map svg[role="img"]');
    await expect(map.isVisible()).resolves.toBe(true);
    const box = await map.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    await expect(page.locator('figure.locator-map circle.map-dot--here').count()).resolves.toBe(1);
    await expect(page.locator('.entity-articles').getByRole('link', { name: 'Li Qiang inspects advanced manufacturing in Hunan' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('script').count()).resolves.toBe(0);
  });

  it('links the first mention in the article text to the same page', async () => {
    await page.goto(`${site.url}2023/03/22/li-qiang-hunan-advanced-manufacturing/`);
    const mention = page.locator('.article-body a.entity-mention', { hasText: 'Zhuzhou' }).first();
    await expect(mention.getAttribute('href')).resolves.toBe('/news/places/zhuzhou/');
    await mention.click();
    await page.waitForURL(/\/news\/places\/zhuzhou\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Zhuzhou');
  });

  it('reaches Li Qiang’s page from /people/ by keyboard', async () => {
    await page.goto(`${site.url}people/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('People');
    // Jump to the letter, then tab to the first name under it.
    await page.locator('.letter-nav a', { hasText: 'L' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#letter-l$/);
    const link = page.locator('#letter-l + ul a', { hasText: 'Li Qiang' });
    await link.focus();
    const outline = await link.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/news\/people\/li-qiang\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Li Qiang');
    await expect(page.locator('.year-chart svg').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Search within these articles' }).getAttribute('href')).resolves.toBe('/news/search/?person=li-qiang');
  });

  it('shows the world map of places and loads nothing from another host', async () => {
    await page.goto(`${site.url}places/`);
    await expect(page.locator('figure.world-map circle.map-dot').count()).resolves.toBeGreaterThanOrEqual(5);
    const origin = new URL(site.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

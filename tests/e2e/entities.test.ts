/**
 * A reader goes from a story to a place and a person, in a real browser.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser } from '../helpers/browser';
import { distDir } from '../helpers/builds';
import { useSiteInBrowser } from '../helpers/site-in-browser';

describe.skipIf(!hasBrowser)('people and places in Chromium', () => {
  const session = useSiteInBrowser(distDir('fixtureUnderNews'), { basePath: '/news/' });
  const requests: string[] = [];

  beforeAll(() => {
    session.page.on('request', (request) => requests.push(request.url()));
  });

  it('follows "Changsha" from the seed article to its page, with the map and the article', async () => {
    await session.page.goto(`${session.site.url}2023/03/22/li-qiang-hunan-advanced-manufacturing/`);
    await session.page.locator('.entity-box').getByRole('link', { name: 'Changsha', exact: true }).click();
    await session.page.waitForURL(/\/news\/places\/changsha\/$/);
    await expect(session.page.locator('h1').textContent()).resolves.toBe('Changsha');
    const map = session.page.locator('figure.locator-map svg[role="img"]');
    await expect(map.isVisible()).resolves.toBe(true);
    const box = await map.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    await expect(session.page.locator('figure.locator-map circle.map-dot--here').count()).resolves.toBe(1);
    await expect(session.page.locator('.entity-articles').getByRole('link', { name: 'Li Qiang inspects advanced manufacturing in Hunan' }).isVisible()).resolves.toBe(true);
    await expect(session.page.locator('script').count()).resolves.toBe(0);
  });

  it('links the first mention in the article text to the same page', async () => {
    await session.page.goto(`${session.site.url}2023/03/22/li-qiang-hunan-advanced-manufacturing/`);
    const mention = session.page.locator('.article-body a.entity-mention', { hasText: 'Zhuzhou' }).first();
    await expect(mention.getAttribute('href')).resolves.toBe('/news/places/zhuzhou/');
    await mention.click();
    await session.page.waitForURL(/\/news\/places\/zhuzhou\/$/);
    await expect(session.page.locator('h1').textContent()).resolves.toBe('Zhuzhou');
  });

  it('reaches Li Qiang’s page from /people/ by keyboard', async () => {
    await session.page.goto(`${session.site.url}people/`);
    await expect(session.page.locator('h1').textContent()).resolves.toBe('People');
    // Jump to the letter, then tab to the first name under it.
    await session.page.locator('.letter-nav a', { hasText: 'L' }).focus();
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL(/#letter-l$/);
    const link = session.page.locator('#letter-l + ul a', { hasText: 'Li Qiang' });
    await link.focus();
    const outline = await link.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL(/\/news\/people\/li-qiang\/$/);
    await expect(session.page.locator('h1').textContent()).resolves.toBe('Li Qiang');
    await expect(session.page.locator('.year-chart svg').isVisible()).resolves.toBe(true);
    await expect(session.page.getByRole('link', { name: 'Search within these articles' }).getAttribute('href')).resolves.toBe('/news/search/?person=li-qiang');
  });

  it('shows the world map of places and loads nothing from another host', async () => {
    await session.page.goto(`${session.site.url}places/`);
    await expect(session.page.locator('figure.world-map circle.map-dot').count()).resolves.toBeGreaterThanOrEqual(5);
    const origin = new URL(session.site.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

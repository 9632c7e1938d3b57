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
    await session.page
      .locator('.entity-box')
      .getByRole('link', { name: 'Changsha', exact: true })
      .click();
    await session.page.waitForURL(/\/news\/places\/changsha\/$/);
    await expect(session.page.locator('h1').textContent()).resolves.toBe('Changsha');
    const map = session.page.locator('figure.locator-map svg[role="img"]');
    await expect(map.isVisible()).resolves.toBe(true);
    const box = await map.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    await expect(
      session.page.locator('figure.locator-map circle.map-dot--here').count(),
    ).resolves.toBe(1);
    await expect(
      session.page
        .locator('.entity-articles')
        .getByRole('link', { name: 'Li Qiang inspects advanced manufacturing in Hunan' })
        .isVisible(),
    ).resolves.toBe(true);
    await expect(session.page.locator('script').count()).resolves.toBe(0);
  });

  it('locates Changsha on its map: China named and outlined, the frame marked on an inset of China, a neighbour for context', async () => {
    await session.page.goto(`${session.site.url}places/changsha/`);
    const map = session.page.getByRole('img', { name: 'Map of Changsha, in Hunan, China' });
    await expect(map.count()).resolves.toBe(1);
    const mapBox = (await map.boundingBox())!;
    const within = (
      inner: { x: number; y: number; width: number; height: number },
      outer: typeof inner,
    ) =>
      inner.x >= outer.x - 0.5 &&
      inner.y >= outer.y - 0.5 &&
      inner.x + inner.width <= outer.x + outer.width + 0.5 &&
      inner.y + inner.height <= outer.y + outer.height + 0.5;

    // The country's name, on the map.
    const countryName = map.locator('text.map-label--home-country');
    await expect(countryName.textContent()).resolves.toBe('China');
    await expect(countryName.isVisible()).resolves.toBe(true);
    expect(within((await countryName.boundingBox())!, mapBox)).toBe(true);

    // The country's outline: on the inset, China whole, a shape and not the inset's rectangle.
    const inset = map.locator('svg.map-inset');
    const insetBox = (await inset.boundingBox())!;
    const outline = inset.locator('path.map-land--home');
    await expect(outline.count()).resolves.toBe(1);
    await expect(outline.isVisible()).resolves.toBe(true);
    const outlineBox = (await outline.boundingBox())!;
    expect(within(outlineBox, insetBox)).toBe(true);
    expect(outlineBox.width).toBeGreaterThan(insetBox.width * 0.5);
    expect(outlineBox.width).toBeLessThan(insetBox.width);
    expect(((await outline.getAttribute('d')) ?? '').split('L').length).toBeGreaterThan(50);
    // The map's frame, marked where Changsha is: inside China's outline, in its south-east.
    const mark = (await inset.locator('rect.map-inset__mark').boundingBox())!;
    const markCentre = { x: mark.x + mark.width / 2, y: mark.y + mark.height / 2 };
    expect(within({ ...markCentre, width: 0, height: 0 }, outlineBox)).toBe(true);
    expect(markCentre.x).toBeGreaterThan(outlineBox.x + outlineBox.width / 2);
    expect(markCentre.y).toBeGreaterThan(outlineBox.y + outlineBox.height / 2);

    // Another place of the archive nearby, named; the region by its name.
    await expect(
      map.locator('text.map-label--nearby', { hasText: 'Zhuzhou' }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      map.locator('text.map-label--region', { hasText: 'Hunan' }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      session.page.locator('figure.locator-map figcaption').textContent(),
    ).resolves.toMatch(
      /Other places of the archive nearby: Zhuzhou\..*inset shows where the map lies in China/,
    );
  });

  it('links the first mention in the article text to the same page', async () => {
    await session.page.goto(`${session.site.url}2023/03/22/li-qiang-hunan-advanced-manufacturing/`);
    const mention = session.page
      .locator('.article-body a.entity-mention', { hasText: 'Zhuzhou' })
      .first();
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
    await expect(
      session.page.getByRole('link', { name: 'Search within these articles' }).getAttribute('href'),
    ).resolves.toBe('/news/search/?person=li-qiang');
  });

  it('shows the world map of places and loads nothing from another host', async () => {
    await session.page.goto(`${session.site.url}places/`);
    await expect(
      session.page.locator('figure.world-map circle.map-dot').count(),
    ).resolves.toBeGreaterThanOrEqual(5);
    const origin = new URL(session.site.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual(
      [],
    );
    expect(session.errors).toEqual([]);
  });
});

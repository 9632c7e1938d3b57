/**
 * An article printed: the story and its attribution, none of the screen's
 * navigation, search or related stories, links out followed by their address
 * and the story's own address at the end.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../helpers/browser';
import { distDir, SITE_BUILDS } from '../helpers/builds';
import { serveStatic, type RunningSite } from '../helpers/static-server';

/** Has every piece of chrome: "in this story", related stories, older and newer. */
const ARTICLE = '2023/03/22/li-qiang-hunan-advanced-manufacturing/';
/** Links to its original and its licence. */
const ATTRIBUTED = '2019/04/16/notre-dame-in-paris-catches-fire/';
const { siteUrl, basePath } = SITE_BUILDS.fixture;

const shown = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).display !== 'none');

describe.skipIf(!hasBrowser)('printing an article', () => {
  let site: RunningSite;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    site = await serveStatic(distDir('fixture'), { basePath });
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(site.url + ARTICLE);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows the chrome on screen and the address only on paper', async () => {
    await page.emulateMedia({ media: 'screen' });
    for (const selector of ['.site-header', '.entity-box', '.related-stories', '.article-nav'])
      await expect(shown(page, selector), selector).resolves.toBe(true);
    await expect(shown(page, '.print-only')).resolves.toBe(false);
  });

  it('prints the story without navigation, search, "in this story" or related stories', async () => {
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      '.site-header',
      '.site-footer',
      '.header-search',
      '.entity-box',
      '.related-stories',
      '.article-nav',
    ]) {
      await expect(shown(page, selector), selector).resolves.toBe(false);
    }
    for (const selector of ['h1', '.article-body', '.attribution', '.print-only'])
      await expect(shown(page, selector), selector).resolves.toBe(true);
    await expect(page.locator('.print-only').textContent()).resolves.toBe(
      `${siteUrl}${basePath}${ARTICLE}`,
    );
    // Black on white whatever the screen's colour scheme.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(
      page.locator('body').evaluate((body) => getComputedStyle(body).color),
    ).resolves.toBe('rgb(0, 0, 0)');
  });

  it('writes the address after a link out', async () => {
    await page.goto(site.url + ATTRIBUTED);
    await page.emulateMedia({ media: 'print' });
    const link = page.locator('.attribution a[href^="http"]').first();
    const href = await link.getAttribute('href');
    await expect(
      link.evaluate((element) => getComputedStyle(element, '::after').content),
    ).resolves.toBe(`" <${href}>"`);
  });
});

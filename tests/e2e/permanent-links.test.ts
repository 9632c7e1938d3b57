/** A reader who opens an old URL of a story (an `aliases` entry) lands on the story, also under /news/. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser } from '../helpers/browser';
import { distDir, SITE_BUILDS } from '../helpers/builds';
import { serveStatic, type RunningSite } from '../helpers/static-server';

const STORY = '2020/03/13/national-basketball-association-suspends-season-due-to/';
const TITLE = 'National Basketball Association suspends season due to COVID-19 concerns';
const OLD_PATHS = ['2020/03/12/nba-suspends-season/', 'stories/nba-season/'];

describe.skipIf(!hasBrowser)('opening an old URL in a browser', () => {
  const { basePath } = SITE_BUILDS.fixtureUnderNews;
  let site: RunningSite;
  let browser: Browser;
  beforeAll(async () => {
    site = await serveStatic(distDir('fixtureUnderNews'), { basePath });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(OLD_PATHS)('lands on the story from /news/%s', async (oldPath) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${site.url}${oldPath}`);
      await page.waitForURL(`${site.url}${STORY}`);
      await expect(page.locator('h1').textContent()).resolves.toBe(TITLE);
    } finally {
      await page.close();
    }
  });
});

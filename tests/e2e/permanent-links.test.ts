/** A reader who opens an old URL of a story (an `aliases` entry) lands on the story, also under /news/. */
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../helpers/browser';
import { distDir, SITE_BUILDS } from '../helpers/builds';
import { useSiteInBrowser } from '../helpers/site-in-browser';

const STORY = '2020/03/13/national-basketball-association-suspends-season-due-to/';
const TITLE = 'National Basketball Association suspends season due to COVID-19 concerns';
const OLD_PATHS = ['2020/03/12/nba-suspends-season/', 'stories/nba-season/'];

describe.skipIf(!hasBrowser)('opening an old URL in a browser', () => {
  const session = useSiteInBrowser(distDir('fixtureUnderNews'), {
    basePath: SITE_BUILDS.fixtureUnderNews.basePath,
  });

  it.each(OLD_PATHS)('lands on the story from /news/%s', async (oldPath) => {
    const { page, site } = session;
    await page.goto(`${site.url}${oldPath}`);
    await page.waitForURL(`${site.url}${STORY}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(TITLE);
  });
});

/**
 * The set-up most browser tests share: serve a built site, open one Chromium
 * page on it for the tests of a `describe` block, close both afterwards.
 * Errors thrown by the page's scripts are collected in `errors`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { serveStatic, type RunningSite, type ServeOptions } from './static-server';

export interface SiteInBrowser {
  site: RunningSite;
  browser: Browser;
  page: Page;
  errors: string[];
}

/** Call inside a `describe`; the fields are set once its `beforeAll` has run. */
export function useSiteInBrowser(distDir: string, options: ServeOptions = {}): SiteInBrowser {
  const session = { errors: [] as string[] } as SiteInBrowser;
  beforeAll(async () => {
    session.site = await serveStatic(distDir, options);
    session.browser = await launchBrowser();
    session.page = await session.browser.newPage();
    session.page.on('pageerror', (error) => session.errors.push(error.message));
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}

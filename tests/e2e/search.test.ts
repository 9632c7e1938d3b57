/**
 * Searching the archive in Chromium: words, filters, order and the URL that
 * holds them, on the fixture site at `/` and under `/news/`, served with the
 * site's Content-Security-Policy as a static host would.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerPolicy } from '../../src/lib/content-security-policy';
import { hasBrowser, launchBrowser } from '../helpers/browser';
import { distDir, type SiteName } from '../helpers/builds';
import { paintedBox } from '../helpers/painted-colour';
import { serveStatic, type RunningSite } from '../helpers/static-server';

const SEED = '/2023/03/22/li-qiang-hunan-advanced-manufacturing/';
const SEED_TITLE = 'Li Qiang inspects advanced manufacturing in Hunan';
const PRESS_TITLE = 'New premier promises jobs and steady growth';
const METRO = '/2022/05/10/changsha-metro/';

const SITES: { name: SiteName; base: string }[] = [
  { name: 'fixture', base: '/' },
  { name: 'fixtureUnderNews', base: '/news/' },
];

describe.skipIf(!hasBrowser).each(SITES)(
  'search on the $name site (base $base)',
  ({ name, base }) => {
    let site: RunningSite;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    const problems: string[] = [];

    const status = () => page.locator('[data-search-status]');
    const resultLinks = () => page.locator('[data-search-results] > li h3 a');
    const titles = () => resultLinks().allTextContents();
    const checkbox = (name: string) =>
      page.getByRole('checkbox', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
    /** Waits until the announced status says what a finished search says. */
    const settled = (pattern: RegExp) =>
      expect.poll(() => status().textContent(), { timeout: 10_000 }).toMatch(pattern);

    beforeAll(async () => {
      site = await serveStatic(distDir(name), {
        basePath: base,
        headers: { 'content-security-policy': headerPolicy() },
      });
      browser = await launchBrowser();
      context = await browser.newContext();
      page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`console ${message.type()}: ${message.text()}`);
      });
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== new URL(site.url).origin)
          problems.push(`request to another host: ${request.url()}`);
      });
    });

    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it('finds the seed story first when "Li Qiang" is typed, and announces the count', async () => {
      await page.goto(`${site.url}search/`);
      await settled(/^Type words to search/);
      await expect(page.getByRole('search', { name: 'Archive search' }).count()).resolves.toBe(1);
      await page.getByLabel('Words').pressSequentially('Li Qiang');
      await settled(/^2 stories for “Li Qiang”\.$/);
      expect(await titles()).toEqual([SEED_TITLE, PRESS_TITLE]);
      await expect(status().getAttribute('aria-live')).resolves.toBe('polite');
      expect(new URL(page.url()).search).toBe('?q=Li+Qiang');
      // The excerpt marks the words; the link asks the article to highlight them.
      await expect(
        page.locator('[data-search-results] > li').first().locator('mark').first().textContent(),
      ).resolves.toMatch(/^(Li|Qiang)$/);
      await expect(resultLinks().first().getAttribute('href')).resolves.toBe(
        `${base}${SEED.slice(1)}#:~:text=Li%20Qiang`,
      );
    });

    it('keeps the seed story when the place Changsha is added, and the counts change', async () => {
      await expect(checkbox('Beijing').count()).resolves.toBe(1);
      const before = await page.getByRole('checkbox', { name: /^Li Qiang / }).getAttribute('id');
      expect(before).toBeTruthy();
      await expect(page.locator(`label[for="${before}"]`).textContent()).resolves.toBe(
        'Li Qiang (2)',
      );

      await checkbox('Changsha').check();
      await settled(/^1 story for “Li Qiang”, filtered by Changsha\.$/);
      expect(await titles()).toEqual([SEED_TITLE]);
      expect(new URL(page.url()).search).toBe('?q=Li+Qiang&place=changsha');
      await expect(checkbox('Changsha').isChecked()).resolves.toBe(true);
      await expect(checkbox('Beijing').count()).resolves.toBe(0);
      const after = await page.getByRole('checkbox', { name: /^Li Qiang / }).getAttribute('id');
      await expect(page.locator(`label[for="${after}"]`).textContent()).resolves.toBe(
        'Li Qiang (1)',
      );
    });

    it('restores query, filters and results on reload, and steps through them with back and forward', async () => {
      await page.reload();
      await settled(/^1 story for “Li Qiang”, filtered by Changsha\.$/);
      await expect(page.getByLabel('Words').inputValue()).resolves.toBe('Li Qiang');
      await expect(checkbox('Changsha').isChecked()).resolves.toBe(true);
      expect(await titles()).toEqual([SEED_TITLE]);

      await page.goBack();
      await settled(/^2 stories for “Li Qiang”\.$/);
      await expect(checkbox('Changsha').isChecked()).resolves.toBe(false);
      await page.goBack();
      await settled(/^Type words to search/);
      await expect(page.getByLabel('Words').inputValue()).resolves.toBe('');
      await page.goForward();
      await settled(/^2 stories for “Li Qiang”\.$/);
      await expect(page.getByLabel('Words').inputValue()).resolves.toBe('Li Qiang');
    });

    it('lists a person’s stories with no words at all, newest first (the link entity pages use)', async () => {
      await page.goto(`${site.url}search/?person=li-qiang`);
      await settled(/^2 stories, filtered by Li Qiang\.$/);
      expect(await titles()).toEqual([SEED_TITLE, PRESS_TITLE]);
      await expect(
        page.locator('[data-search-results] time').first().getAttribute('datetime'),
      ).resolves.toBe('2023-03-22');
      await expect(resultLinks().first().getAttribute('href')).resolves.toBe(
        `${base}${SEED.slice(1)}`,
      );

      await page.getByLabel('Order').selectOption('oldest');
      await settled(/^2 stories, filtered by Li Qiang\.$/);
      await expect.poll(titles).toEqual([PRESS_TITLE, SEED_TITLE]);
      expect(new URL(page.url()).search).toBe('?person=li-qiang&sort=oldest');
    });

    it('lists every Changsha story across languages in date order, the Chinese one marked as such', async () => {
      await page.goto(`${site.url}search/?place=changsha`);
      await settled(/^2 stories, filtered by Changsha\.$/);
      await expect(
        resultLinks().evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      ).resolves.toEqual([`${base}${SEED.slice(1)}`, `${base}${METRO.slice(1)}`]);
      await expect(
        page.locator('[data-search-results] > li').nth(1).getAttribute('lang'),
      ).resolves.toBe('zh');
    });

    it('finds a Chinese story by a query in Chinese characters', async () => {
      await page.goto(`${site.url}search/?q=${encodeURIComponent('长沙地铁')}`);
      await settled(/^1 story for “长沙地铁”\.$/);
      expect(await titles()).toEqual(['长沙地铁新线开通']);
      await page.goto(`${site.url}search/?q=${encodeURIComponent('地铁')}`);
      await settled(/^1 story for “地铁”\.$/);
    });

    it('takes the header form’s query, and is usable by keyboard alone', async () => {
      await page.goto(site.url);
      await page.getByRole('searchbox', { name: 'Search the archive' }).fill('Li Qiang');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=Li\+Qiang$/);
      await settled(/^2 stories for “Li Qiang”\.$/);

      // Tab from the order menu through the results to the first facet, tick it with the space bar.
      await page.getByLabel('Order').focus();
      let reached = false;
      for (let step = 0; step < 12 && !reached; step += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(
          () =>
            (document.activeElement as HTMLInputElement | null)?.dataset?.['facet'] === 'person',
        );
      }
      expect(reached).toBe(true);
      await page.keyboard.press('Space');
      await settled(/filtered by Li Qiang\.$/);
      // The facets were redrawn with new counts; focus stayed on the box just ticked.
      await expect(
        page.evaluate(() => (document.activeElement as HTMLInputElement).checked),
      ).resolves.toBe(true);
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement!).outlineStyle,
      );
      expect(outline).not.toBe('none');
    });

    it('loads more results on demand and moves focus to the first new one', async () => {
      await page.goto(`${site.url}search/?q=the`);
      await settled(/^\d+ stories for “the”\.$/);
      const total = Number((await status().textContent())!.match(/^(\d+)/)![1]);
      expect(total).toBeGreaterThan(5);
      // Five first, then ten more at a time.
      await expect(resultLinks().count()).resolves.toBe(5);
      await page.getByRole('button', { name: 'Show more results' }).click();
      await expect.poll(() => resultLinks().count()).toBe(Math.min(15, total));
      await expect(
        page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.children.length),
      ).resolves.toBe(Math.min(15, total));
      await expect(
        page.evaluate(() =>
          [...document.activeElement!.closest('ol')!.children].indexOf(
            document.activeElement!.closest('li')!,
          ),
        ),
      ).resolves.toBe(5);
    });

    it('opens a result at the highlighted words; the article itself runs no script', async () => {
      await page.goto(`${site.url}search/?q=Li+Qiang`);
      await settled(/^2 stories/);
      await expect(resultLinks().first().getAttribute('href')).resolves.toBe(
        `${base}${SEED.slice(1)}#:~:text=Li%20Qiang`,
      );
      await resultLinks().first().click();
      await page.waitForURL((url) => url.pathname === `${base}${SEED.slice(1)}`);
      await expect(page.locator('h1').textContent()).resolves.toBe(SEED_TITLE);
      // Chromium painted the searched words, the headline's "Li Qiang", in the highlight colour
      // (::target-text, light scheme), and nothing else in the headline.
      const words = await page.locator('h1').evaluate((h1) => {
        const text = h1.firstChild!;
        const range = document.createRange();
        range.setStart(text, text.textContent!.indexOf('Li Qiang'));
        range.setEnd(text, text.textContent!.indexOf('Li Qiang') + 'Li Qiang'.length);
        const word = range.getBoundingClientRect();
        const box = h1.getBoundingClientRect();
        return {
          left: word.left - box.left,
          top: word.top - box.top,
          right: word.right - box.left,
          bottom: word.bottom - box.top,
        };
      });
      const painted = await paintedBox(context, await page.locator('h1').screenshot(), '#ffe28a');
      expect(painted, 'no highlight painted').toBeDefined();
      expect(painted!.pixels).toBeGreaterThan(200);
      expect(painted!.left).toBeGreaterThanOrEqual(Math.floor(words.left) - 2);
      expect(painted!.right).toBeLessThanOrEqual(Math.ceil(words.right) + 2);
      expect(painted!.top).toBeGreaterThanOrEqual(Math.floor(words.top) - 2);
      expect(painted!.bottom).toBeLessThanOrEqual(Math.ceil(words.bottom) + 2);
      expect(painted!.right - painted!.left).toBeGreaterThan((words.right - words.left) * 0.9);
      // Structured data (JSON-LD) is data, not script: nothing that runs.
      await expect(page.locator('script:not([type="application/ld+json"])').count()).resolves.toBe(
        0,
      );
      await expect(page.evaluate(() => location.hash)).resolves.toBe('');
    });

    it('searches a place within a date range, keeps the range in the URL, and goes back through it', async () => {
      await page.goto(`${site.url}search/?place=china`);
      await settled(/^5 stories, filtered by China\.$/);
      const dates = page.getByRole('group', { name: 'Dates' });
      await dates.getByLabel('From year').selectOption('2019');
      await settled(/^5 stories, filtered by China, from 2019\.$/);
      await dates.getByLabel('From month').selectOption({ label: 'September' });
      await settled(/^4 stories, filtered by China, from September 2019\.$/);
      await dates.getByLabel('To year').selectOption('2020');
      await settled(/^2 stories, filtered by China, from September 2019 to 2020\.$/);
      expect(new URL(page.url()).search).toBe('?place=china&from=2019-09&to=2020');
      expect(await titles()).toEqual([
        'COVID-19 may spread like flu, say scientists',
        'Hong Kong leader announces withdrawal of extradition bill',
      ]);
      const datesShown = await page
        .locator('[data-search-results] time')
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
      expect(datesShown).toEqual(['2020-02-22', '2019-09-06']);
      // The facets count within the range.
      await expect(checkbox('2019').count()).resolves.toBe(1);
      await expect(
        page.locator(`label[for="${await checkbox('2019').getAttribute('id')}"]`).textContent(),
      ).resolves.toBe('2019 (1)');
      await expect(checkbox('2023').count()).resolves.toBe(0);

      // Back: one step per choice, the form showing each state again.
      await page.goBack();
      await settled(/^4 stories, filtered by China, from September 2019\.$/);
      await expect(dates.getByLabel('To year').inputValue()).resolves.toBe('');
      await expect(dates.getByLabel('From month').inputValue()).resolves.toBe('09');
      await page.goBack();
      await page.goBack();
      await settled(/^5 stories, filtered by China\.$/);
      expect(new URL(page.url()).search).toBe('?place=china');
      await expect(dates.getByLabel('From year').inputValue()).resolves.toBe('');
      await page.goForward();
      await page.goForward();
      await page.goForward();
      await settled(/^2 stories, filtered by China, from September 2019 to 2020\.$/);
      await expect(dates.getByLabel('To year').inputValue()).resolves.toBe('2020');

      // With words too, and from a link: the same range, the same URL after a reload.
      await page.goto(`${site.url}search/?q=Hong+Kong&place=china&from=2019-09&to=2020`);
      await settled(/^1 story for “Hong Kong”, filtered by China, from September 2019 to 2020\.$/);
      await page.reload();
      await settled(/^1 story for “Hong Kong”, filtered by China, from September 2019 to 2020\.$/);
    });

    it('reads the date fields of a form sent before its script ran, and writes them as from and to', async () => {
      await page.goto(
        `${site.url}search/?q=&place=china&sort=relevance&from-year=2020&from-month=&to-year=2019&to-month=09`,
      );
      // The bounds came the wrong way round: read in order.
      await settled(/^2 stories, filtered by China, from September 2019 to 2020\.$/);
      expect(new URL(page.url()).search).toBe('?place=china&from=2019-09&to=2020');
      await expect(page.getByLabel('From year').inputValue()).resolves.toBe('2019');
      await expect(page.getByLabel('From month').inputValue()).resolves.toBe('09');
    });

    it('explains itself and links the indexes when JavaScript is off', async () => {
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noScript.newPage();
      await plain.goto(`${site.url}search/?q=Li+Qiang`);
      await expect(
        plain.locator('p:visible', { hasText: 'needs JavaScript' }).count(),
      ).resolves.toBe(1);
      await expect(plain.locator('[data-search-status]').textContent()).resolves.toBe('');
      for (const [label, path] of [
        ['by person', 'people/'],
        ['by place', 'places/'],
        ['by date', 'archive/'],
      ] as const) {
        await expect(
          plain.getByRole('link', { name: label, exact: true }).getAttribute('href'),
        ).resolves.toBe(`${base}${path}`);
      }
      // The form still sends words, order and dates as a plain GET, so the URL holds them for when search can run.
      await plain.getByLabel('From year').selectOption('2019');
      await plain.getByLabel('To year').selectOption('2020');
      await plain.locator('[data-search-form] button[type="submit"]').click();
      await plain.waitForURL(/from-year=2019/);
      expect(new URL(plain.url()).search).toBe(
        '?q=&sort=relevance&from-year=2019&from-month=&to-year=2020&to-month=',
      );
      await noScript.close();
    });

    it('ran without errors, warnings or requests to other hosts', () => {
      expect(problems).toEqual([]);
    });
  },
);

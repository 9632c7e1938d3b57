/**
 * The search page over the build's index shards (one Pagefind bundle per
 * year, src/lib/search/index-shards.ts), watching which shards it fetches.
 *
 * The fixture archive is small, so its search page opens every shard at once
 * to offer every filter's counts before the first search. Larger archives
 * (over `ALL_FACETS_UP_TO_ARTICLES`) get a page that names no facets to load
 * first and opens shards only as searches need them; to see that on the
 * fixture, the test serves a copy of the site whose search page says what a
 * large archive's says (`data-facets-first=""`), everything else unchanged.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasBrowser } from '../helpers/browser';
import { distDir, ROOT } from '../helpers/builds';
import { useSiteInBrowser } from '../helpers/site-in-browser';

const WORK = path.join(ROOT, '.cache/search-index-shards');

/** The shard folder a request under `pagefind/` goes to (`2019`), `list` for shards.json, or undefined. */
function shardOf(url: string): string | undefined {
  const match = /\/pagefind\/([^/]+)(\/|$)/.exec(new URL(url).pathname);
  if (!match) return undefined;
  return match[1] === 'shards.json' ? 'list' : match[1];
}

describe.skipIf(!hasBrowser)('the search page over the index shards', () => {
  beforeAll(() => {
    rmSync(WORK, { recursive: true, force: true });
    cpSync(distDir('fixture'), WORK, { recursive: true });
    const page = path.join(WORK, 'search/index.html');
    const html = readFileSync(page, 'utf8');
    const large = html.replace(/data-facets-first="[^"]*"/, 'data-facets-first=""');
    expect(large).not.toBe(html);
    writeFileSync(page, large);
  });
  const session = useSiteInBrowser(WORK);
  /** Shards fetched since the last `beforeEach`, in the order first fetched. */
  let fetched: string[] = [];
  /** Every request of the page, and those since the last `beforeEach`. */
  const requests: string[] = [];
  let requestsOfTest: string[] = [];

  beforeAll(() => {
    session.page.on('request', (request) => {
      requests.push(request.url());
      requestsOfTest.push(request.url());
      const shard = shardOf(request.url());
      if (shard && !fetched.includes(shard)) fetched.push(shard);
    });
  });
  beforeEach(() => {
    fetched = [];
    requestsOfTest = [];
  });

  const status = (page: Page) => page.locator('[data-search-status]');
  const settled = (page: Page, pattern: RegExp) =>
    expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(pattern);
  const shownDates = (page: Page) =>
    page
      .locator('[data-search-results] time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));

  it('opens no shard before a search needs one', async () => {
    const { page } = session;
    await page.goto(`${session.site.url}search/`);
    await settled(page, /^Type words to search/);
    expect(fetched).toEqual(['list']);
  });

  it('lists newest first across shards without interleaving, opening an older year only when the reader gets to it', async () => {
    const { page } = session;
    await page.goto(`${session.site.url}search/?q=the&sort=newest`);
    await settled(page, /earlier years are searched as you read on\.$/);
    // 2023 and 2022 hold 2 stories each, so the first five come from 2023, 2022 and 2020.
    expect(fetched).toEqual(['list', '2023', '2022', '2020']);
    // One Pagefind script for every shard.
    expect(requestsOfTest.filter((url) => url.endsWith('/pagefind.js'))).toHaveLength(1);
    const first = await shownDates(page);
    expect(first).toHaveLength(5);
    expect(new Set(first.map((date) => date.slice(0, 4)))).toEqual(
      new Set(['2023', '2022', '2020']),
    );
    await expect(status(page).textContent()).resolves.toMatch(
      /^\d+ stories from 2020 on for “the”/,
    );

    await page.getByRole('button', { name: 'Show more results' }).click();
    await settled(page, /^\d+ stories for “the”\.$/);
    expect(fetched).toContain('2019');
    const all = await shownDates(page);
    expect(all.length).toBeGreaterThan(5);
    expect(all.slice(0, 5)).toEqual(first);
    expect(all.some((date) => date.startsWith('2019'))).toBe(true);
    // Newest first, never interleaved: each date no later than the one before.
    expect(all).toEqual([...all].sort().reverse());
    const total = Number((await status(page).textContent())!.match(/^(\d+)/)![1]);
    // Every story with the word, as the best-match search over every shard counts them.
    await page.goto(`${session.site.url}search/?q=the`);
    await settled(page, new RegExp(`^${total} stories for “the”\\.$`));
  });

  it('lists oldest first from the oldest shard on', async () => {
    const { page } = session;
    await page.goto(`${session.site.url}search/?q=the&sort=oldest`);
    await settled(page, /later years are searched as you read on\.$/);
    expect(fetched).toEqual(['list', '2019']);
    const dates = await shownDates(page);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((date) => date.startsWith('2019'))).toBe(true);
  });

  it('fetches only the chosen year’s shard for a year-filtered search, with words or without', async () => {
    const { page } = session;
    await page.goto(`${session.site.url}search/?year=2020`);
    await settled(page, /^9 stories, filtered by 2020\.$/);
    expect(fetched).toEqual(['list', '2020']);
    const dates = await shownDates(page);
    expect(dates.every((date) => date.startsWith('2020'))).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());

    fetched = [];
    await page.goto(`${session.site.url}search/?q=the&year=2019`);
    await settled(page, /^\d+ stories for “the”, filtered by 2019\.$/);
    expect(fetched).toEqual(['list', '2019']);
  });

  it('fetches only the shards a date range covers, and counts across them', async () => {
    const { page } = session;
    await page.goto(`${session.site.url}search/?place=china&from=2019-09&to=2020`);
    await settled(page, /^2 stories, filtered by China, from September 2019 to 2020\.$/);
    expect(fetched.sort()).toEqual(['2019', '2020', 'list']);
    await expect(shownDates(page)).resolves.toEqual(['2020-02-22', '2019-09-06']);
    // The place's count adds up both shards.
    const china = page.getByRole('checkbox', { name: /^China \(\d+\)$/ });
    await expect(china.getAttribute('id')).resolves.toBeTruthy();
    await expect(
      page.locator(`label[for="${await china.getAttribute('id')}"]`).textContent(),
    ).resolves.toBe('China (2)');
  });

  it('fetched nothing from another host, and raised no errors', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((url) => new URL(url).origin === new URL(session.site.url).origin)).toBe(
      true,
    );
    expect(session.errors).toEqual([]);
  });
});

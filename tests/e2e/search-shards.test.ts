/**
 * The join of docs/scaling.md, in small: the fixture site's article pages
 * indexed in two shards (2019, and 2020 on) by two Pagefind CLI processes run
 * side by side, as two CI jobs would, then joined in Chromium with Pagefind's
 * `mergeIndex`. The joined search must find what one index of the whole
 * site (a third process over every article page) finds: the same stories, from
 * both shards, with the same filter counts, and filters that narrow across both.
 * (The build itself writes one bundle per year, searched together by the
 * search page: tests/e2e/search-index-shards.test.ts.)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGES } from '../../src/integrations/search/index';
import { hasBrowser } from '../helpers/browser';
import { distDir, ROOT } from '../helpers/builds';
import { useSiteInBrowser } from '../helpers/site-in-browser';

const PAGEFIND_CLI = path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
const WORK = path.join(ROOT, '.cache/search-shards');

/** Each shard's article pages, as a year-sharded build would split them (Pagefind's glob syntax). */
const SHARDS = [
  { name: 'before-2020', glob: '2019/[0-9][0-9]/[0-9][0-9]/*/index.html' },
  { name: 'from-2020', glob: '20{2,3}[0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html' },
];

interface Bundle {
  /** URL path of the bundle folder on the test server. */
  path: string;
  /** Language indexes in the bundle (`en`, `zh`, …), from its `pagefind-entry.json`. */
  languages: string[];
}

interface Found {
  urls: string[];
  /** Result counts per filter value; values with none left out. */
  filters: Record<string, Record<string, number>>;
}

/** Runs the Pagefind CLI over some pages of `site`; resolves with what it printed. */
function indexShard(site: string, glob: string, outputPath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [PAGEFIND_CLI, '--site', site, '--glob', glob, '--output-path', outputPath],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`Pagefind exited ${code} on ${glob}:\n${output}`)),
    );
  });
}

function bundleAt(urlPath: string): Bundle {
  const entry = JSON.parse(
    readFileSync(path.join(WORK, urlPath, 'pagefind-entry.json'), 'utf8'),
  ) as { languages: Record<string, unknown> };
  return { path: urlPath, languages: Object.keys(entry.languages) };
}

describe.skipIf(!hasBrowser)(
  'a search index built in two shards by separate processes, joined in the browser',
  () => {
    const dist = distDir('fixture');
    /** Article pages of the years chosen that have a body to index (an old address's redirect page has none). */
    const indexablePages = (year: (year: number) => boolean) =>
      readdirSync(dist)
        .filter((name) => /^\d{4}$/.test(name) && year(Number(name)))
        .flatMap((name) =>
          readdirSync(path.join(dist, name), { recursive: true }).map((file) =>
            path.join(dist, name, String(file)),
          ),
        )
        .filter(
          (file) =>
            file.endsWith('index.html') &&
            readFileSync(file, 'utf8').includes('data-pagefind-body'),
        ).length;
    let whole: Bundle;
    let shards: Bundle[];
    const indexingLogs: string[] = [];

    // Registered before the browser's set-up, so the folder it serves is full when it starts.
    beforeAll(async () => {
      rmSync(WORK, { recursive: true, force: true });
      mkdirSync(WORK, { recursive: true });
      // Two processes at once, neither knowing of the other.
      indexingLogs.push(
        ...(await Promise.all(
          SHARDS.map((shard) =>
            indexShard(dist, shard.glob, path.join(WORK, shard.name, 'pagefind')),
          ),
        )),
      );
      await indexShard(dist, ARTICLE_PAGES, path.join(WORK, 'whole/pagefind'));
      // The page imports Pagefind itself: an import() inside page.evaluate would be rewritten by Vitest.
      writeFileSync(
        path.join(WORK, 'index.html'),
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shards</title>' +
          '<script type="module">window.importModule = (url) => import(url);</script></head><body></body></html>\n',
      );
      whole = bundleAt('/whole/pagefind/');
      shards = SHARDS.map((shard) => bundleAt(`/${shard.name}/pagefind/`));
    });
    const session = useSiteInBrowser(WORK);

    /** Opens one Pagefind search over the bundles (the first loaded, the rest merged into it) as `window.searches[name]`. */
    async function openSearch(name: string, bundles: Bundle[]): Promise<void> {
      await session.page.evaluate(
        async ({ name, bundles }) => {
          const absolute = (urlPath: string) => new URL(urlPath, window.location.href).href;
          const [primary, ...others] = bundles;
          const { importModule } = window as unknown as {
            importModule(
              url: string,
            ): Promise<Record<string, (...args: unknown[]) => Promise<unknown>>>;
          };
          const pagefind = await importModule(absolute(`${primary!.path}pagefind.js`));
          await pagefind.options!({ baseUrl: '/' });
          await pagefind.init!();
          // The primary bundle opens the page's language (en); its other languages and
          // every language of the other bundles are merged in, as the search page does.
          for (const language of primary!.languages.filter((language) => language !== 'en')) {
            await pagefind.mergeIndex!(absolute(primary!.path), { language, baseUrl: '/' });
          }
          for (const bundle of others) {
            for (const language of bundle.languages)
              await pagefind.mergeIndex!(absolute(bundle.path), { language, baseUrl: '/' });
          }
          const searches = ((
            window as unknown as { searches?: Record<string, unknown> }
          ).searches ??= {});
          searches[name] = pagefind;
        },
        { name, bundles },
      );
    }

    /** One search in the named index: every result's URL, sorted, and the filter counts. */
    function search(
      name: string,
      term: string | null,
      filters: Record<string, string> = {},
    ): Promise<Found> {
      return session.page.evaluate(
        async ({ name, term, filters }) => {
          type Pagefind = {
            search(
              term: string | null,
              options: object,
            ): Promise<{
              results: { data(): Promise<{ url: string }> }[];
              filters: Record<string, Record<string, number>>;
            }>;
          };
          const pagefind = (window as unknown as { searches: Record<string, Pagefind> }).searches[
            name
          ]!;
          const response = await pagefind.search(term, { filters });
          const urls = (await Promise.all(response.results.map((result) => result.data())))
            .map((data) => data.url)
            .sort();
          const counts = Object.fromEntries(
            Object.entries(response.filters).map(([filter, values]) => [
              filter,
              Object.fromEntries(Object.entries(values).filter(([, count]) => count > 0)),
            ]),
          );
          return { urls, filters: counts };
        },
        { name, term, filters },
      );
    }

    /** Every filter value of the named index, with its number of stories. */
    function allFilters(name: string): Promise<Record<string, Record<string, number>>> {
      return session.page.evaluate(async (name) => {
        const pagefind = (
          window as unknown as {
            searches: Record<
              string,
              { filters(): Promise<Record<string, Record<string, number>>> }
            >;
          }
        ).searches[name]!;
        return pagefind.filters();
      }, name);
    }

    /** The filter value Pagefind stores for an entity (`<id>|<label>`). */
    async function filterValue(filter: string, id: string): Promise<string> {
      const filters = await allFilters('whole');
      const value = Object.keys(filters[filter] ?? {}).find((key) => key.startsWith(`${id}|`));
      if (!value)
        throw new Error(`No ${filter} filter value for ${id}: ${JSON.stringify(filters[filter])}`);
      return value;
    }

    const inShard = (url: string) => (url.startsWith('/2019/') ? 'before-2020' : 'from-2020');

    beforeAll(async () => {
      await session.page.goto(session.site.url);
      await openSearch('whole', [whole]);
      await openSearch('shards', shards);
    });

    it('indexed each shard in its own process, each with only its own article pages', () => {
      const [before, from] = indexingLogs.map((log) =>
        Number(/Indexed (\d+) pages?/.exec(log)?.[1]),
      );
      expect(before).toBeGreaterThan(0);
      expect(before).toBe(indexablePages((year) => year < 2020));
      expect(from).toBeGreaterThan(0);
      expect(from).toBe(indexablePages((year) => year >= 2020));
      const wholeEntry = JSON.parse(
        readFileSync(path.join(WORK, 'whole/pagefind/pagefind-entry.json'), 'utf8'),
      ) as { languages: Record<string, { page_count: number }> };
      expect(before! + from!).toBe(
        Object.values(wholeEntry.languages).reduce((sum, language) => sum + language.page_count, 0),
      );
      expect(shards.map((bundle) => bundle.languages)).toEqual([['en'], ['en', 'zh']]);
    });

    it('finds the stories of both shards, and exactly those the whole index finds', async () => {
      const joined = await search('shards', 'Trump');
      const single = await search('whole', 'Trump');
      expect(joined.urls.length).toBeGreaterThan(2);
      expect(joined.urls).toEqual(single.urls);
      expect(new Set(joined.urls.map(inShard))).toEqual(new Set(['before-2020', 'from-2020']));
      expect(joined.filters).toEqual(single.filters);
    });

    it('offers every filter value of the archive, with the counts of the whole index', async () => {
      const whole = await allFilters('whole');
      expect(Object.keys(whole.person ?? {}).length).toBeGreaterThan(3);
      expect(await allFilters('shards')).toEqual(whole);
    });

    it('filters across both shards with the counts of the whole index', async () => {
      const trump = await filterValue('person', 'donald-trump');
      const joined = await search('shards', null, { person: trump });
      const single = await search('whole', null, { person: trump });
      expect(joined.urls).toEqual(single.urls);
      expect(new Set(joined.urls.map(inShard))).toEqual(new Set(['before-2020', 'from-2020']));
      expect(joined.filters.person?.[trump]).toBe(joined.urls.length);
      expect(joined.filters).toEqual(single.filters);
    });

    it('narrows a word by a filter that only one shard matches, and by one both match', async () => {
      const year2020 = await filterValue('year', '2020');
      const joinedYear = await search('shards', 'Trump', { year: year2020 });
      expect(joinedYear.urls.length).toBeGreaterThan(0);
      expect(joinedYear.urls.every((url) => url.startsWith('/2020/'))).toBe(true);
      expect(joinedYear).toEqual(await search('whole', 'Trump', { year: year2020 }));

      const china = await filterValue('place', 'china');
      const joinedPlace = await search('shards', 'China', { place: china });
      expect(new Set(joinedPlace.urls.map(inShard))).toEqual(new Set(['before-2020', 'from-2020']));
      expect(joinedPlace).toEqual(await search('whole', 'China', { place: china }));
    });

    it('finds the Chinese story in the shard that holds the language index', async () => {
      const joined = await search('shards', '长沙地铁');
      expect(joined.urls).toEqual(['/2022/05/10/changsha-metro/']);
      expect(joined).toEqual(await search('whole', '长沙地铁'));
    });

    it('raised no script errors', () => {
      expect(session.errors).toEqual([]);
    });
  },
);

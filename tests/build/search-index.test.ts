/**
 * The Pagefind index the build writes: one entry per article and nothing
 * else, each article tagged with its filters, sort key and metadata.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, filesUnder, FIXTURES, type SiteName } from '../helpers/builds';
import { all, attr, elementsFrom, one, only, parseHtml } from '../helpers/html';

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; page_count: number }>;
}

const articleFiles = filesUnder(path.join(FIXTURES, 'archive/articles')).filter((file) =>
  file.endsWith('.md'),
);
const read = (site: SiteName, page: string) => readFileSync(path.join(distDir(site), page), 'utf8');

describe.each(['fixture', 'fixtureUnderNews'] as const)(
  'the search index of the %s site',
  (site) => {
    // One bundle per shard (tests/build/search-index-shards.test.ts), listed in shards.json.
    const { shards } = JSON.parse(read(site, 'pagefind/shards.json')) as {
      shards: { id: string }[];
    };
    const entries = shards.map(
      (shard) =>
        JSON.parse(read(site, `pagefind/${shard.id}/pagefind-entry.json`)) as PagefindEntry,
    );

    it('holds exactly one page per article, in one index per language', () => {
      const pages = (language?: string) =>
        entries
          .flatMap((entry) => Object.entries(entry.languages))
          .filter(([lang]) => language === undefined || lang === language)
          .reduce((sum, [, { page_count }]) => sum + page_count, 0);
      expect(pages()).toBe(articleFiles.length);
      expect([...new Set(entries.flatMap((entry) => Object.keys(entry.languages)))].sort()).toEqual(
        ['en', 'zh'],
      );
      expect(pages('zh')).toBe(1);
      for (const shard of shards)
        expect(existsSync(path.join(distDir(site), `pagefind/${shard.id}/pagefind.js`))).toBe(true);
    });

    it('indexes article pages only: listing pages carry no indexable body', () => {
      const html = filesUnder(distDir(site)).filter((file) => file.endsWith('.html'));
      const withBody = html.filter((file) =>
        one('[data-pagefind-body]', parseHtml(read(site, file))),
      );
      expect(withBody).toHaveLength(articleFiles.length);
      expect(withBody.every((file) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file))).toBe(
        true,
      );
    });
  },
);

describe('what the seed article tells the index', () => {
  const html = parseHtml(
    read('fixture', '2023/03/22/li-qiang-hunan-advanced-manufacturing/index.html'),
  );
  const filters = all('[data-pagefind-filter][data-value]', html).flatMap((element) => {
    const facet = /^([\w-]+)\[data-value\]$/.exec(attr(element, 'data-pagefind-filter')!)?.[1];
    return facet ? [`${facet}=${attr(element, 'data-value')}`] : [];
  });

  it('has its people, places, organizations, year, source and topics as id|name filters', () => {
    expect(filters).toEqual(
      expect.arrayContaining([
        'person=li-qiang|Li Qiang',
        'place=changsha|Changsha',
        'place=hunan|Hunan',
        'organization=state-council|State Council',
        'year=2023|2023',
        'source=xinhua-news-agency|Xinhua News Agency',
        'topic=economy-and-business|Economy and business',
      ]),
    );
  });

  it('has its month as a filter of its own, for date ranges that start or end inside a year', () => {
    expect(filters.filter((filter) => filter.startsWith('month='))).toEqual(['month=2023-03']);
  });

  it('sorts by date and shows date, dateline and summary with a result', () => {
    const sorted = only('[data-pagefind-sort]', html);
    expect([
      attr(sorted, 'data-pagefind-sort'),
      attr(sorted, 'data-pagefind-meta'),
      attr(sorted, 'data-date'),
      attr(sorted, 'data-dateline'),
    ]).toEqual([
      'date[data-date]',
      'date[data-date], dateline[data-dateline], summary[data-summary]',
      '2023-03-22',
      'Changsha',
    ]);
    expect(attr(sorted, 'data-summary')).toMatch(/^Premier Li Qiang/);
  });

  it('leaves navigation, entity boxes and the reading-time line out of the indexed text', () => {
    // The first element of each kind from the indexed body on.
    const fromBody = elementsFrom(only('[data-pagefind-body]', html), html);
    for (const className of ['entity-box', 'meta', 'attribution']) {
      const element = fromBody.find((candidate) => attr(candidate, 'class') === className);
      expect(element && 'data-pagefind-ignore' in element.attribs, className).toBe(true);
    }
    const header = only('header.site-header', html);
    expect('data-pagefind-ignore' in header.attribs).toBe(true);
  });
});

/**
 * The search index in shards (src/integrations/search/): one Pagefind bundle
 * per year of the fixture build, listed in `pagefind/shards.json`; a shard
 * whose pages did not change is restored from the cache byte for byte, not
 * indexed again; a year cut into runs of months indexes exactly its pages.
 * The later checks run the build's search stage alone over a copy of the
 * fixture's article pages.
 */
import type { AstroIntegrationLogger } from 'astro';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/search/index';
import { isShardList, type ShardList } from '../../src/lib/search/index-shards';
import { articlePagesOf, distDir, fileHashes, ROOT } from '../helpers/builds';

const WORK = path.join(ROOT, '.cache/builds/search-index-shards');

function readList(site: string): ShardList {
  const list: unknown = JSON.parse(readFileSync(path.join(site, 'pagefind/shards.json'), 'utf8'));
  if (!isShardList(list)) throw new Error(`not a shard list: ${JSON.stringify(list)}`);
  return list;
}

/** Hash of every file under a folder, by relative path. */
function recordingLogger(): { logger: AstroIntegrationLogger; lines: string[] } {
  const lines: string[] = [];
  const record = (level: string) => (text: string) => lines.push(`${level}: ${text}`);
  const logger = { info: record('info'), warn: record('warn'), error: record('error') };
  return { logger: logger as unknown as AstroIntegrationLogger, lines };
}

describe('the search index shards of the fixture build', () => {
  const dist = distDir('fixture');
  const articles = articlePagesOf(dist);
  const years = [...new Set(articles.map((page) => page.slice(0, 4)))].sort().reverse();

  it('are one per year of the archive, newest first, together holding every article once', () => {
    const { shards } = readList(dist);
    expect(years.length).toBeGreaterThanOrEqual(2);
    expect(shards.map((shard) => shard.id)).toEqual(years);
    for (const shard of shards) {
      expect([shard.from, shard.to]).toEqual([`${shard.id}-01`, `${shard.id}-12`]);
      expect(shard.pages).toBe(articles.filter((page) => page.startsWith(`${shard.id}/`)).length);
    }
    expect(shards.reduce((sum, shard) => sum + shard.pages, 0)).toBe(articles.length);
    // The Chinese story's year has a `zh` index beside the `en` one; the other years only `en`.
    expect(shards.find((shard) => shard.id === '2022')!.languages).toEqual({ en: 1, zh: 1 });
    expect(shards.filter((shard) => 'zh' in shard.languages)).toHaveLength(1);
  });

  it('leave out of their fingerprint only regions outside the indexed body that carry no filter, meta or sort', () => {
    let marked = 0;
    for (const file of articles) {
      const html = readFileSync(path.join(dist, file), 'utf8');
      const body = /<article\b[^>]*data-pagefind-body[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
      expect(body, file).not.toContain('data-lists-other-stories');
      for (const [region] of html.matchAll(
        /<(aside|nav)\b[^>]*data-lists-other-stories[\s\S]*?<\/\1>/g,
      )) {
        marked++;
        expect(region, file).not.toMatch(/data-pagefind-(filter|meta|sort|body)/);
      }
    }
    expect(marked).toBeGreaterThanOrEqual(articles.length);
  });

  it('each have a bundle of their own, with its page counts, and nothing else is in pagefind/', () => {
    const { shards } = readList(dist);
    expect(readdirSync(path.join(dist, 'pagefind')).sort()).toEqual(
      [...shards.map((shard) => shard.id), 'shards.json'].sort(),
    );
    for (const shard of shards) {
      const entry = JSON.parse(
        readFileSync(path.join(dist, 'pagefind', shard.id, 'pagefind-entry.json'), 'utf8'),
      ) as { languages: Record<string, { page_count: number }> };
      expect(
        Object.fromEntries(
          Object.entries(entry.languages).map(([language, { page_count }]) => [
            language,
            page_count,
          ]),
        ),
      ).toEqual(shard.languages);
      expect(readdirSync(path.join(dist, 'pagefind', shard.id))).toContain('pagefind.js');
    }
  });
});

describe('the search stage run again over the same pages, then over one changed page', () => {
  const SITE = path.join(WORK, 'site');
  const CACHE = path.join(WORK, 'cache');
  const CHANGED = '2023/03/22/li-qiang-hunan-advanced-manufacturing/index.html';
  const runs: { lines: string[]; files: Map<string, string> }[] = [];
  let relatedChanged = '';

  async function run(cacheDir = CACHE): Promise<void> {
    const { logger, lines } = recordingLogger();
    await buildSearchIndex(SITE, logger, { cacheDir });
    runs.push({ lines, files: fileHashes(path.join(SITE, 'pagefind')) });
  }

  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(SITE, { recursive: true });
    for (const year of readdirSync(distDir('fixture')).filter((name) => /^\d{4}$/.test(name)))
      cpSync(path.join(distDir('fixture'), year), path.join(SITE, year), { recursive: true });
    await run();
    await run();
    const page = path.join(SITE, CHANGED);
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replaceAll(
        'Premier Li Qiang',
        'Premier Li Qiang, a zorblatt fan,',
      ),
    );
    await run();
    // A story added elsewhere changes another page's related stories only: a region Pagefind never reads.
    relatedChanged =
      articlePagesOf(SITE).find(
        (file) =>
          file.startsWith('2019/') &&
          readFileSync(path.join(SITE, file), 'utf8').includes('<aside class="related-stories"'),
      ) ?? '';
    const related = path.join(SITE, relatedChanged);
    writeFileSync(
      related,
      readFileSync(related, 'utf8').replace(
        /(<aside class="related-stories"[^>]*>[\s\S]*?<a [^>]*>)[^<]*/,
        '$1A zorblatt story added today',
      ),
    );
    await run();
    // The same pages indexed from nothing, to compare with what the cache gave back.
    await run(path.join(WORK, 'empty-cache'));
  }, 300_000);
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  /** The shards a run's log says were indexed (`read`) or `reused`. */
  const shardLines = (lines: string[], verb: 'read' | 'reused') =>
    lines.flatMap((line) => {
      const match = /Search index: shard (\S+): (\w+)/.exec(line);
      return match && match[2] === verb ? [match[1]!] : [];
    });

  it('indexes every shard in a Pagefind run of its own the first time', () => {
    const read = runs[0]!.lines.filter((line) => / read \d+ HTML files/.test(line));
    expect(read).toHaveLength(4);
    expect(shardLines(runs[0]!.lines, 'reused')).toEqual([]);
    expect(shardLines(runs[0]!.lines, 'read').sort()).toEqual(['2019', '2020', '2022', '2023']);
    expect(runs[0]!.lines.filter((line) => line.startsWith('warn'))).toEqual([]);
  });

  it('reuses every shard the second time, byte for byte', () => {
    expect(runs[1]!.lines.filter((line) => / read \d+ HTML files/.test(line))).toEqual([]);
    expect(shardLines(runs[1]!.lines, 'reused').sort()).toEqual(['2019', '2020', '2022', '2023']);
    expect([...runs[1]!.files]).toEqual([...runs[0]!.files]);
  });

  it('indexes only the changed page’s shard again; the others are the same bytes, not re-indexed', () => {
    const third = runs[2]!;
    expect(shardLines(third.lines, 'read')).toEqual(['2023']);
    expect(shardLines(third.lines, 'reused').sort()).toEqual(['2019', '2020', '2022']);
    const inShard = (id: string, files: Map<string, string>) =>
      [...files].filter(([file]) => file.startsWith(`${id}/`));
    for (const id of ['2019', '2020', '2022'])
      expect(inShard(id, third.files), id).toEqual(inShard(id, runs[0]!.files));
    expect(inShard('2023', third.files)).not.toEqual(inShard('2023', runs[0]!.files));
    expect(third.files.get('shards.json')).toBe(runs[0]!.files.get('shards.json'));
  });

  it('reuses a shard whose pages changed only in the regions Pagefind never reads, and that index is what indexing them gives', () => {
    expect(relatedChanged).not.toBe('');
    expect(readFileSync(path.join(SITE, relatedChanged), 'utf8')).toContain(
      'A zorblatt story added today',
    );
    const [reusedRun, freshRun] = [runs[3]!, runs[4]!];
    expect(shardLines(reusedRun.lines, 'read')).toEqual([]);
    expect(shardLines(freshRun.lines, 'read').sort()).toEqual(['2019', '2020', '2022', '2023']);
    expect([...reusedRun.files]).toEqual([...freshRun.files]);
  });

  it('cuts a year over the limit into runs of months, each indexing exactly its pages', async () => {
    const { logger, lines } = recordingLogger();
    await buildSearchIndex(SITE, logger, { cacheDir: CACHE, maxPagesPerShard: 6 });
    expect(lines.filter((line) => line.startsWith('warn'))).toEqual([]);
    const { shards } = readList(SITE);
    const of2019 = shards.filter((shard) => shard.id.startsWith('2019'));
    expect(of2019.length).toBeGreaterThan(1);
    expect(of2019.every((shard) => /^2019-\d{2}$/.test(shard.id))).toBe(true);
    const pages2019 = articlePagesOf(SITE).filter((file) => file.startsWith('2019/'));
    expect(of2019.reduce((sum, shard) => sum + shard.pages, 0)).toBe(pages2019.length);
    // Newest first, months never overlapping.
    for (let i = 1; i < of2019.length; i++) expect(of2019[i]!.to < of2019[i - 1]!.from).toBe(true);
    expect(readdirSync(path.join(SITE, 'pagefind')).sort()).toEqual(
      [...shards.map((shard) => shard.id), 'shards.json'].sort(),
    );
  });
});

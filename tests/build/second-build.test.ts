/**
 * The search index is kept in Astro's cache folder between builds: a build
 * whose article pages are unchanged reuses the last build's Pagefind bundle,
 * and any change to an article page indexes anew.
 *
 * Three fixture builds go into one output folder and share one cache folder:
 * the first indexes and caches, the second (same content) reuses, the third
 * (one article's text changed, one article removed, stray files left in the
 * folder) indexes again and must leave exactly what a fourth build of the same
 * archive into an empty folder leaves (src/integrations/output-in-place.ts).
 * The fingerprint and the cache itself are tested on small folders, without
 * builds, in tests/unit/integrations/search/index-cache.test.ts.
 */
import type { AstroIntegrationLogger } from 'astro';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGES, buildSearchIndex } from '../../src/integrations/search/index';
import { fingerprintSearchInput } from '../../src/integrations/search/fingerprint';
import { CACHE_FOLDER } from '../../src/integrations/search/index-cache';
import {
  distDir,
  fileHashes,
  FIXTURES,
  ROOT,
  runAstroBuild,
  writeFileWithFolders,
} from '../helpers/builds';
import { one, parseHtml } from '../helpers/html';
import { redirectRules } from '../../scripts/link-check/check-site';

const WORK = path.join(ROOT, '.cache/builds/second-build');
const OPTIONS = { glob: ARTICLE_PAGES, config: {} };

/** A logger that keeps what it is told. */
function recordingLogger(): { logger: AstroIntegrationLogger; lines: string[] } {
  const lines: string[] = [];
  const record = (level: string) => (text: string) => lines.push(`${level}: ${text}`);
  const logger = {
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    debug: record('debug'),
  };
  return { logger: logger as unknown as AstroIntegrationLogger, lines };
}

/** The text of every gzipped file in a folder (`index/`, `fragment/`) of every shard's bundle under `pagefind/`. */
function unzipped(indexDir: string, folder: string): string {
  return readdirSync(indexDir)
    .filter((shard) => shard !== 'shards.json')
    .flatMap((shard) =>
      readdirSync(path.join(indexDir, shard, folder)).map((file) =>
        gunzipSync(readFileSync(path.join(indexDir, shard, folder, file))).toString('utf8'),
      ),
    )
    .join('\n');
}

/** Pages indexed in a build, from `pagefind/shards.json`. */
function pagesIndexed(outDir: string): number {
  const { shards } = JSON.parse(
    readFileSync(path.join(outDir, 'pagefind/shards.json'), 'utf8'),
  ) as { shards: { pages: number }[] };
  return shards.reduce((sum, shard) => sum + shard.pages, 0);
}

/** The shards a build's log says were indexed (`read`) or `reused`. */
function shardsThat(output: string, verb: 'read' | 'reused'): string[] {
  return [...output.matchAll(/Search index: shard (\S+): (\w+)/g)]
    .filter((match) => match[2] === verb)
    .map((match) => match[1]!)
    .sort();
}

mkdirSync(WORK, { recursive: true });

describe('the search input fingerprint of the fixture build', () => {
  it('lists as many pages as Pagefind indexed in the fixture build', async () => {
    const indexed = pagesIndexed(distDir('fixture'));
    // Redirect pages at old article paths match the glob too; Pagefind reads them and indexes nothing.
    const redirects = redirectRules(
      readFileSync(path.join(distDir('fixture'), '_redirects'), 'utf8'),
    ).filter((rule) => /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/.test(rule.from)).length;
    expect((await fingerprintSearchInput(distDir('fixture'), OPTIONS)).pageCount).toBe(
      indexed + redirects,
    );
  });
});

describe('the cached bundle in a build', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(WORK, 'store-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('only costs time when it cannot be read or written: the build indexes and succeeds', async () => {
    const site = path.join(dir, 'site');
    for (const page of [
      '2023/03/22/li-qiang-hunan-advanced-manufacturing',
      '2023/03/13/new-premier-meets-the-press',
    ]) {
      cpSync(
        path.join(distDir('fixture'), page, 'index.html'),
        path.join(site, page, 'index.html'),
      );
    }
    // A file where the cache folder should be: reading and writing it both fail.
    const cacheDir = path.join(dir, 'not-a-folder');
    writeFileSync(cacheDir, '');
    const { logger, lines } = recordingLogger();
    expect(await buildSearchIndex(site, logger, { cacheDir })).toBe(2);
    expect(lines.filter((line) => line.startsWith('warn'))).toEqual([
      expect.stringContaining('could not use the cached index'),
      expect.stringContaining('could not cache the index'),
    ]);
    expect(lines).toContainEqual(
      expect.stringMatching(/^info: Search index: shard 2023: read 2 HTML files/),
    );
    expect(existsSync(path.join(site, 'pagefind/2023/pagefind-entry.json'))).toBe(true);
  });
});

describe('builds into the same folder, with the caches kept', () => {
  const ARCHIVE = path.join(WORK, 'archive');
  const CACHE = path.join(WORK, 'astro-cache');
  const OUT = path.join(WORK, 'dist');
  const CLEAN = path.join(WORK, 'dist-clean');
  const CHANGED = path.join(
    ARCHIVE,
    'articles/2023/03/22-li-qiang-hunan-advanced-manufacturing.md',
  );
  const CHANGED_PAGE = '2023/03/22/li-qiang-hunan-advanced-manufacturing/index.html';
  const REMOVED = path.join(
    ARCHIVE,
    'articles/2019/02/23-zebra-stripes-may-dazzle-pathogen-packing-horse.md',
  );
  const REMOVED_PAGE = '2019/02/23/zebra-stripes-may-dazzle-pathogen-packing-horse/index.html';
  // A made-up word the English stemmer leaves as it is: the index holds stems.
  const NEW_WORD = 'zorblatt';
  const outputs: string[] = [];
  const snapshots: Map<string, string>[] = [];
  const indexedPages: number[] = [];
  /** The first build's index and fragment text, before the new word was written. */
  const firstIndexText: Record<string, string> = {};

  function build(outDir: string): string {
    const result = runAstroBuild({
      archiveDir: ARCHIVE,
      basePath: '/',
      siteUrl: 'https://archive.example',
      outDir,
      cacheDir: CACHE,
    });
    if (result.status !== 0) throw new Error(`build into ${outDir} failed:\n${result.output}`);
    indexedPages.push(pagesIndexed(outDir));
    return result.output;
  }

  beforeAll(() => {
    for (const name of ['archive', 'astro-cache', 'dist', 'dist-clean'])
      rmSync(path.join(WORK, name), { recursive: true, force: true });
    cpSync(path.join(FIXTURES, 'archive'), ARCHIVE, { recursive: true });
    // 1: cold. 2: nothing changed.
    for (let n = 0; n < 2; n++) {
      outputs.push(build(OUT));
      snapshots.push(fileHashes(OUT));
    }
    for (const folder of ['index', 'fragment'])
      firstIndexText[folder] = unzipped(path.join(OUT, 'pagefind'), folder);
    // 3: one article's text changed, one article removed, and files no build writes
    // left in the folder; then the same archive built into an empty folder.
    const article = readFileSync(CHANGED, 'utf8');
    expect(article).toContain('Premier Li Qiang');
    writeFileSync(
      CHANGED,
      article.replace('Premier Li Qiang', `Premier Li Qiang, a keen ${NEW_WORD} watcher,`),
    );
    expect(one('h1', parseHtml(readFileSync(path.join(OUT, REMOVED_PAGE), 'utf8')))).toBeDefined();
    rmSync(REMOVED);
    writeFileWithFolders(path.join(OUT, '_astro/stale.css'), 'body{}');
    writeFileWithFolders(path.join(OUT, 'old-section/index.html'), '<p>old</p>');
    writeFileWithFolders(path.join(OUT, '.git/HEAD'), 'ref: refs/heads/main\n');
    outputs.push(build(OUT));
    snapshots.push(fileHashes(OUT));
    outputs.push(build(CLEAN));
  }, 600_000);
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it('indexes and caches on the first build', () => {
    expect(shardsThat(outputs[0]!, 'read')).toEqual(['2019', '2020', '2022', '2023']);
    expect(shardsThat(outputs[0]!, 'reused')).toEqual([]);
    for (const shard of ['2019', '2020', '2022', '2023'])
      expect(existsSync(path.join(CACHE, CACHE_FOLDER, shard, 'index.pack'))).toBe(true);
  });

  it('reuses that index on the second, byte for byte, and writes the same site over the first', () => {
    expect(outputs[1]).toMatch(
      /Search index: shard 2019: reused the last build's index of \d+ pages/,
    );
    expect(shardsThat(outputs[1]!, 'reused')).toEqual(['2019', '2020', '2022', '2023']);
    expect(shardsThat(outputs[1]!, 'read')).toEqual([]);
    // Only the sitemap's two files and _redirects, which their integrations write again after the removal.
    expect(outputs[1]).toMatch(/Removed 3 files and 0 folders of earlier builds/);
    const pagefind = (snapshot: Map<string, string>) =>
      [...snapshot].filter(([file]) => file.startsWith('pagefind/'));
    expect(pagefind(snapshots[0]!).length).toBeGreaterThan(10);
    expect(pagefind(snapshots[1]!)).toEqual(pagefind(snapshots[0]!));
    // The same site: the same files, each with the same bytes.
    expect([...snapshots[1]!.keys()]).toEqual([...snapshots[0]!.keys()]);
    const differing = [...snapshots[0]!]
      .filter(([file, hash]) => snapshots[1]!.get(file) !== hash)
      .map(([file]) => file);
    expect(differing).toEqual([]);
  });

  it('indexes anew when one article changed, and finds its new word', () => {
    // The shards of the changed (2023) and the removed (2019) article are indexed again; a
    // shard whose pages did not change (no link to either story either) is reused as it was.
    const read = shardsThat(outputs[2]!, 'read');
    const reused = shardsThat(outputs[2]!, 'reused');
    expect(read).toEqual(expect.arrayContaining(['2019', '2023']));
    expect([...read, ...reused].sort()).toEqual(['2019', '2020', '2022', '2023']);
    const inShard = (snapshot: Map<string, string>, shard: string) =>
      [...snapshot].filter(([file]) => file.startsWith(`pagefind/${shard}/`));
    for (const shard of reused)
      expect(inShard(snapshots[2]!, shard), shard).toEqual(inShard(snapshots[0]!, shard));
    expect(readFileSync(path.join(OUT, CHANGED_PAGE), 'utf8')).toContain(NEW_WORD);

    // Every article but the removed one: Pagefind never saw the previous build's copy of it.
    expect(indexedPages[2]).toBe(indexedPages[0]! - 1);
    for (const folder of ['index', 'fragment']) {
      expect(firstIndexText[folder], folder).not.toContain(NEW_WORD);
      expect(unzipped(path.join(OUT, 'pagefind'), folder), folder).toContain(NEW_WORD);
    }
  });

  it('leaves exactly what a build into an empty folder leaves: stale pages, assets and index files are gone', () => {
    expect(existsSync(path.join(OUT, REMOVED_PAGE))).toBe(false);
    expect(existsSync(path.join(OUT, path.dirname(REMOVED_PAGE)))).toBe(false);
    expect(existsSync(path.join(OUT, '_astro/stale.css'))).toBe(false);
    expect(existsSync(path.join(OUT, 'old-section'))).toBe(false);
    // Kept, as Astro keeps it when it empties the folder.
    expect(readFileSync(path.join(OUT, '.git/HEAD'), 'utf8')).toContain('refs/heads/main');
    expect(outputs[2]).toMatch(/Removed [1-9]\d* files and [1-9]\d* folders of earlier builds/);

    const inPlace = new Map([...snapshots[2]!].filter(([file]) => !file.startsWith('.git/')));
    const clean = fileHashes(CLEAN);
    expect([...inPlace.keys()].sort()).toEqual([...clean.keys()].sort());
    const differing = [...clean]
      .filter(([file, hash]) => inPlace.get(file) !== hash)
      .map(([file]) => file);
    expect(differing).toEqual([]);
    expect(existsSync(path.join(OUT, '.news-archive-build-started'))).toBe(false);
  });
});

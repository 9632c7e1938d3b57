/**
 * The search index is kept in Astro's cache folder between builds: a build
 * whose article pages are unchanged reuses the last build's Pagefind bundle,
 * and any change to an article page indexes anew.
 *
 * Three fixture builds share one cache folder: the first indexes and caches,
 * the second (same content, another outDir) reuses, the third (one article's
 * text changed) indexes again. The fingerprint and the cache itself are
 * tested on small folders first, without builds.
 */
import type { AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGES, buildSearchIndex } from '../../src/integrations/search';
import { CACHE_FOLDER, fingerprintFiles, fingerprintSearchInput, listGlobFiles, restoreIndex, storeIndex } from '../../src/integrations/search/index-cache';
import { distDir, filesUnder, FIXTURES, ROOT, runAstroBuild } from '../helpers/builds';

const WORK = path.join(ROOT, '.cache/builds/second-build');
const OPTIONS = { glob: ARTICLE_PAGES, config: {} };

function hashes(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]));
}

function write(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** A logger that keeps what it is told. */
function recordingLogger(): { logger: AstroIntegrationLogger; lines: string[] } {
  const lines: string[] = [];
  const record = (level: string) => (text: string) => lines.push(`${level}: ${text}`);
  const logger = { info: record('info'), warn: record('warn'), error: record('error'), debug: record('debug') };
  return { logger: logger as unknown as AstroIntegrationLogger, lines };
}

/** The text of every gzipped file in a Pagefind bundle folder (`index/`, `fragment/`). */
function unzipped(bundle: string, folder: string): string {
  return readdirSync(path.join(bundle, folder))
    .map((file) => gunzipSync(readFileSync(path.join(bundle, folder, file))).toString('utf8'))
    .join('\n');
}

mkdirSync(WORK, { recursive: true });

describe('the search input fingerprint', () => {
  let site: string;

  beforeAll(() => {
    site = mkdtempSync(path.join(WORK, 'fingerprint-'));
    write(path.join(site, '2020/01/02/a/index.html'), '<p>a</p>');
    write(path.join(site, '2020/01/02/b/index.html'), '<p>b</p>');
    write(path.join(site, '2021/12/31/.dot/index.html'), '<p>dot</p>');
    // Not article pages: wrong depth, not digits, not index.html, a folder named like a page.
    write(path.join(site, '2020/01/02/index.html'), 'listing');
    write(path.join(site, '2020/01/02/a/b/index.html'), 'nested');
    write(path.join(site, '2020/1/02/x/index.html'), 'short month');
    write(path.join(site, 'tags/01/02/x/index.html'), 'not a year');
    write(path.join(site, '2020/01/02/c/page.html'), 'other name');
    mkdirSync(path.join(site, '2020/01/02/d/index.html'), { recursive: true });
    // Like Pagefind's walker: links to folders are not followed, links to files count.
    symlinkSync(path.join(site, '2020/01/02/a'), path.join(site, '2020/01/02/linked-folder'));
    mkdirSync(path.join(site, '2020/01/02/e'));
    symlinkSync(path.join(site, '2020/01/02/a/index.html'), path.join(site, '2020/01/02/e/index.html'));
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('lists exactly the files Pagefind reads for ARTICLE_PAGES', async () => {
    expect(await listGlobFiles(site, ARTICLE_PAGES)).toEqual(['2020/01/02/a/index.html', '2020/01/02/b/index.html', '2020/01/02/e/index.html', '2021/12/31/.dot/index.html']);
  });

  it('lists as many pages as Pagefind indexed in the fixture build', async () => {
    const entry = JSON.parse(readFileSync(path.join(distDir('fixture'), 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect((await fingerprintSearchInput(distDir('fixture'), OPTIONS)).pageCount).toBe(indexed);
  });

  it('refuses glob syntax it does not handle like Pagefind, instead of guessing', async () => {
    for (const glob of ['**/*.html', '{2020,2021}/*/index.html', '[!0-9]/index.html']) {
      await expect(listGlobFiles(site, glob), glob).rejects.toThrow(/Unsupported glob/);
    }
  });

  it('is stable, and changes with any page text, a page added, removed or moved, and the options', async () => {
    const fingerprint = async (options = OPTIONS) => (await fingerprintSearchInput(site, options)).fingerprint;
    const first = await fingerprint();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprint()).toBe(first);

    const seen = new Set([first]);
    const expectNew = async (what: string, options = OPTIONS) => {
      const next = await fingerprint(options);
      expect(seen.has(next), what).toBe(false);
      seen.add(next);
    };
    await expectNew('other options', { ...OPTIONS, config: { rootSelector: 'main' } });
    writeFileSync(path.join(site, '2020/01/02/b/index.html'), '<p>B</p>');
    await expectNew('a page changed');
    write(path.join(site, '2020/01/03/c/index.html'), '<p>c</p>');
    await expectNew('a page added');
    rmSync(path.join(site, '2021/12/31/.dot'), { recursive: true });
    await expectNew('a page removed');
    cpSync(path.join(site, '2020/01/02/b'), path.join(site, '2020/01/02/bb'), { recursive: true });
    rmSync(path.join(site, '2020/01/02/b'), { recursive: true });
    await expectNew('a page moved');
    // Pages outside the glob are not Pagefind's input.
    const unchanged = await fingerprint();
    writeFileSync(path.join(site, '2020/01/02/index.html'), 'another listing');
    expect(await fingerprint()).toBe(unchanged);
  });

  it('frames each file: moving bytes from one page to the next is a change', async () => {
    const dir = mkdtempSync(path.join(WORK, 'frames-'));
    try {
      write(path.join(dir, 'a'), 'ab');
      write(path.join(dir, 'b'), 'c');
      const before = await fingerprintFiles(dir, ['a', 'b'], {});
      write(path.join(dir, 'a'), 'a');
      write(path.join(dir, 'b'), 'bc');
      expect(await fingerprintFiles(dir, ['a', 'b'], {})).not.toBe(before);
      await expect(fingerprintFiles(dir, ['a', 'missing', 'b'], {})).rejects.toThrow(/ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the cached bundle', () => {
  let dir: string;
  const input = { fingerprint: 'f'.repeat(64), pageCount: 2 };

  beforeAll(() => {
    dir = mkdtempSync(path.join(WORK, 'store-'));
    write(path.join(dir, 'bundle/pagefind-entry.json'), '{}');
    write(path.join(dir, 'bundle/fragment/en_1.pf_fragment'), 'one');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is restored only for the same fingerprint, whole, and the previous one is removed when replaced', async () => {
    const cacheRoot = path.join(dir, 'cache', CACHE_FOLDER);
    expect(await restoreIndex(cacheRoot, input.fingerprint, path.join(dir, 'out-0'))).toBeUndefined();
    await storeIndex(cacheRoot, input, path.join(dir, 'bundle'));
    expect(await restoreIndex(cacheRoot, 'e'.repeat(64), path.join(dir, 'out-1'))).toBeUndefined();
    expect(existsSync(path.join(dir, 'out-1'))).toBe(false);
    expect(await restoreIndex(cacheRoot, input.fingerprint, path.join(dir, 'out-2'))).toEqual({ pageCount: 2 });
    expect(hashes(path.join(dir, 'out-2'))).toEqual(hashes(path.join(dir, 'bundle')));

    const first = readdirSync(cacheRoot).filter((name) => name.startsWith('bundle-'));
    await storeIndex(cacheRoot, { ...input, fingerprint: 'e'.repeat(64) }, path.join(dir, 'bundle'));
    const second = readdirSync(cacheRoot).filter((name) => name.startsWith('bundle-'));
    expect(second).toHaveLength(1);
    expect(second).not.toEqual(first);
    expect(readdirSync(cacheRoot).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('is never reused from a damaged manifest or bundle: a miss or an error, not a partial index', async () => {
    const cacheRoot = path.join(dir, 'damaged', CACHE_FOLDER);
    await storeIndex(cacheRoot, input, path.join(dir, 'bundle'));
    const manifest = path.join(cacheRoot, 'manifest.json');
    const text = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, text.slice(0, 20));
    await expect(restoreIndex(cacheRoot, input.fingerprint, path.join(dir, 'out-3'))).rejects.toThrow();
    writeFileSync(manifest, JSON.stringify({ ...JSON.parse(text), bundle: '../../bundle' }));
    expect(await restoreIndex(cacheRoot, input.fingerprint, path.join(dir, 'out-3'))).toBeUndefined();
    writeFileSync(manifest, text);
    const [bundle] = readdirSync(cacheRoot).filter((name) => name.startsWith('bundle-'));
    rmSync(path.join(cacheRoot, bundle!, 'fragment'), { recursive: true });
    await expect(restoreIndex(cacheRoot, input.fingerprint, path.join(dir, 'out-3'))).rejects.toThrow(/copied 1 of 3 /);
  });

  it('only costs time when it cannot be read or written: the build indexes and succeeds', async () => {
    const site = path.join(dir, 'site');
    for (const page of ['2023/03/22/li-qiang-hunan-advanced-manufacturing', '2023/03/13/new-premier-meets-the-press']) {
      cpSync(path.join(distDir('fixture'), page, 'index.html'), path.join(site, page, 'index.html'));
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
    expect(lines).toContainEqual(expect.stringMatching(/^info: Search index: read 2 HTML files/));
    expect(existsSync(path.join(site, 'pagefind/pagefind-entry.json'))).toBe(true);
  });
});

describe('a second build with no content change', () => {
  const ARCHIVE = path.join(WORK, 'archive');
  const CACHE = path.join(WORK, 'astro-cache');
  const CHANGED = path.join(ARCHIVE, 'articles/2023/03/22-li-qiang-hunan-advanced-manufacturing.md');
  const CHANGED_PAGE = '2023/03/22/li-qiang-hunan-advanced-manufacturing/index.html';
  // A made-up word the English stemmer leaves as it is: the index holds stems.
  const NEW_WORD = 'zorblatt';
  const outputs: string[] = [];
  const dist = (n: number) => path.join(WORK, `dist-${n}`);

  function build(n: number): string {
    const result = runAstroBuild({ archiveDir: ARCHIVE, basePath: '/', siteUrl: 'https://archive.example', outDir: dist(n), cacheDir: CACHE });
    if (result.status !== 0) throw new Error(`build ${n} failed:\n${result.output}`);
    return result.output;
  }

  beforeAll(() => {
    for (const name of ['archive', 'astro-cache', 'dist-1', 'dist-2', 'dist-3']) rmSync(path.join(WORK, name), { recursive: true, force: true });
    cpSync(path.join(FIXTURES, 'archive'), ARCHIVE, { recursive: true });
    outputs.push(build(1), build(2));
    const article = readFileSync(CHANGED, 'utf8');
    expect(article).toContain('Premier Li Qiang');
    writeFileSync(CHANGED, article.replace('Premier Li Qiang', `Premier Li Qiang, a keen ${NEW_WORD} watcher,`));
    outputs.push(build(3));
  }, 600_000);
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it('indexes and caches on the first build', () => {
    expect(outputs[0]).toMatch(/Search index: read \d+ HTML files/);
    expect(outputs[0]).toMatch(/Search index: cached for the next build/);
    expect(outputs[0]).not.toContain('Search index: reused');
    expect(existsSync(path.join(CACHE, CACHE_FOLDER, 'manifest.json'))).toBe(true);
  });

  it('reuses that index on the second, byte for byte', () => {
    expect(outputs[1]).toMatch(/Search index: reused the last build's index of \d+ pages/);
    expect(outputs[1]).not.toMatch(/Search index: read \d+ HTML files/);
    const first = hashes(path.join(dist(1), 'pagefind'));
    expect(first.size).toBeGreaterThan(10);
    expect(hashes(path.join(dist(2), 'pagefind'))).toEqual(first);
  });

  it('indexes anew when one article changed, and finds its new word', () => {
    expect(outputs[2]).not.toContain('Search index: reused');
    expect(outputs[2]).toMatch(/Search index: read \d+ HTML files/);
    expect(readFileSync(path.join(dist(3), CHANGED_PAGE), 'utf8')).toContain(NEW_WORD);

    const entry = (n: number) => JSON.parse(readFileSync(path.join(dist(n), 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry(3).languages).map((language) => language.page_count)).toEqual(Object.values(entry(1).languages).map((language) => language.page_count));
    expect(hashes(path.join(dist(3), 'pagefind'))).not.toEqual(hashes(path.join(dist(1), 'pagefind')));

    for (const folder of ['index', 'fragment']) {
      expect(unzipped(path.join(dist(1), 'pagefind'), folder), folder).not.toContain(NEW_WORD);
      expect(unzipped(path.join(dist(3), 'pagefind'), folder), folder).toContain(NEW_WORD);
    }
  });
});

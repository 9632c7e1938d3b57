/**
 * The search index cache without a build: which files make Pagefind's input,
 * the fingerprint over them, and the cached bundle's pack (stored, restored,
 * refused when damaged). Small folders stand in for a site; the builds that
 * reuse the cache are in tests/build/second-build.test.ts.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PAGES } from '../../../../src/integrations/search/index';
import {
  fingerprintFiles,
  fingerprintSearchInput,
} from '../../../../src/integrations/search/fingerprint';
import {
  CACHE_FOLDER,
  restoreIndex,
  storeIndex,
} from '../../../../src/integrations/search/index-cache';
import { listGlobFiles } from '../../../../src/integrations/search/pagefind-glob';
import { fileHashes, writeFileWithFolders } from '../../../helpers/builds';

const OPTIONS = { glob: ARTICLE_PAGES, config: {} };
let WORK: string;

beforeAll(() => {
  WORK = mkdtempSync(path.join(tmpdir(), 'index-cache-'));
});
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('the search input fingerprint', () => {
  let site: string;

  beforeAll(() => {
    site = mkdtempSync(path.join(WORK, 'fingerprint-'));
    writeFileWithFolders(path.join(site, '2020/01/02/a/index.html'), '<p>a</p>');
    writeFileWithFolders(path.join(site, '2020/01/02/b/index.html'), '<p>b</p>');
    writeFileWithFolders(path.join(site, '2021/12/31/.dot/index.html'), '<p>dot</p>');
    // Not article pages: wrong depth, not digits, not index.html, a folder named like a page.
    writeFileWithFolders(path.join(site, '2020/01/02/index.html'), 'listing');
    writeFileWithFolders(path.join(site, '2020/01/02/a/b/index.html'), 'nested');
    writeFileWithFolders(path.join(site, '2020/1/02/x/index.html'), 'short month');
    writeFileWithFolders(path.join(site, 'tags/01/02/x/index.html'), 'not a year');
    writeFileWithFolders(path.join(site, '2020/01/02/c/page.html'), 'other name');
    mkdirSync(path.join(site, '2020/01/02/d/index.html'), { recursive: true });
    // Like Pagefind's walker: links to folders are not followed, links to files count.
    symlinkSync(path.join(site, '2020/01/02/a'), path.join(site, '2020/01/02/linked-folder'));
    mkdirSync(path.join(site, '2020/01/02/e'));
    symlinkSync(
      path.join(site, '2020/01/02/a/index.html'),
      path.join(site, '2020/01/02/e/index.html'),
    );
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('lists exactly the files Pagefind reads for ARTICLE_PAGES', async () => {
    expect(await listGlobFiles(site, ARTICLE_PAGES)).toEqual([
      '2020/01/02/a/index.html',
      '2020/01/02/b/index.html',
      '2020/01/02/e/index.html',
      '2021/12/31/.dot/index.html',
    ]);
  });

  it('refuses glob syntax it does not handle like Pagefind, instead of guessing', async () => {
    for (const glob of ['**/*.html', '{2020,2021}/*/index.html', '[!0-9]/index.html']) {
      await expect(listGlobFiles(site, glob), glob).rejects.toThrow(/Unsupported glob/);
    }
  });

  it('is stable, and changes with any page text, a page added, removed or moved, and the options', async () => {
    const fingerprint = async (options = OPTIONS) =>
      (await fingerprintSearchInput(site, options)).fingerprint;
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
    writeFileWithFolders(path.join(site, '2020/01/03/c/index.html'), '<p>c</p>');
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
      writeFileWithFolders(path.join(dir, 'a'), 'ab');
      writeFileWithFolders(path.join(dir, 'b'), 'c');
      const before = await fingerprintFiles(dir, ['a', 'b'], {});
      writeFileWithFolders(path.join(dir, 'a'), 'a');
      writeFileWithFolders(path.join(dir, 'b'), 'bc');
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
    writeFileWithFolders(path.join(dir, 'bundle/pagefind-entry.json'), '{}');
    writeFileWithFolders(path.join(dir, 'bundle/fragment/en_1.pf_fragment'), 'one');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is restored only for the same fingerprint, whole, and replaced as one file', async () => {
    const cacheRoot = path.join(dir, 'cache', CACHE_FOLDER);
    expect(
      await restoreIndex(cacheRoot, input.fingerprint, path.join(dir, 'out-0')),
    ).toBeUndefined();
    await storeIndex(cacheRoot, input, path.join(dir, 'bundle'));
    expect(await restoreIndex(cacheRoot, 'e'.repeat(64), path.join(dir, 'out-1'))).toBeUndefined();
    expect(existsSync(path.join(dir, 'out-1'))).toBe(false);
    // Over an earlier bundle: what this one does not hold goes.
    writeFileWithFolders(path.join(dir, 'out-2/fragment/en_old.pf_fragment'), 'old');
    writeFileWithFolders(path.join(dir, 'out-2/old-folder/index/en_old.pf_index'), 'old');
    writeFileWithFolders(path.join(dir, 'out-2/pagefind-entry.json'), '{"old":true}');
    expect(await restoreIndex(cacheRoot, input.fingerprint, path.join(dir, 'out-2'))).toEqual({
      pageCount: 2,
    });
    expect(fileHashes(path.join(dir, 'out-2'))).toEqual(fileHashes(path.join(dir, 'bundle')));
    expect(existsSync(path.join(dir, 'out-2/old-folder'))).toBe(false);

    await storeIndex(
      cacheRoot,
      { ...input, fingerprint: 'e'.repeat(64) },
      path.join(dir, 'bundle'),
    );
    // The pack, and the record of what the output folder holds.
    expect(readdirSync(cacheRoot)).toEqual(['index.pack', 'output.json']);
    expect(
      await restoreIndex(cacheRoot, input.fingerprint, path.join(dir, 'out-3')),
    ).toBeUndefined();
    expect(await restoreIndex(cacheRoot, 'e'.repeat(64), path.join(dir, 'out-3'))).toEqual({
      pageCount: 2,
    });
  });

  it('is not written again into a folder that holds it as it was left, and is when that folder changed', async () => {
    const cacheRoot = path.join(dir, 'again', CACHE_FOLDER);
    const out = path.join(dir, 'out-again');
    await storeIndex(cacheRoot, input, path.join(dir, 'bundle'));
    await restoreIndex(cacheRoot, input.fingerprint, out);
    const entry = path.join(out, 'pagefind-entry.json');
    const written = statSync(entry, { bigint: true }).mtimeNs;
    expect(await restoreIndex(cacheRoot, input.fingerprint, out)).toEqual({ pageCount: 2 });
    expect(statSync(entry, { bigint: true }).mtimeNs).toBe(written);
    // A file changed, or one more: the bundle is written again, and what it does not hold goes.
    writeFileSync(entry, '{"changed":true}');
    writeFileWithFolders(path.join(out, 'fragment/en_extra.pf_fragment'), 'extra');
    expect(await restoreIndex(cacheRoot, input.fingerprint, out)).toEqual({ pageCount: 2 });
    expect(fileHashes(out)).toEqual(fileHashes(path.join(dir, 'bundle')));
    // The folder Pagefind wrote the bundle into holds it too.
    const bundleEntry = path.join(dir, 'bundle/pagefind-entry.json');
    const bundleWritten = statSync(bundleEntry, { bigint: true }).mtimeNs;
    await storeIndex(cacheRoot, input, path.join(dir, 'bundle'));
    await restoreIndex(cacheRoot, input.fingerprint, path.join(dir, 'bundle'));
    expect(statSync(bundleEntry, { bigint: true }).mtimeNs).toBe(bundleWritten);
  });

  it('is never reused from a damaged pack: a miss or an error, not a partial index', async () => {
    const cacheRoot = path.join(dir, 'damaged', CACHE_FOLDER);
    await storeIndex(cacheRoot, input, path.join(dir, 'bundle'));
    const pack = path.join(cacheRoot, 'index.pack');
    const bytes = readFileSync(pack);
    const newline = bytes.indexOf(0x0a);
    const header = JSON.parse(bytes.subarray(0, newline).toString('utf8'));
    // Cut short, or one byte too many: the lengths in the header no longer add up.
    writeFileSync(pack, bytes.subarray(0, bytes.length - 1));
    await expect(
      restoreIndex(cacheRoot, input.fingerprint, path.join(dir, 'out-4')),
    ).rejects.toThrow(/holds \d+ bytes where its header lists/);
    writeFileSync(pack, Buffer.concat([bytes, Buffer.from('x')]));
    await expect(
      restoreIndex(cacheRoot, input.fingerprint, path.join(dir, 'out-4')),
    ).rejects.toThrow(/holds \d+ bytes/);
    // A header cut in the middle, or one naming a path outside the bundle.
    writeFileSync(pack, bytes.subarray(0, 20));
    await expect(
      restoreIndex(cacheRoot, input.fingerprint, path.join(dir, 'out-4')),
    ).rejects.toThrow();
    const escaping = { ...header, files: [['../../escaped', 3], ...header.files.slice(1)] };
    writeFileSync(
      pack,
      Buffer.concat([Buffer.from(`${JSON.stringify(escaping)}\n`), bytes.subarray(newline + 1)]),
    );
    expect(
      await restoreIndex(cacheRoot, input.fingerprint, path.join(dir, 'out-4')),
    ).toBeUndefined();
    expect(existsSync(path.join(dir, 'escaped'))).toBe(false);
  });
});

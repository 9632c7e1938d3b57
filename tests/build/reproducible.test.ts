/**
 * Building the same content twice gives a byte-identical site, search index
 * included: a deploy changes only the files whose content changed, hosts and
 * CDNs keep their caches, and a reviewer can rebuild what was published.
 *
 * The fixture is built a second time into another folder, with a cache of its
 * own (so nothing is reused from the first build), and compared file by file.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir, fileHashes, ROOT, runAstroBuild, SITE_BUILDS } from '../helpers/builds';

const SECOND = path.join(ROOT, '.cache/builds/fixture-rebuilt');

describe('reproducible builds', () => {
  afterAll(() => rmSync(SECOND, { recursive: true, force: true }));

  it('writes a byte-identical dist/ when the same content is built again', () => {
    rmSync(SECOND, { recursive: true, force: true });
    mkdirSync(SECOND, { recursive: true });
    const result = runAstroBuild({
      ...SITE_BUILDS.fixture,
      outDir: path.join(SECOND, 'dist'),
      cacheDir: path.join(SECOND, 'astro-cache'),
    });
    expect(result.status, result.output).toBe(0);

    const first = fileHashes(distDir('fixture'));
    const second = fileHashes(path.join(SECOND, 'dist'));
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect(
      [...first.keys()].some((file) => file.startsWith('pagefind/')),
      'the search index is part of the comparison',
    ).toBe(true);
    const differing = [...first]
      .filter(([file, hash]) => second.get(file) !== hash)
      .map(([file]) => file);
    expect(differing).toEqual([]);
  });
});

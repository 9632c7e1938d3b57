import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { FIXTURES, ROOT, runAstroBuild } from '../helpers/builds';

it('fails the build on a malformed article, naming the file and the field', () => {
  mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
  const work = mkdtempSync(path.join(ROOT, '.cache/malformed-'));
  try {
    const result = runAstroBuild({
      archiveDir: path.join(FIXTURES, 'malformed'),
      basePath: '/',
      siteUrl: 'https://archive.example',
      outDir: path.join(work, 'dist'),
      cacheDir: path.join(work, 'cache'),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('2023/02/30-impossible-date');
    expect(result.output).toMatch(/date/);
    expect(result.output).toContain('must be a real calendar date');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

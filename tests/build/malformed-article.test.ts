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
    // Colours off: the field must be the name at the start of Astro's issue line, as in
    //   articles → 2023/02/30-impossible-date data does not match collection schema.
    //     date: must be a real calendar date written YYYY-MM-DD
    // (the file name also holds "date", so a bare match on the word would prove nothing).
    const output = result.output.replace(/\u001b\[[0-9;]*m/g, '');
    expect(output).toContain('articles → 2023/02/30-impossible-date data does not match collection schema');
    expect(output).toMatch(/^\s*date: must be a real calendar date written YYYY-MM-DD$/m);
    expect(output).toContain('tests/fixtures/malformed/articles/2023/02/30-impossible-date.md');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

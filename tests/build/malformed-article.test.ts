/**
 * A malformed article stops the build, and the error names the file and the
 * field. Each case is one file of tests/fixtures/malformed/, built alone (a
 * build stops at its first bad entry).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';
import { FIXTURES, ROOT, runAstroBuild } from '../helpers/builds';

const MALFORMED = path.join(FIXTURES, 'malformed/articles');

it.each([
  [
    'a quoted impossible date',
    '2023/02/30-impossible-date',
    'date',
    'must be a real calendar date',
  ],
  [
    'an unquoted impossible date (never moved to another day)',
    '2023/02/29-unquoted-impossible-date',
    'date',
    'must be a real calendar date',
  ],
  [
    'a javascript: source URL',
    '2023/03/01-javascript-url',
    'url',
    'must be an http:, https: or mailto: URL',
  ],
  [
    'a data: caption image',
    '2023/03/02-data-caption-image',
    'captions.0.image',
    'must be an http:, https: or mailto: URL',
  ],
])('fails the build on %s, naming the file and the field', (_case, entry, field, message) => {
  mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
  const work = mkdtempSync(path.join(ROOT, '.cache/malformed-'));
  try {
    const archive = path.join(work, 'archive');
    mkdirSync(path.join(archive, 'articles', path.dirname(entry)), { recursive: true });
    cpSync(path.join(MALFORMED, `${entry}.md`), path.join(archive, 'articles', `${entry}.md`));
    const result = runAstroBuild({
      archiveDir: archive,
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
    const output = stripVTControlCharacters(result.output);
    expect(output).toContain(`articles → ${entry} data does not match collection schema`);
    expect(output).toMatch(new RegExp(`^\\s*${field.replace(/\./g, '\\.')}: ${message}`, 'm'));
    // Nothing of the bad value reached a page: the build stopped before writing any.
    expect(output).not.toMatch(/\d+ page\(s\) built/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

/**
 * A sample of the broken files the importer accepts (tests/helpers/broken-inputs.ts:
 * byte-order marks, CRLF, 2,000-character titles, right-to-left overrides,
 * YAML-breaking titles, one slug twice on one day, path-like names, emoji and
 * Chinese titles), imported and then built: the build succeeds and every
 * story has its page, its title shown exactly as written.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BROKEN_INPUTS } from '../helpers/broken-inputs';
import { filesUnder, ROOT, runAstroBuild, type BuildResult } from '../helpers/builds';
import { all, parseHtml, text } from '../helpers/html';

vi.mock('astro:content', () => ({ defineCollection: <T>(config: T) => config }));
const { runImport } = await import('../../src/import/run-import');
const { literalFrontmatter } = await import('../../src/loaders/literal-dates');

/** The sample: every hand-made case that imports stories, except the 5 MB ones (refused anyway). */
const SAMPLE = BROKEN_INPUTS.filter(
  (input) => input.imports && Buffer.byteLength(input.content) < 100_000,
);

/** The text of a page's `<h1>`, character references decoded. */
function headline(html: string): string {
  return all('h1', parseHtml(html)).map(text).join('');
}

describe('a sample of broken files, imported and built', () => {
  let work: string;
  let archive: string;
  let dist: string;
  let build: BuildResult;
  let imported: number;

  beforeAll(async () => {
    mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
    work = mkdtempSync(path.join(ROOT, '.cache/broken-files-'));
    archive = path.join(work, 'archive');
    dist = path.join(work, 'dist');
    const inputs = path.join(work, 'inputs');
    mkdirSync(inputs);
    for (const input of SAMPLE) writeFileSync(path.join(inputs, input.file), input.content);
    const summary = await runImport({ inputs: [inputs], archiveDir: archive });
    imported = summary.imported;
    build = runAstroBuild({
      archiveDir: archive,
      basePath: '/',
      siteUrl: 'https://archive.example',
      outDir: dist,
      cacheDir: path.join(work, 'cache'),
    });
  }, 600_000);

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('builds', () => {
    expect(imported).toBe(
      SAMPLE.reduce((sum, input) => sum + Object.keys(input.imports!).length, 0),
    );
    expect(build.status, build.output).toBe(0);
  });

  it('gives every story its page, with its title exactly as written', () => {
    const articles = filesUnder(path.join(archive, 'articles'));
    expect(articles).toHaveLength(imported);
    for (const file of articles) {
      const frontmatter = literalFrontmatter(
        readFileSync(path.join(archive, 'articles', file), 'utf8'),
      )!;
      const [year, month, name] = file.split('/') as [string, string, string];
      const page = path.join(
        dist,
        year,
        month,
        name.slice(0, 2),
        name.slice(3).replace(/\.md$/, ''),
        'index.html',
      );
      const html = readFileSync(page, 'utf8');
      expect(headline(html), file).toBe(frontmatter['title']);
    }
  });
});

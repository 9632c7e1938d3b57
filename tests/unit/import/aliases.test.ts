/**
 * Permanent links in the importer: when a re-import gives a story another
 * date or slug, its old path is kept as an alias (and a path it moves back to
 * stops being one).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';

// The importer validates with src/content.config.ts, which imports Astro's virtual module.
vi.mock('astro:content', () => ({ defineCollection: <T>(config: T) => config }));

const { runImport } = await import('../../../src/import/run-import');
const { keepOldPath } = await import('../../../src/import/writer');

const record = (date: string) =>
  JSON.stringify({
    id: 'enwikinews-1',
    date,
    title: 'Council approves new bridge over the river',
    body: 'The city council approved a new bridge on Monday after a long debate.\n\nWork starts next year, and the old bridge stays open to traffic until the new one is finished.',
    source: 'Example News',
  });

function frontmatterOf(file: string): Record<string, unknown> {
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'))![1]!) as Record<
    string,
    unknown
  >;
}

describe('old paths of re-imported stories', () => {
  it('keeps the old path as an alias when a re-import changes the date, and drops it when the date goes back', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'import-aliases-'));
    const archiveDir = path.join(work, 'archive');
    const input = path.join(work, 'stories.jsonl');
    const importDated = async (date: string) => {
      writeFileSync(input, `${record(date)}\n`);
      const summary = await runImport({ inputs: [input], archiveDir, updateRegistry: false });
      expect(summary.problems).toEqual([]);
      return summary;
    };

    await importDated('2019-03-02');
    const files = readdirSync(path.join(archiveDir, 'articles'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.md'));
    expect(files).toHaveLength(1);
    const file = path.join(archiveDir, 'articles', files[0]!);
    const slug = path.basename(file, '.md').replace(/^\d\d-/, '');
    expect(frontmatterOf(file)['aliases']).toBeUndefined();

    expect((await importDated('2019-03-04')).updated).toBe(1);
    expect(frontmatterOf(file)).toMatchObject({
      date: '2019-03-04',
      aliases: [`/2019/03/02/${slug}/`],
    });

    // The same input again changes nothing: the alias is not added twice.
    expect((await importDated('2019-03-04')).unchanged).toBe(1);

    await importDated('2019-03-02');
    expect(frontmatterOf(file)).toMatchObject({
      date: '2019-03-02',
      aliases: [`/2019/03/04/${slug}/`],
    });
    // Four imports, each loading the gazetteer and dictionaries: seconds each on a busy machine.
  }, 180_000);

  it('records a changed slug field, keeps aliases already there, and leaves an unmoved story alone', () => {
    const file = '/archive/articles/2019/03/02-old-slug.md';
    const moved = keepOldPath(
      file,
      { date: '2019-03-02', slug: 'new-slug', aliases: ['/stories/42/'] },
      { date: '2019-03-02' },
    );
    expect(moved['aliases']).toEqual(['/stories/42/', '/2019/03/02/old-slug/']);
    const unmoved = { date: '2019-03-02', title: 'A story' };
    expect(keepOldPath(file, unmoved, { date: '2019-03-02', title: 'An older title' })).toBe(
      unmoved,
    );
  });
});

/**
 * The importer fed the broken files real archives hold: hand-made cases
 * (tests/helpers/broken-inputs.ts), then generated ones (fast-check, fixed
 * seed, bounded runs and time). Nothing may crash, lose or overwrite a story,
 * or write outside the archive; every refused input is named with its reason.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BROKEN_INPUTS, YAML_BREAKING_TITLES } from '../../helpers/broken-inputs';

// The importer validates with the site's schema, which imports Astro's virtual module.
vi.mock('astro:content', () => ({ defineCollection: <T>(config: T) => config }));
const { runImport } = await import('../../../src/import/run-import');
const { literalFrontmatter } = await import('../../../src/loaders/literal-dates');
const { contentHash } = await import('../../../src/import/hash');

/** The source id the importer gives a JSON-lines record (src/import/formats/json-lines.ts). */
const sourceIdOf = (fields: { id: string; body: string }) =>
  fields.id.trim() || `sha-${contentHash(fields.body.trim()).slice(0, 16)}`;

type Summary = Awaited<ReturnType<typeof runImport>>;

interface WrittenArticle {
  file: string;
  frontmatter: Record<string, unknown>;
}

function filesUnder(folder: string): string[] {
  if (!existsDir(folder)) return [];
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => statSync(path.join(folder, file)).isFile())
    .sort();
}

/** Every article of an archive by source id (an id written twice would be a lost story). */
function articlesBySourceId(archive: string): Map<string, WrittenArticle> {
  const articles = new Map<string, WrittenArticle>();
  const folder = path.join(archive, 'articles');
  for (const file of filesUnder(folder)) {
    const frontmatter = literalFrontmatter(readFileSync(path.join(folder, file), 'utf8')) ?? {};
    const sourceId = String(frontmatter['sourceId']);
    if (articles.has(sourceId))
      throw new Error(
        `source id ${sourceId} written twice: ${articles.get(sourceId)!.file} and ${file}`,
      );
    articles.set(sourceId, { file, frontmatter });
  }
  return articles;
}

/** Problems reported for one input file: `[line, reason]`, line undefined for whole-file problems. */
function problemsOf(summary: Summary, displayName: string): [number | undefined, string][] {
  return summary.problems
    .filter((line) => line.startsWith(`${displayName}:`))
    .map((line) => {
      const match = /^:(\d+)?:? ?(.*)$/s.exec(line.slice(displayName.length))!;
      return [match[1] === undefined ? undefined : Number(match[1]), match[2]!];
    });
}

/** What the archive may hold: articles at YYYY/MM/DD-<slug>.md, names a file system takes, and the registry. */
function expectOnlyArchiveFiles(archive: string): void {
  for (const file of filesUnder(archive)) {
    if (['people.yaml', 'places.yaml', 'organizations.yaml'].includes(file)) continue;
    expect(file).toMatch(
      /^articles\/\d{4}\/\d{2}\/\d{2}-[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*\.md$/u,
    );
    expect(Buffer.byteLength(path.basename(file))).toBeLessThanOrEqual(255);
  }
}

let casesRun = 0;

describe('the importer on hand-made broken files', () => {
  let work: string;
  let inputs: string;
  let archive: string;
  let summary: Summary;
  let articles: Map<string, WrittenArticle>;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'broken-files-'));
    inputs = path.join(work, 'inputs');
    archive = path.join(work, 'archive');
    mkdirSync(inputs);
    for (const input of BROKEN_INPUTS) writeFileSync(path.join(inputs, input.file), input.content);
    writeFileSync(path.join(work, 'bystander.txt'), 'not the archive');
    summary = await runImport({ inputs: [inputs], archiveDir: archive });
    articles = articlesBySourceId(archive);
  }, 300_000);

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it.each(BROKEN_INPUTS.map((input) => [input.name, input] as const))(
    '%s: imported as written or refused with its reason',
    (_name, input) => {
      casesRun += 1;
      for (const [sourceId, title] of Object.entries(input.imports ?? {})) {
        const article = articles.get(sourceId);
        expect(
          article,
          `${input.file}: ${sourceId} was not imported; problems: ${summary.problems.join(' | ')}`,
        ).toBeDefined();
        if (title) expect(article!.frontmatter['title']).toBe(title);
      }
      const reasons = problemsOf(summary, path.join(inputs, input.file)).map(
        ([, reason]) => reason,
      );
      expect(reasons).toHaveLength(input.refuses?.length ?? 0);
      input.refuses?.forEach((pattern, index) => expect(reasons[index]).toMatch(pattern));
    },
  );

  it('loses no story: every record is an article or a named problem', () => {
    const offered = BROKEN_INPUTS.reduce(
      (sum, input) => sum + Object.keys(input.imports ?? {}).length + (input.refuses?.length ?? 0),
      0,
    );
    expect(summary.imported + summary.problems.length).toBe(offered);
    expect(articles.size).toBe(summary.imported);
  });

  it('writes only inside the archive, at the paths the archive uses', () => {
    expectOnlyArchiveFiles(archive);
    expect(
      filesUnder(work).filter(
        (file) => !file.startsWith('archive/') && !file.startsWith('inputs/'),
      ),
    ).toEqual(['bystander.txt']);
    expect(filesUnder(inputs)).toHaveLength(BROKEN_INPUTS.length);
  });

  it('keeps two stories with one slug on one day in two files', () => {
    expect([articles.get('same-1')!.file, articles.get('same-2')!.file].sort()).toEqual([
      '2023/03/09-flood-closes-bridge-2.md',
      '2023/03/09-flood-closes-bridge.md',
    ]);
    expect([articles.get('emoji-1')!.file, articles.get('emoji-2')!.file].sort()).toEqual([
      '2023/03/11-article-2.md',
      '2023/03/11-article.md',
    ]);
    expect(articles.get('chinese')!.file).toBe('2023/03/11-李强考察湖南先进制造业.md');
  });

  it('overwrites nothing when the same files are imported again', async () => {
    const before = filesUnder(archive).map((file) =>
      readFileSync(path.join(archive, file), 'utf8'),
    );
    const again = await runImport({ inputs: [inputs], archiveDir: archive });
    expect(again.imported).toBe(0);
    expect(again.updated).toBe(0);
    expect(again.unchanged).toBe(summary.imported);
    expect(
      filesUnder(archive).map((file) => readFileSync(path.join(archive, file), 'utf8')),
    ).toEqual(before);
  }, 120_000);
});

/** Generated records: titles from the characters and phrases that break files, dates good and bad. */
const nastyText = fc.oneof(
  fc.constantFrom(
    ...YAML_BREAKING_TITLES,
    '../../x',
    '🔥🔥',
    '李强',
    '\u202Eabc\u202C',
    ' padded ',
  ),
  fc.string({
    unit: fc.constantFrom(
      'a',
      'Z',
      ' ',
      '-',
      ':',
      '#',
      '"',
      "'",
      '.',
      '/',
      '\\',
      '\n',
      '\r',
      '\t',
      '🔥',
      '李',
      '\u202E',
      '\uFEFF',
      '\u0000',
      '\u001b',
      '&',
      '<',
      '>',
    ),
    maxLength: 30,
  }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const dateText = fc.oneof(
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom(
    '2023-02-29',
    '2023-02-30',
    '2023-13-01',
    '2023-3-1',
    '',
    '../2023-01-01',
    '2024-02-29',
  ),
);
const record = fc.record({
  id: fc.oneof(fc.constantFrom('a', 'b', '../../a', ''), fc.string({ maxLength: 8 })),
  date: dateText,
  title: nastyText,
  body: fc.oneof(fc.lorem({ maxCount: 12 }), nastyText),
});

describe('the importer on generated broken records', () => {
  it('never crashes, loses, duplicates or misplaces a story, and names every refusal', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'broken-records-'));
    let runs = 0;
    let records = 0;
    try {
      await fc.assert(
        // Many records a run: each run pays the importer's start (its name lists) once.
        fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 25 }), async (batch) => {
          runs += 1;
          records += batch.length;
          const folder = path.join(work, `run-${runs}`);
          const archive = path.join(folder, 'archive');
          const input = path.join(folder, 'records.jsonl');
          mkdirSync(folder, { recursive: true });
          writeFileSync(input, batch.map((fields) => JSON.stringify(fields)).join('\n'));
          const summary = await runImport({
            inputs: [input],
            archiveDir: archive,
            updateRegistry: false,
          });
          const articles = articlesBySourceId(archive);
          const problems = problemsOf(summary, input);
          // One outcome per line: written, or refused with a named reason on that line.
          expect(articles.size + problems.length).toBe(batch.length);
          for (const [line, reason] of problems) {
            expect(line).toBeGreaterThanOrEqual(1);
            expect(reason.trim()).not.toBe('');
          }
          for (const article of articles.values()) {
            // A record with the id (the first valid one is kept), its date and title as written.
            const sources = batch.filter(
              (fields) => sourceIdOf(fields) === article.frontmatter['sourceId'],
            );
            const kept = sources.find(
              (fields) =>
                fields.date === article.frontmatter['date'] &&
                (!fields.title.trim() || fields.title.trim() === article.frontmatter['title']),
            );
            expect(
              kept,
              `${article.file} matches none of ${JSON.stringify(sources)}`,
            ).toBeDefined();
          }
          expectOnlyArchiveFiles(archive);
          expect(filesUnder(folder).filter((file) => !file.startsWith('archive/'))).toEqual([
            'records.jsonl',
          ]);
          rmSync(folder, { recursive: true, force: true });
        }),
        { seed: 15, numRuns: 12, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: false },
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    casesRun += runs;
    console.log(
      `broken files: ${BROKEN_INPUTS.length} hand-made inputs, ${runs} generated runs with ${records} records (seed 15); ${casesRun} cases in all`,
    );
    expect(runs).toBeGreaterThanOrEqual(4);
  }, 300_000);
});

function existsDir(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

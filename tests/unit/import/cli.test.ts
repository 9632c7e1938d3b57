/**
 * End to end: the importer CLI on a temporary archive with good and bad inputs.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

async function importer(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [path.join(ROOT, 'src/import/cli.ts'), ...args], {
      cwd: ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => statSync(path.join(folder, file)).isFile())
    .sort();
}

describe('npm run import', () => {
  let work: string;
  let archive: string;
  let first: Awaited<ReturnType<typeof importer>>;
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
    archive = path.join(work, 'archive');
    cpSync(path.join(ROOT, 'tests/fixtures/entity-eval/registry'), archive, { recursive: true });
    cpSync(FIXTURES, path.join(work, 'inputs'), { recursive: true });
    writeFileSync(path.join(work, 'bystander.txt'), 'not an input');
    first = await importer([
      '--out',
      archive,
      path.join(work, 'inputs/good'),
      path.join(work, 'inputs/bad'),
    ]);
  }, 120_000);

  it('imports the good records, reports each bad one on its own line and exits non-zero', () => {
    expect(first.code).toBe(1);
    const bad = path.join(work, 'inputs/bad');
    // Reasons may explain themselves in brackets ("broken JSON line (Unexpected end…)").
    const lines = first.stderr
      .split('\n')
      .filter((line) => line.startsWith(bad))
      .map((line) => line.replace(/ \(.*\)$/, ''));
    expect(lines.sort()).toEqual(
      [
        `${bad}/empty-body.txt: skipped, not news: empty body`,
        `${bad}/impossible-date.txt: impossible date 2023-02-30`,
        `${bad}/latin1.txt: unreadable encoding`,
        `${bad}/mixed.jsonl:2: broken JSON line`,
        `${bad}/mixed.jsonl:3: no date`,
        `${bad}/mixed.jsonl:4: impossible date 2023-02-30`,
        `${bad}/mixed.jsonl:5: skipped, not news: empty body`,
        `${bad}/no-date.txt: no date`,
      ].sort(),
    );
    expect(first.stdout).toMatch(
      /imported 5, updated 0, unchanged 0, skipped 0, not news 2, failed 6; people \d+, places \d+/,
    );
  });

  it('writes articles where the archive keeps them, with collision-free slugs, and nothing else', () => {
    const files = listFiles(path.join(archive, 'articles'));
    expect(files).toContain('2023/03/22-li-qiang-inspects-advanced-manufacturing-hunan.md');
    // The same story under two source ids: two files, the second with a suffix.
    expect(files).toContain('2004/11/18-israeli-army-kills-three-egyptians-border-incident.md');
    expect(files).toContain('2004/11/18-israeli-army-kills-three-egyptians-border-incident-2.md');
    expect(files.filter((file) => file.includes('.tmp'))).toEqual([]);
    expect(
      listFiles(work).filter((file) => !file.startsWith('archive/') && !file.startsWith('inputs/')),
    ).toEqual(['bystander.txt']);
    const seed = readFileSync(
      path.join(archive, 'articles/2023/03/22-li-qiang-inspects-advanced-manufacturing-hunan.md'),
      'utf8',
    );
    expect(seed).toContain('date: "2023-03-22"');
    expect(seed).toContain('dateline: "Changsha"');
    expect(seed).toContain('sourceId: "seed-000_a146d90ff7dfbf99"');
    const wikinews = readFileSync(
      path.join(archive, 'articles/2020/08/22-russias-navalny-airlifted-germany.md'),
      'utf8',
    );
    expect(wikinews).toContain('licenseUrl: "https://creativecommons.org/licenses/by/2.5/"');
    expect(wikinews).toMatch(/license: ".*Wikinews contributors.*changed/);
  });

  it('changes nothing when the same input is imported again', async () => {
    const before = listFiles(archive).map((file) => readFileSync(path.join(archive, file), 'utf8'));
    const again = await importer(['--out', archive, path.join(work, 'inputs/good')]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /imported 0, updated 0, unchanged 4, skipped 0, not news 0, failed 0/,
    );
    expect(
      listFiles(archive).map((file) => readFileSync(path.join(archive, file), 'utf8')),
    ).toEqual(before);
  }, 60_000);

  it('never overwrites a hand-edited article without --force, and never replaces a hand-edited headline', async () => {
    const file = path.join(
      archive,
      'articles/2023/03/22-li-qiang-inspects-advanced-manufacturing-hunan.md',
    );
    const imported = readFileSync(file, 'utf8');
    const edited = imported
      .replace(/^title: ".*"$/m, 'title: "Premier Li Qiang tours Hunan factories"')
      .replace(/^summary: ".*"$/m, 'summary: "Edited."');
    writeFileSync(file, edited);
    const seedInput = path.join(work, 'inputs/good/000_a146d90ff7dfbf99.txt');
    const kept = await importer(['--out', archive, seedInput]);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toMatch(/edited by hand \(use --force to replace it\)/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    // --force restores what the importer owns (the summary), but the person's headline stays…
    const forced = await importer(['--out', archive, '--force', seedInput]);
    expect(forced.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('title: "Premier Li Qiang tours Hunan factories"');
    expect(after).not.toContain('summary: "Edited."');
    expect(after).toBe(
      imported.replace(/^title: ".*"$/m, 'title: "Premier Li Qiang tours Hunan factories"'),
    );
    // …and the file still counts as edited, so later imports keep the headline too.
    const again = await importer(['--out', archive, '--force', seedInput]);
    expect(again.stdout).toMatch(/unchanged 1/);
    expect(readFileSync(file, 'utf8')).toBe(after);
  }, 180_000);

  it('skips what is not news with a reason line each, and does not count it as an error', async () => {
    const inputs = path.join(work, 'not-news');
    mkdirSync(inputs);
    writeFileSync(
      path.join(inputs, 'test-page.jsonl'),
      `${JSON.stringify({ id: 'enwikinews-title-TEST_PAGE', date: '2021-03-05', title: 'TEST PAGE:Self-publish today', body: 'This is a test page! It should not be reviewed.' })}\n`,
    );
    writeFileSync(
      path.join(inputs, 'redirect.txt'),
      'date 2021-03-05 #REDIRECT [[Lisbon dockworkers end strike]]',
    );
    writeFileSync(
      path.join(inputs, 'stub.txt'),
      'date 2021-03-05 Lisbon, April 2. Dockworkers ended a strike.',
    );
    writeFileSync(
      path.join(inputs, 'captions-only.txt'),
      'date 2021-03-05 Photo by Xinhua News Agency reporter Rao Aimin',
    );
    const result = await importer(['--out', path.join(work, 'not-news-archive'), inputs]);
    expect(result.code).toBe(0);
    const lines = result.stderr
      .split('\n')
      .filter((line) => line.startsWith(inputs))
      .sort();
    expect(lines).toEqual([
      `${inputs}/captions-only.txt: skipped, not news: empty body (no running text)`,
      `${inputs}/redirect.txt: skipped, not news: redirect ("#REDIRECT [[Lisbon dockworkers end strike]]")`,
      `${inputs}/stub.txt: skipped, not news: stub (4 words)`,
      `${inputs}/test-page.jsonl:1: skipped, not news: test page ("TEST PAGE:Self-publish today")`,
    ]);
    expect(result.stdout).toMatch(/imported 0, .*not news 4, failed 0/);
    expect(existsSync(path.join(work, 'not-news-archive/articles'))).toBe(false);
  }, 60_000);

  it('--dry-run shows what it would write and writes nothing', async () => {
    const fresh = path.join(work, 'dry');
    const dry = await importer([
      '--out',
      fresh,
      '--dry-run',
      path.join(work, 'inputs/good/wikinews-two.jsonl'),
    ]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(
      /would write .*wikinews-two\.jsonl:\d → .*22-russias-navalny-airlifted-germany\.md \(new\)/,
    );
    expect(listFiles(work)).not.toContain('dry');
  }, 60_000);

  it("--dry-run shows each raw article's headline, dateline and summary for review", async () => {
    const raw = path.join(work, 'raw.txt');
    writeFileSync(
      raw,
      'date 2024-04-03\n\nLISBON, Apr. 2 (Reuters) — Dockworkers at the port of Lisbon ended a nine-day strike on Tuesday after their union accepted a pay deal. The port reopened.\n\nShips queued off the coast for days while the strike lasted, and supermarket shelves in Madeira emptied.',
    );
    const dry = await importer(['--out', path.join(work, 'dry-raw'), '--dry-run', raw]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      [
        '  headline: Lisbon dockworkers end nine-day strike after union accepts pay deal',
        '  dateline: LISBON, April 2 (Reuters) —',
        '  summary:  Dockworkers at the port of Lisbon ended a nine-day strike on Tuesday after their union accepted a pay deal. The port reopened.',
      ].join('\n'),
    );
    expect(existsSync(path.join(work, 'dry-raw'))).toBe(false);
  }, 60_000);
});

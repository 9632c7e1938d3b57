/**
 * End to end: the importer CLI on a temporary archive with good and bad inputs.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
    const { stdout, stderr } = await run(TSX, [path.join(ROOT, 'src/import/cli.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true }).map(String).filter((file) => statSync(path.join(folder, file)).isFile()).sort();
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
    first = await importer(['--out', archive, path.join(work, 'inputs/good'), path.join(work, 'inputs/bad')]);
  }, 120_000);

  it('imports the good records, reports each bad one on its own line and exits non-zero', () => {
    expect(first.code).toBe(1);
    const bad = path.join(work, 'inputs/bad');
    // Reasons may explain themselves in brackets ("broken JSON line (Unexpected end…)").
    const lines = first.stderr.split('\n').filter((line) => line.startsWith(bad)).map((line) => line.replace(/ \(.*\)$/, ''));
    expect(lines.sort()).toEqual([
      `${bad}/empty-body.txt: empty body`,
      `${bad}/impossible-date.txt: impossible date 2023-02-30`,
      `${bad}/latin1.txt: unreadable encoding`,
      `${bad}/mixed.jsonl:2: broken JSON line`,
      `${bad}/mixed.jsonl:3: no date`,
      `${bad}/mixed.jsonl:4: impossible date 2023-02-30`,
      `${bad}/mixed.jsonl:5: empty body`,
      `${bad}/no-date.txt: no date`,
    ].sort());
    expect(first.stdout).toMatch(/imported 5, updated 0, unchanged 0, skipped 0, failed 8; people \d+, places \d+/);
  });

  it('writes articles where the archive keeps them, with collision-free slugs, and nothing else', () => {
    const files = listFiles(path.join(archive, 'articles'));
    expect(files).toContain('2023/03/22-li-qiang-hunan-advanced-manufacturing.md');
    // The same story under two source ids: two files, the second with a suffix.
    expect(files).toContain('2004/11/18-israeli-army-kills-three-egyptians-border-incident.md');
    expect(files).toContain('2004/11/18-israeli-army-kills-three-egyptians-border-incident-2.md');
    expect(files.filter((file) => file.includes('.tmp'))).toEqual([]);
    expect(listFiles(work).filter((file) => !file.startsWith('archive/') && !file.startsWith('inputs/'))).toEqual(['bystander.txt']);
    const seed = readFileSync(path.join(archive, 'articles/2023/03/22-li-qiang-hunan-advanced-manufacturing.md'), 'utf8');
    expect(seed).toContain('date: "2023-03-22"');
    expect(seed).toContain('dateline: "Changsha"');
    expect(seed).toContain('sourceId: "seed-000_a146d90ff7dfbf99"');
    const wikinews = readFileSync(path.join(archive, 'articles/2020/08/22-russias-navalny-airlifted-germany.md'), 'utf8');
    expect(wikinews).toContain('licenseUrl: "https://creativecommons.org/licenses/by/2.5/"');
    expect(wikinews).toMatch(/license: ".*Wikinews contributors.*changed/);
  });

  it('changes nothing when the same input is imported again', async () => {
    const before = listFiles(archive).map((file) => readFileSync(path.join(archive, file), 'utf8'));
    const again = await importer(['--out', archive, path.join(work, 'inputs/good')]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/imported 0, updated 0, unchanged 4, skipped 0, failed 0/);
    expect(listFiles(archive).map((file) => readFileSync(path.join(archive, file), 'utf8'))).toEqual(before);
  }, 60_000);

  it('never overwrites a hand-edited article without --force', async () => {
    const file = path.join(archive, 'articles/2023/03/22-li-qiang-hunan-advanced-manufacturing.md');
    const edited = readFileSync(file, 'utf8').replace('Li Qiang inspects', 'Premier Li Qiang inspects');
    writeFileSync(file, edited);
    const seedInput = path.join(work, 'inputs/good/000_a146d90ff7dfbf99.txt');
    const kept = await importer(['--out', archive, seedInput]);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toMatch(/edited by hand \(use --force to replace it\)/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const forced = await importer(['--out', archive, '--force', seedInput]);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe(edited);
  }, 60_000);

  it('--dry-run shows what it would write and writes nothing', async () => {
    const fresh = path.join(work, 'dry');
    const dry = await importer(['--out', fresh, '--dry-run', path.join(work, 'inputs/good/wikinews-two.jsonl')]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/would write .*22-russias-navalny-airlifted-germany\.md \(new\)/);
    expect(listFiles(work)).not.toContain('dry');
  }, 60_000);
});

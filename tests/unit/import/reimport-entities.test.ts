import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The importer as its CLI: its schema check needs Node's loader hook for astro:content. */
const importInto = (archive: string, input: string) =>
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'src/import/cli.ts'), '--out', archive, input],
    { cwd: ROOT, encoding: 'utf8' },
  );

const work = mkdtempSync(path.join(tmpdir(), 'reimport-entities-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const record = (body: string) =>
  `${JSON.stringify({ id: 'story-1', date: '2020-05-04', title: 'Council votes to rebuild the bridge', body })}\n`;
const LONG =
  ' The council met on Tuesday and voted to rebuild the old bridge over the river before the spring floods arrive next year.';

it('a re-import of an untouched article replaces its people, even with none', () => {
  const input = path.join(work, 'stories.jsonl');
  const archive = path.join(work, 'archive');
  writeFileSync(input, record(`"We will rebuild it," said Jane Doe, the mayor.${LONG}`));
  importInto(archive, input);
  const folder = path.join(archive, 'articles/2020/05');
  const file = path.join(folder, readdirSync(folder)[0]!);
  expect(readFileSync(file, 'utf8')).toContain('  - "Jane Doe"');

  writeFileSync(input, record(`"We will rebuild it," the mayor said.${LONG}`));
  expect(importInto(archive, input)).toContain('updated 1');
  expect(readFileSync(file, 'utf8')).not.toContain('Jane Doe');
}, 120_000);

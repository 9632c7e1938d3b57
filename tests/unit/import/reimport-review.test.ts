/**
 * An editor's review survives a re-import: after a kind change, a merge across two
 * gazetteer ids and a rename to a new id, importing the same stories again (and again
 * with --force) adds none of the old entries back and writes the reviewed entries
 * into the articles, which stay the importer's to rewrite.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import {
  applyPlan,
  planKindChange,
  planMerge,
  planRename,
} from '../../../src/import/review/commands';
import { isUntouched } from '../../../src/import/writer';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const INPUT = path.join(ROOT, 'tests/fixtures/import/good/wikinews-two.jsonl');
const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'reimport-review-'));
const archive = path.join(work, 'archive');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The importer as its CLI (its schema check needs Node's loader hook for astro:content). */
const importAgain = (...flags: string[]) =>
  run(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'src/import/cli.ts'), '--out', archive, ...flags, INPUT],
    { cwd: ROOT },
  ).catch((error: { code: number }) => error);

const registryFiles = () =>
  Object.fromEntries(
    ['people', 'places', 'organizations'].map((kind) => [
      kind,
      readFileSync(path.join(archive, `${kind}.yaml`), 'utf8'),
    ]),
  );

function articleText(fragment: string): string {
  const folder = path.join(archive, 'articles');
  const file = readdirSync(folder, { recursive: true })
    .map(String)
    .find((name) => name.includes(fragment));
  return readFileSync(path.join(folder, file!), 'utf8');
}

function frontmatterOf(fragment: string): string {
  return articleText(fragment).split('\n---\n')[0]!;
}

it('keeps merges, renames and kind changes through a re-import, with or without --force', async () => {
  await importAgain();
  expect(registryFiles().people).toContain('- id: mark-regev\n');
  expect(frontmatterOf('navalny')).toContain('  - "Tomsk"\n');

  await applyPlan(planKindChange(archive, 'people', 'mark-regev', 'organizations'));
  await applyPlan(
    planKindChange(archive, 'organizations', 'cinema-for-peace-foundation', 'people'),
  );
  await applyPlan(planMerge(archive, 'places', 'tomsk', 'omsk'));
  // Two entries of one name, the gazetteer's and one the editor wrote: the merge leaves no alias to follow.
  appendFileSync(
    path.join(archive, 'places.yaml'),
    '- id: gaza-city\n  name: Gaza\n  aliases: []\n  kind: city\n  latitude: 31.5\n  longitude: 34.47\n',
  );
  await applyPlan(planMerge(archive, 'places', 'gaza-ps', 'gaza-city'));
  await applyPlan(
    planRename(archive, 'people', 'vladimir-putin', 'Vladimir V. Putin', 'vladimir-v-putin'),
  );
  const reviewed = registryFiles();
  expect(reviewed.organizations).toContain('  replaces:\n    - people/mark-regev\n');
  expect(reviewed.places).toContain('  replaces:\n    - places/tomsk\n');
  expect(reviewed.places).toContain('  replaces:\n    - places/gaza-ps\n');
  expect(reviewed.people).toContain(
    '  replaces:\n    - organizations/cinema-for-peace-foundation\n',
  );
  expect(reviewed.people).toContain('  replaces:\n    - people/vladimir-putin\n');

  // The reviewed articles stay the importer's (a later rule still reaches them), and a
  // re-import writes into them what the editor decided; the registry gains nothing back.
  expect(isUntouched(articleText('navalny'))).toBe(true);
  const navalny = frontmatterOf('navalny');
  await importAgain();
  expect(registryFiles()).toEqual(reviewed);
  expect(frontmatterOf('navalny')).toBe(navalny);

  // Rewritten from the stories, with --force too, the articles name what the editor decided.
  await importAgain('--force');
  expect(registryFiles()).toEqual(reviewed);
  const rewritten = frontmatterOf('navalny');
  expect(rewritten).toContain('  - "Vladimir V. Putin"\n');
  expect(rewritten).not.toContain('"Vladimir Putin"');
  expect(rewritten).toContain('  - "Omsk"\n');
  expect(rewritten).not.toContain('Tomsk');
  const border = frontmatterOf('israeli-army');
  expect(border).toContain('people: []\n');
  expect(border).toMatch(/organizations:\n {2}- "Mark Regev"\n/);
  expect(border).toContain('  - name: "Gaza"\n    id: "gaza-city"\n');
  expect(border).not.toContain('gaza-ps');
  expect(rewritten).toMatch(/people:\n(?: {2}- .+\n)*? {2}- "Cinema for Peace Foundation"\n/);
  expect(rewritten).toContain('organizations: []\n');
}, 300_000);

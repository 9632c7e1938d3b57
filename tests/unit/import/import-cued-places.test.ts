import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The importer as its CLI: its schema check needs Node's loader hook for astro:content. */
const importInto = (archive: string, input: string) =>
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'src/import/cli.ts'), '--out', archive, input],
    { cwd: ROOT, encoding: 'utf8' },
  );

const work = mkdtempSync(path.join(tmpdir(), 'import-cued-places-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const STORY = `date 2025-08-04 KAMPALA, Aug. 4 (Reuters) — Uganda will close parts of Lake Kyoga to fishing for six months, the ministry said on Monday.

Villages in the Buyende district depend on the lake. Boats from the island of Ibiza were not affected, nor was the Haidian District of Beijing.
`;

it('imports lakes, islands and districts as places of their own kind, and a re-import tags them the same way', () => {
  const input = path.join(work, 'kyoga.txt');
  const archive = path.join(work, 'archive');
  writeFileSync(input, STORY);
  importInto(archive, input);
  const folder = path.join(archive, 'articles/2025/08');
  const file = path.join(folder, readdirSync(folder)[0]!);
  const frontmatter = () =>
    parse(readFileSync(file, 'utf8').split('---')[1]!) as {
      places: (string | { name: string; id: string })[];
    };
  const names = frontmatter().places.map((place) =>
    typeof place === 'string' ? place : place.name,
  );
  expect(names).toEqual(
    expect.arrayContaining([
      'Uganda',
      'Kampala',
      'Lake Kyoga',
      'Buyende',
      'Ibiza',
      'Haidian',
      'Beijing',
    ]),
  );

  const registry = parse(readFileSync(path.join(archive, 'places.yaml'), 'utf8')) as {
    id: string;
    name: string;
    kind: string;
    latitude?: number;
  }[];
  const byId = new Map(registry.map((place) => [place.id, place]));
  expect(byId.get('lake-kyoga')).toMatchObject({ name: 'Lake Kyoga', kind: 'lake' });
  expect(byId.get('ibiza-island')).toMatchObject({ name: 'Ibiza', kind: 'island' });
  expect(byId.get('buyende')).toMatchObject({ name: 'Buyende', kind: 'district' });
  // GeoNames' district, with its coordinates.
  expect(byId.get('haidian')).toMatchObject({ name: 'Haidian', kind: 'district' });
  expect(byId.get('haidian')?.latitude).toBeCloseTo(39.99, 0);

  // A second import over the archive finds the registry's new places and writes the same tags.
  const before = readFileSync(file, 'utf8');
  importInto(archive, input);
  expect(readFileSync(file, 'utf8')).toBe(before);
}, 180_000);

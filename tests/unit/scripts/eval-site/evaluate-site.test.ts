import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGold } from '../../../../scripts/eval-site/gold';
import { evaluateSiteRun } from '../../../../scripts/eval-site/evaluate-site';
import { type ShownEntity } from '../../../../scripts/eval-site/score';

const shown = (name: string, id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-')): ShownEntity => ({
  name,
  id,
});

describe('loadGold and evaluateSiteRun', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('scores each gold file as its own subset, organizations only where annotated, and names a gold article that was not imported', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'eval-site-'));
    writeFileSync(
      path.join(folder, 'gold.json'),
      JSON.stringify([{ sourceId: 'a', people: ['Li Qiang'], places: ['Hunan'] }]),
    );
    writeFileSync(
      path.join(folder, 'gold-more.json'),
      JSON.stringify([
        {
          sourceId: 'b',
          people: [],
          places: ['Salem#salem-us'],
          organizations: ['Harvard University'],
        },
      ]),
    );
    const gold = loadGold(folder);
    const empty = { people: [], places: [], organizations: [] };
    const outputs = new Map([
      [
        'a',
        {
          sourceId: 'a',
          pagePath: '/a/',
          imported: { ...empty, people: [shown('Li Qiang')] },
          site: { ...empty, people: [shown('Li Qiang')], places: [shown('Hunan'), shown('March')] },
        },
      ],
      [
        'b',
        {
          sourceId: 'b',
          pagePath: '/b/',
          imported: empty,
          site: {
            ...empty,
            places: [{ name: 'Salem', id: 'salem' }],
            organizations: [shown('Harvard University')],
          },
        },
      ],
    ]);
    const evaluation = evaluateSiteRun(gold, outputs);
    expect(evaluation.totals['gold']?.site.places).toEqual({
      credit: 1,
      predicted: 2,
      gold: 1,
      articles: 1,
    });
    expect(evaluation.totals['gold']?.site.organizations.articles).toBe(0);
    expect(evaluation.totals['gold-more']?.site.places).toEqual({
      credit: 0,
      predicted: 1,
      gold: 1,
      articles: 1,
    });
    expect(evaluation.totals['all']?.site.organizations).toEqual({
      credit: 1,
      predicted: 1,
      gold: 1,
      articles: 1,
    });
    expect(evaluation.totals['all']?.imported.places).toEqual({
      credit: 0,
      predicted: 0,
      gold: 2,
      articles: 2,
    });
    expect(() => evaluateSiteRun(gold, new Map([['a', outputs.get('a')!]]))).toThrow(
      /gold article b \(gold-more\.json\) was not imported/,
    );
  });

  it('rejects a gold file with a malformed entry, naming it', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'eval-site-'));
    writeFileSync(
      path.join(folder, 'gold-more.json'),
      JSON.stringify([{ sourceId: 'b', people: 'Li Qiang', places: [] }]),
    );
    expect(() => loadGold(folder!)).toThrow(
      /gold-more\.json: entry 1 \(b\) people: expected a list of names/,
    );
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openMatchCache } from '../../../../src/lib/entities/match-cache';
import { createEntityResolver, type RegistryByKind } from '../../../../src/lib/entities/resolver';
import { wordKnowledge } from '../../../../src/import/entities/word-knowledge';

const registry: RegistryByKind = {
  people: [{ id: 'li-qiang', name: 'Li Qiang', aliases: ['Premier Li Qiang'] }],
  places: [
    { id: 'hunan', name: 'Hunan', aliases: [], kind: 'region' },
    { id: 'changsha', name: 'Changsha', aliases: [], kind: 'city', parent: 'hunan' },
  ],
  organizations: [{ id: 'hunan-university', name: 'Hunan University', aliases: [] }],
};
const resolver = createEntityResolver(registry, wordKnowledge);
const texts: [string, { dateline?: string }][] = [
  ['Premier Li Qiang took questions in Hunan.', {}],
  ['Students of Hunan University marched through Changsha.', { dateline: 'Changsha' }],
  ['Rain is expected all week.', {}],
];

const folder = mkdtempSync(path.join(os.tmpdir(), 'match-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the entity match cache', () => {
  const file = path.join(folder, 'matches.json');

  it('gives what the resolver gives, matching only texts it has not seen under the same identity', async () => {
    const first = await openMatchCache(resolver, file, 'code+registry 1');
    const fresh = texts.map(([text, context]) => resolver.entitiesInText(text, context));
    expect(texts.map(([text, context]) => first.entitiesInText(text, context))).toEqual(fresh);
    expect(first.computed).toBe(3);
    await first.save();

    const second = await openMatchCache(resolver, file, 'code+registry 1');
    expect(texts.map(([text, context]) => second.entitiesInText(text, context))).toEqual(fresh);
    expect(second.computed).toBe(0);
    // The same words under another dateline are another text.
    second.entitiesInText(texts[0]![0], { dateline: 'Beijing' });
    expect(second.computed).toBe(1);
  });

  it('matches every text again when the identity (code or registry) changed', async () => {
    const other = await openMatchCache(resolver, file, 'code+registry 2');
    for (const [text, context] of texts) other.entitiesInText(text, context);
    expect(other.computed).toBe(3);
  });

  it('keeps only the texts of the last build', async () => {
    const first = await openMatchCache(resolver, file, 'id');
    for (const [text, context] of texts) first.entitiesInText(text, context);
    await first.save();
    const second = await openMatchCache(resolver, file, 'id');
    second.entitiesInText(texts[0]![0], texts[0]![1]);
    await second.save();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { entries: object };
    expect(Object.keys(saved.entries)).toHaveLength(1);
  });

  it('without a file, matches everything and saves nothing', async () => {
    const none = await openMatchCache(resolver, undefined, 'id');
    expect(none.entitiesInText(texts[1]![0], texts[1]![1])).toEqual(
      resolver.entitiesInText(texts[1]![0], texts[1]![1]),
    );
    await expect(none.save()).resolves.toBeUndefined();
  });
});

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  readCacheFile,
  readKeptEntries,
  writeCacheFile,
  writeKeptEntries,
} from '../../../src/lib/cache-file';

const folder = mkdtempSync(path.join(os.tmpdir(), 'cache-file-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Matches {
  format: 1;
  matches: Record<string, string[]>;
}
const isMatches = (value: unknown): value is Matches =>
  (value as Partial<Matches> | null)?.format === 1;

describe('cache files', () => {
  it('reads back what was written, whole, leaving no temporary file', async () => {
    const file = path.join(folder, 'deeper/matches.json');
    const value: Matches = { format: 1, matches: { abc: ['people/li-qiang'] } };
    await writeCacheFile(file, value);
    expect(await readCacheFile(file, isMatches)).toEqual(value);
    expect(readdirSync(path.dirname(file))).toEqual(['matches.json']);
  });

  it('reads nothing from a missing, cut short or unaccepted file', async () => {
    expect(await readCacheFile(path.join(folder, 'missing.json'), isMatches)).toBeUndefined();
    const cut = path.join(folder, 'cut.json');
    writeFileSync(cut, '{"format":1,"matc');
    expect(await readCacheFile(cut, isMatches)).toBeUndefined();
    const old = path.join(folder, 'old.json');
    writeFileSync(old, '{"format":0,"matches":{}}');
    expect(await readCacheFile(old, isMatches)).toBeUndefined();
  });

  it('keeps entries for one format and owner, and gives none to another', async () => {
    const file = path.join(folder, 'kept.json');
    const entries = new Map([['abc', ['people/li-qiang']]]);
    await writeKeptEntries(file, 1, 'registry-a', entries);
    expect(await readKeptEntries(file, 1, 'registry-a')).toEqual(entries);
    expect((await readKeptEntries(file, 1, 'registry-b')).size).toBe(0);
    expect((await readKeptEntries(file, 2, 'registry-a')).size).toBe(0);
  });
});

/** The importer reads a gzip file as the file it compresses, within the same size limit. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { isInputFile, readInput } from '../../../src/import/formats/read-input';

const work = mkdtempSync(path.join(tmpdir(), 'gzip-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const line = JSON.stringify({ id: 'a-1', date: '2020-01-02', title: 'A headline', body: 'The body.' });

describe('gzip input', () => {
  it('takes .jsonl.gz, .txt.gz and .md.gz as inputs, not any .gz', () => {
    expect(isInputFile('corpus/wikinews-en.jsonl.gz')).toBe(true);
    expect(isInputFile('seed.TXT.GZ')).toBe(true);
    expect(isInputFile('story.md.gz')).toBe(true);
    expect(isInputFile('photos.tar.gz')).toBe(false);
  });

  it('parses a .jsonl.gz as JSON lines', async () => {
    const file = path.join(work, 'one.jsonl.gz');
    writeFileSync(file, gzipSync(`${line}\n`));
    const parsed = await readInput(file, 'one.jsonl.gz');
    expect(parsed.problems).toEqual([]);
    expect(parsed.records.map((record) => [record.sourceId, record.title, record.format])).toEqual([['a-1', 'A headline', 'json-lines']]);
  });

  it('refuses a file that decompresses past the size limit, naming it', async () => {
    const file = path.join(work, 'bomb.jsonl.gz');
    writeFileSync(file, gzipSync(`${line}\n`.repeat(1000)));
    const parsed = await readInput(file, 'bomb.jsonl.gz', 10_000);
    expect(parsed.records).toEqual([]);
    expect(parsed.problems.map((problem) => `${problem.origin.file}: ${problem.reason}`)).toEqual(['bomb.jsonl.gz: oversized file (over 10000 bytes once decompressed)']);
  });

  it('refuses a .gz that is not gzip', async () => {
    const file = path.join(work, 'plain.jsonl.gz');
    writeFileSync(file, `${line}\n`);
    expect((await readInput(file, 'plain.jsonl.gz')).problems.map((problem) => problem.reason)).toEqual(['unreadable gzip data']);
  });
});

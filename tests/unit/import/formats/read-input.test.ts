import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, afterAll } from 'vitest';
import { readInput, isInputFile } from '../../../../src/import/formats/read-input';
import { problemLine } from '../../../../src/import/types';
import { gzipSync } from 'node:zlib';

describe('reading files', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'import-formats-'));
  it('refuses text that is not UTF-8', async () => {
    const file = path.join(folder, 'latin1.txt');
    writeFileSync(file, Buffer.from(' date 2023-03-01 Caf\xe9', 'latin1'));
    expect((await readInput(file, 'latin1.txt')).problems.map(problemLine)).toEqual([
      'latin1.txt: unreadable encoding (not UTF-8)',
    ]);
  });
  it('refuses oversized files', async () => {
    const file = path.join(folder, 'big.txt');
    writeFileSync(file, ` date 2023-03-01 ${'x'.repeat(2000)}`);
    expect((await readInput(file, 'big.txt', 1000)).problems[0]?.reason).toMatch(/^oversized file/);
  });
});

const work = mkdtempSync(path.join(tmpdir(), 'gzip-input-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

const line = JSON.stringify({
  id: 'a-1',
  date: '2020-01-02',
  title: 'A headline',
  body: 'The body.',
});

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
    expect(parsed.records.map((record) => [record.sourceId, record.title, record.format])).toEqual([
      ['a-1', 'A headline', 'json-lines'],
    ]);
  });

  it('refuses a file that decompresses past the size limit, naming it', async () => {
    const file = path.join(work, 'bomb.jsonl.gz');
    writeFileSync(file, gzipSync(`${line}\n`.repeat(1000)));
    const parsed = await readInput(file, 'bomb.jsonl.gz', 10_000);
    expect(parsed.records).toEqual([]);
    expect(parsed.problems.map((problem) => `${problem.origin.file}: ${problem.reason}`)).toEqual([
      'bomb.jsonl.gz: oversized file (over 10000 bytes once decompressed)',
    ]);
  });

  it('refuses a .gz that is not gzip', async () => {
    const file = path.join(work, 'plain.jsonl.gz');
    writeFileSync(file, `${line}\n`);
    expect(
      (await readInput(file, 'plain.jsonl.gz')).problems.map((problem) => problem.reason),
    ).toEqual(['unreadable gzip data']);
  });
});

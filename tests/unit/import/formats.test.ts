import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonLines } from '../../../src/import/formats/json-lines';
import { parseMarkdown } from '../../../src/import/formats/markdown';
import { parseRawText } from '../../../src/import/formats/raw-text';
import { readInput } from '../../../src/import/formats/read-input';
import { problemLine } from '../../../src/import/types';

describe('raw text', () => {
  it('reads the date line and names the record after the file', () => {
    const { records } = parseRawText('  date 2023-03-22 Body text.\n\nMore.', 'in/000_abc.txt');
    expect(records[0]).toMatchObject({ date: '2023-03-22', sourceId: 'seed-000_abc', body: 'Body text.\n\nMore.' });
  });
  it.each([
    ['Body without a date.', 'no date'],
    [' date 2023-02-30 Body.', 'impossible date 2023-02-30'],
    [' date 2023-03-01   ', 'empty body'],
  ])('reports %j', (text, reason) => {
    const { records, problems } = parseRawText(text, 'x.txt');
    expect(records).toHaveLength(0);
    expect(problems[0]?.reason).toContain(reason);
  });
});

describe('JSON lines', () => {
  it('imports good lines and reports each bad one with its line number', () => {
    const text = [
      JSON.stringify({ id: 'a', date: '2020-01-02', title: 'T', body: 'B', categories: ['Economy and business'] }),
      '{"id": "b", ',
      JSON.stringify({ id: 'c', date: '2021-02-29', body: 'B' }),
      '',
      JSON.stringify({ id: 'd', date: '2020-01-02', body: '' }),
    ].join('\n');
    const { records, problems } = parseJsonLines(text, 'w.jsonl');
    expect(records.map((r) => r.sourceId)).toEqual(['a']);
    expect(records[0]?.topics).toEqual(['Economy and business']);
    expect(problems.map(problemLine)).toEqual([
      expect.stringMatching(/^w\.jsonl:2: broken JSON line/),
      'w.jsonl:3: impossible date 2021-02-29',
      'w.jsonl:5: skipped, not news: empty body',
    ]);
  });
});

describe('Markdown', () => {
  it('keeps the frontmatter a person wrote and reads bare YAML dates', () => {
    const { records } = parseMarkdown('---\ntitle: "Hello"\ndate: 2023-04-02\n---\n\nBody.\n', 'a.md');
    expect(records[0]).toMatchObject({ title: 'Hello', date: '2023-04-02', body: 'Body.' });
    expect(records[0]?.sourceId).toMatch(/^md-[0-9a-f]{16}$/);
  });
  it('reports a missing date', () => {
    expect(parseMarkdown('---\ntitle: x\n---\nBody', 'a.md').problems[0]?.reason).toBe('no date');
  });
  it('reads an unquoted impossible date as written and refuses it, never moving it', () => {
    expect(parseMarkdown('---\ntitle: x\ndate: 2023-02-30\n---\nBody', 'a.md').problems.map(problemLine)).toEqual(['a.md: impossible date 2023-02-30']);
  });
});

describe('reading files', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'import-formats-'));
  it('refuses text that is not UTF-8', async () => {
    const file = path.join(folder, 'latin1.txt');
    writeFileSync(file, Buffer.from(' date 2023-03-01 Caf\xe9', 'latin1'));
    expect((await readInput(file, 'latin1.txt')).problems.map(problemLine)).toEqual(['latin1.txt: unreadable encoding (not UTF-8)']);
  });
  it('refuses oversized files', async () => {
    const file = path.join(folder, 'big.txt');
    writeFileSync(file, ` date 2023-03-01 ${'x'.repeat(2000)}`);
    expect((await readInput(file, 'big.txt', 1000)).problems[0]?.reason).toMatch(/^oversized file/);
  });
});

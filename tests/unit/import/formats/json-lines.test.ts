import { describe, expect, it } from 'vitest';
import { parseJsonLines } from '../../../../src/import/formats/json-lines';
import { problemLine } from '../../../../src/import/types';

describe('JSON lines', () => {
  it('imports good lines and reports each bad one with its line number', () => {
    const text = [
      JSON.stringify({
        id: 'a',
        date: '2020-01-02',
        title: 'T',
        body: 'B',
        categories: ['Economy and business'],
      }),
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

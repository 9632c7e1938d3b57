import { describe, expect, it } from 'vitest';
import { parseRawText } from '../../../../src/import/formats/raw-text';

describe('raw text', () => {
  it('reads the date line and names the record after the file', () => {
    const { records } = parseRawText('  date 2023-03-22 Body text.\n\nMore.', 'in/000_abc.txt');
    expect(records[0]).toMatchObject({
      date: '2023-03-22',
      sourceId: 'seed-000_abc',
      body: 'Body text.\n\nMore.',
    });
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

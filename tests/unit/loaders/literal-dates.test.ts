import { describe, expect, it } from 'vitest';
import { holdsDate, literalFrontmatter } from '../../../src/loaders/literal-dates';

describe('frontmatter dates as written', () => {
  it('keeps an unquoted date as its text, impossible or not', () => {
    const text =
      '---\ntitle: A story\ndate: 2023-02-30\ncaptions:\n  - text: A photo.\n    date: 2023-02-29\n---\n\nBody.\n';
    expect(literalFrontmatter(text)).toEqual({
      title: 'A story',
      date: '2023-02-30',
      captions: [{ text: 'A photo.', date: '2023-02-29' }],
    });
  });

  it('finds the frontmatter after a byte-order mark or blank lines, and keeps other types', () => {
    expect(literalFrontmatter('\uFEFF---\ndate: 2024-02-29\ncount: 3\nflag: true\n---\n')).toEqual({
      date: '2024-02-29',
      count: 3,
      flag: true,
    });
    expect(literalFrontmatter('\n\n---\ndate: 2024-02-29\n---\n')).toEqual({ date: '2024-02-29' });
    expect(literalFrontmatter('No frontmatter.')).toBeUndefined();
  });

  it('spots a Date anywhere in parsed data', () => {
    expect(holdsDate({ title: 'x', date: '2023-03-02' })).toBe(false);
    expect(holdsDate({ date: new Date(0) })).toBe(true);
    expect(holdsDate({ captions: [{ text: 'x', date: new Date(0) }] })).toBe(true);
  });
});

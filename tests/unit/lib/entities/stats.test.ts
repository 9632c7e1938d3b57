import { describe, expect, it } from 'vitest';
import {
  coMentioned,
  firstAndLast,
  initialOf,
  mentionsPerYear,
} from '../../../../src/lib/entities/stats';

describe('entity statistics', () => {
  it('counts mentions per year, gaps included', () => {
    expect(mentionsPerYear(['2023-03-22', '2020-01-01', '2023-01-01'])).toEqual([
      { year: 2020, count: 1 },
      { year: 2021, count: 0 },
      { year: 2022, count: 0 },
      { year: 2023, count: 2 },
    ]);
    expect(mentionsPerYear([])).toEqual([]);
  });

  it('finds the first and last mention', () => {
    expect(firstAndLast(['2021-05-01', '2019-12-31', '2023-01-02'])).toEqual({
      first: '2019-12-31',
      last: '2023-01-02',
    });
    expect(firstAndLast([])).toBeUndefined();
  });

  it('ranks co-mentioned entities per kind, without the subject', () => {
    const article = (people: string[], places: string[]) => ({
      people: people.map((id) => ({ id })),
      places: places.map((id) => ({ id })),
      organizations: [],
    });
    const result = coMentioned(
      { kind: 'people', id: 'a' },
      [article(['a', 'b'], ['x']), article(['a', 'b', 'c'], ['y']), article(['a'], ['x'])],
      1,
    );
    expect(result).toEqual([
      { item: { kind: 'people', id: 'b' }, count: 2 },
      { item: { kind: 'places', id: 'x' }, count: 2 },
    ]);
  });

  it('files names under their initial letter', () => {
    expect(initialOf('Émile')).toBe('E');
    expect(initialOf('li')).toBe('L');
    expect(initialOf('9/11 Commission')).toBe('#');
    expect(initialOf('长沙')).toBe('长');
  });
});

import { describe, expect, it } from 'vitest';
import {
  articlePath,
  articleSlug,
  assertUniquePaths,
  neighboursInTime,
  paginate,
  sortNewestFirst,
} from '../../../src/lib/articles';

const article = (id: string, date: string, title = id, slug?: string) => ({
  id,
  data: { date, title, slug },
});

describe('articles', () => {
  it('takes the slug from the file name, or the slug field', () => {
    expect(articleSlug(article('2023/03/22-li-qiang-hunan', '2023-03-22'))).toBe('li-qiang-hunan');
    expect(articleSlug(article('misc/story', '2023-03-22'))).toBe('story');
    expect(articleSlug(article('2023/03/22-x', '2023-03-22', 't', 'custom'))).toBe('custom');
    expect(articlePath(article('2023/03/22-li-qiang-hunan', '2023-03-22'))).toBe(
      '/2023/03/22/li-qiang-hunan/',
    );
  });
  it('sorts newest first, the same day by id', () => {
    const sorted = sortNewestFirst([
      article('b', '2020-01-01'),
      article('a', '2020-01-01'),
      article('c', '2021-01-01'),
    ]);
    expect(sorted.map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
  });
  it('refuses two articles at one URL, naming both files', () => {
    expect(() =>
      assertUniquePaths([
        article('2020/01/01-x', '2020-01-01'),
        article('other/01-x', '2020-01-01'),
      ]),
    ).toThrow(/2020\/01\/01-x\.md and other\/01-x\.md/);
  });
  it('finds neighbours in time and pages', () => {
    expect(neighboursInTime(['new', 'mid', 'old'])).toEqual([
      { newer: undefined, older: 'mid' },
      { newer: 'new', older: 'old' },
      { newer: 'mid', older: undefined },
    ]);
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([[]]);
  });
});

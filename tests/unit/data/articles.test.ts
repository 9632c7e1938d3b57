import { describe, expect, it, vi } from 'vitest';
import { article, collectionReads, loadSchemas } from '../../helpers/astro-content';

vi.mock('astro:content', async () =>
  (await import('../../helpers/astro-content')).mockedAstroContent({
    articles: [
      article('2020/01/01-b', { title: 'B', date: '2020-01-01' }),
      article('2021/06/30-c', { title: 'C', date: '2021-06-30' }),
      article('2020/01/01-a', { title: 'A', date: '2020-01-01' }),
    ],
  }),
);

await loadSchemas();
const { getArticlesNewestFirst } = await import('../../../src/data/articles');

describe('the articles, loaded once per build', () => {
  it('come newest first, the same day by id', async () => {
    expect((await getArticlesNewestFirst()).map((entry) => entry.id)).toEqual([
      '2021/06/30-c',
      '2020/01/01-a',
      '2020/01/01-b',
    ]);
  });

  it('are read from the collection once, however many routes ask', async () => {
    const [first, second] = await Promise.all([getArticlesNewestFirst(), getArticlesNewestFirst()]);
    expect(second).toBe(first);
    expect(await getArticlesNewestFirst()).toBe(first);
    expect(collectionReads['articles']).toBe(1);
  });

  it('stop the build when two articles would share a URL, naming both files', async () => {
    vi.resetModules();
    vi.doMock('astro:content', async () =>
      (await import('../../helpers/astro-content')).mockedAstroContent({
        articles: [
          article('2020/01/01-x', { title: 'X', date: '2020-01-01' }),
          article('other/01-x', { title: 'Also X', date: '2020-01-01' }),
        ],
      }),
    );
    const fresh = await import('../../../src/data/articles');
    await expect(fresh.getArticlesNewestFirst()).rejects.toThrow(
      /2020\/01\/01-x\.md and other\/01-x\.md/,
    );
  });
});

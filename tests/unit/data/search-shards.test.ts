import { describe, expect, it, vi } from 'vitest';
import { loadSchemas } from '../../helpers/astro-content';

// 201 distinct topics (one more than a filter holds), two years, one source written two ways.
vi.mock('astro:content', async () => {
  const { article, mockedAstroContent } = await import('../../helpers/astro-content');
  const topics = Array.from({ length: 201 }, (_, n) => `Topic ${n}`);
  return mockedAstroContent({
    articles: [
      article('2023/03/22-a', {
        title: 'A',
        date: '2023-03-22',
        source: 'Xinhua News Agency',
        topics: topics.slice(0, 150),
      }),
      article('2022/05/10-b', {
        title: 'B',
        date: '2022-05-10',
        source: 'xinhua news agency',
        topics: topics.slice(100),
      }),
    ],
  });
});

await loadSchemas();
const { getFacetShards } = await import('../../../src/data/search-shards');
const { VALUES_PER_SHARD } = await import('../../../src/lib/search/shards');

describe('the search facet shards of the build', () => {
  it(`splits a facet with more than ${VALUES_PER_SHARD} distinct values, counted once across articles`, async () => {
    expect((await getFacetShards()).topic).toBe(2);
  });

  it('keeps one filter for a facet with few values, and for people, places and organizations no article names', async () => {
    expect(await getFacetShards()).toEqual({
      person: 1,
      place: 1,
      organization: 1,
      topic: 2,
      year: 1,
      source: 1,
    });
  });

  it('is counted once', async () => {
    expect(await getFacetShards()).toBe(await getFacetShards());
  });
});

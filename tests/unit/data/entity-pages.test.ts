import { describe, expect, it, vi } from 'vitest';
import { loadSchemas } from '../../helpers/astro-content';

// 21 stories naming Li Qiang (one more than a page lists), the first of them in Changsha, which lies in Hunan.
vi.mock('astro:content', async () => {
  const { article, mockedAstroContent, registered } = await import('../../helpers/astro-content');
  const day = (n: number) => `2023-01-${String(n).padStart(2, '0')}`;
  return mockedAstroContent({
    articles: Array.from({ length: 21 }, (_, index) =>
      article(`2023/01/${day(index + 1).slice(8)}-story`, {
        title: `Story ${index + 1}`,
        date: day(index + 1),
        people: ['Li Qiang'],
        places: index === 0 ? ['Changsha'] : [],
      }),
    ),
    people: [registered({ id: 'li-qiang', name: 'Li Qiang' })],
    places: [
      registered({
        id: 'changsha',
        name: 'Changsha',
        kind: 'city',
        parent: 'hunan',
        latitude: 28.2,
        longitude: 112.9,
        country: 'CN',
      }),
      registered({
        id: 'hunan',
        name: 'Hunan',
        kind: 'region',
        parent: 'china',
        latitude: 27.6,
        longitude: 111.7,
        country: 'CN',
      }),
      registered({
        id: 'china',
        name: 'China',
        kind: 'country',
        latitude: 35,
        longitude: 103,
        country: 'CN',
      }),
    ],
  });
});

await loadSchemas();
const { entityPagePaths, ENTITY_ARTICLES_PER_PAGE } =
  await import('../../../src/data/entity-pages');

describe('the entity pages of the build', () => {
  it(`pages an entity's stories ${ENTITY_ARTICLES_PER_PAGE} at a time, newest first, with the summary on the first page only`, async () => {
    const paths = await entityPagePaths('people');
    expect(paths.map((path) => path.params)).toEqual([
      { id: 'li-qiang', page: undefined },
      { id: 'li-qiang', page: 'page/2' },
    ]);
    const [first, second] = paths.map((path) => path.props);
    expect([first!.articles.length, second!.articles.length]).toEqual([
      ENTITY_ARTICLES_PER_PAGE,
      1,
    ]);
    expect(first!.articles[0]!.data.date).toBe('2023-01-21');
    expect(second!.articles[0]!.data.date).toBe('2023-01-01');
    expect([
      first!.page,
      first!.totalPages,
      first!.totalArticles,
      first!.first,
      first!.last,
    ]).toEqual([1, 2, 21, '2023-01-01', '2023-01-21']);
    expect(first!.summary?.perYear).toEqual([{ year: 2023, count: 21 }]);
    expect(first!.summary?.related.map((entity) => [entity.id, entity.count])).toEqual([
      ['changsha', 1],
    ]);
    expect(second!.summary).toBeUndefined();
  });

  // The first map loads the Natural Earth outlines: seconds on a busy machine.
  it(
    'gives a place its map and the places it lies in, nearest first',
    { timeout: 30_000 },
    async () => {
      const changsha = (await entityPagePaths('places')).find(
        (path) => path.params.id === 'changsha',
      )!.props;
      expect(changsha.summary?.within).toEqual(['Hunan', 'China']);
      expect(changsha.summary?.map).toBeDefined();
    },
  );

  it('refuses a kind of entity it does not know', async () => {
    await expect(entityPagePaths('planets' as never)).rejects.toThrow(
      'unknown entity kind planets',
    );
  });
});

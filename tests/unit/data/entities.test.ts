import { describe, expect, it, vi } from 'vitest';
import { loadSchemas } from '../../helpers/astro-content';

// A registry of one person with an alias and two places; three articles: one names people in its
// frontmatter (one of them unknown to the registry) and mentions a city, one only mentions the
// person by alias and a province, one names nobody.
vi.mock('astro:content', async () => {
  const { article, mockedAstroContent, registered } = await import('../../helpers/astro-content');
  return mockedAstroContent({
    articles: [
      article(
        '2023/03/13-press',
        { title: 'New premier meets the press', date: '2023-03-13' },
        'Premier Li Qiang took questions in Hunan.',
      ),
      article(
        '2023/03/22-inspection',
        { title: 'An inspection', date: '2023-03-22', people: ['Li Qiang', 'Wu Zhenglong'] },
        'The visit ended in Changsha.',
      ),
      article(
        '2023/04/01-weather',
        { title: 'Rain expected', date: '2023-04-01' },
        'Rain is expected all week.',
      ),
    ],
    people: [registered({ id: 'li-qiang', name: 'Li Qiang', aliases: ['Premier Li Qiang'] })],
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
        latitude: 27.6,
        longitude: 111.7,
        country: 'CN',
      }),
    ],
  });
});

await loadSchemas();
const { getEntityIndex } = await import('../../../src/data/entities');
const { getArticlesNewestFirst } = await import('../../../src/data/articles');
const index = await getEntityIndex();
const byId = new Map((await getArticlesNewestFirst()).map((entry) => [entry.id, entry]));
const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);

describe('the entity index of the build', () => {
  it('lists every entity an article names or mentions, by name, registered or not', () => {
    expect(index.all('people').map((person) => [person.id, person.registered])).toEqual([
      ['li-qiang', true],
      ['wu-zhenglong', false],
    ]);
    expect(ids(index.all('places'))).toEqual(['changsha', 'hunan']);
    expect(index.all('organizations')).toEqual([]);
  });

  it('gives an article its frontmatter names first, in their order, then those its text mentions', () => {
    const inspection = index.entitiesOf(byId.get('2023/03/22-inspection')!);
    expect(inspection.people.map((link) => link.id)).toEqual(['li-qiang', 'wu-zhenglong']);
    expect(inspection.places.map((link) => link.id)).toEqual(['changsha']);
    expect(index.entitiesOf(byId.get('2023/04/01-weather')!)).toEqual({
      people: [],
      places: [],
      organizations: [],
    });
  });

  it("tags an article by a registry alias in its text, and lists an entity's articles newest first", () => {
    expect(ids(index.articlesOf('people', 'li-qiang'))).toEqual([
      '2023/03/22-inspection',
      '2023/03/13-press',
    ]);
    expect(ids(index.articlesOf('places', 'hunan'))).toEqual(['2023/03/13-press']);
    expect(index.articlesOf('people', 'nobody')).toEqual([]);
  });

  it('knows the names each entity goes by, and the places with their registry details', () => {
    expect(index.namesOf('people', 'li-qiang')).toEqual(['Li Qiang', 'Premier Li Qiang']);
    expect(index.namesOf('people', 'wu-zhenglong')).toEqual(['Wu Zhenglong']);
    expect(index.namesOf('people', 'nobody')).toEqual([]);
    expect(index.get('places', 'changsha')?.place).toEqual({
      placeKind: 'city',
      parent: 'hunan',
      latitude: 28.2,
      longitude: 112.9,
      country: 'CN',
    });
  });

  it('ranks the entities named in the same articles', () => {
    const withLi = index
      .mentionedWith('people', 'li-qiang', 6)
      .map(({ item, count }) => [item.id, count]);
    expect(withLi).toHaveLength(3);
    expect(withLi).toEqual(
      expect.arrayContaining([
        ['wu-zhenglong', 1],
        ['changsha', 1],
        ['hunan', 1],
      ]),
    );
  });

  it('is built once', async () => {
    expect(await getEntityIndex()).toBe(index);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { loadSchemas } from '../../helpers/astro-content';

// Two stories about Li Qiang (one through a registry alias), one about him and Changsha, one about nobody.
vi.mock('astro:content', async () => {
  const { article, mockedAstroContent, registered } = await import('../../helpers/astro-content');
  return mockedAstroContent({
    articles: [
      article(
        '2023/03/13-press',
        { title: 'Press conference', date: '2023-03-13' },
        'Premier Li Qiang took questions.',
      ),
      article(
        '2023/03/22-inspection',
        { title: 'An inspection', date: '2023-03-22', people: ['Li Qiang'] },
        'The visit ended in Changsha.',
      ),
      article(
        '2023/03/25-changsha',
        { title: 'Changsha opens a metro line', date: '2023-03-25', places: ['Changsha'] },
        'Li Qiang sent a letter.',
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
        latitude: 28.2,
        longitude: 112.9,
        country: 'CN',
      }),
    ],
  });
});

await loadSchemas();
const { getRelatedArticles } = await import('../../../src/data/related');
const related = await getRelatedArticles();
const relatedIds = (id: string) => related.get(id)?.map((entry) => entry.id);

describe('related stories of the build', () => {
  it('ranks the stories that share the most entities first, counting what the text mentions', () => {
    expect(relatedIds('2023/03/22-inspection')).toEqual([
      '2023/03/25-changsha',
      '2023/03/13-press',
    ]);
    expect(relatedIds('2023/03/13-press')).toEqual([
      '2023/03/22-inspection',
      '2023/03/25-changsha',
    ]);
  });

  it('gives a story that shares nothing an empty list, and every story a list', () => {
    expect(relatedIds('2023/04/01-weather')).toEqual([]);
    expect(related.size).toBe(4);
  });

  it('is ranked once', async () => {
    expect(await getRelatedArticles()).toBe(related);
  });
});

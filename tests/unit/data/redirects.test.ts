import { describe, expect, it, vi } from 'vitest';
import { article, loadSchemas } from '../../helpers/astro-content';

vi.mock('astro:content', async () => {
  const { article: make, mockedAstroContent } = await import('../../helpers/astro-content');
  return mockedAstroContent({
    articles: [
      make('2020/03/13-nba-suspends-season', {
        title: 'NBA suspends season',
        date: '2020-03-13',
        aliases: ['/2020/03/12/nba-suspends-season/', '/stories/nba-season'],
      }),
      make('2020/03/14-other', { title: 'Other', date: '2020-03-14' }),
    ],
  });
});

await loadSchemas();

describe('the redirects of the build', () => {
  it('lead each old path of a story to its page, the path written as the schema normalises it', async () => {
    const { getRedirects } = await import('../../../src/data/redirects');
    expect(await getRedirects()).toEqual([
      {
        from: '/2020/03/12/nba-suspends-season/',
        to: '/2020/03/13/nba-suspends-season/',
        title: 'NBA suspends season',
      },
      {
        from: '/stories/nba-season/',
        to: '/2020/03/13/nba-suspends-season/',
        title: 'NBA suspends season',
      },
    ]);
    expect(await getRedirects()).toBe(await getRedirects());
  });

  it('stop the build on an old path that is a live page, naming the file and the entry', async () => {
    vi.resetModules();
    vi.doMock('astro:content', async () =>
      (await import('../../helpers/astro-content')).mockedAstroContent({
        articles: [
          article('2020/01/01-first', { title: 'First', date: '2020-01-01' }),
          article('2020/01/02-second', {
            title: 'Second',
            date: '2020-01-02',
            aliases: ['/2020/01/01/first/'],
          }),
        ],
      }),
    );
    const { getRedirects } = await import('../../../src/data/redirects');
    await expect(getRedirects()).rejects.toThrow(
      '2020/01/02-second.md: aliases[0] "/2020/01/01/first/" is the path of 2020/01/01-first.md',
    );
  });
});

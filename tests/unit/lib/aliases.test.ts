import { describe, expect, it } from 'vitest';
import { isSitePath, normaliseSitePath, redirectsOf } from '../../../src/lib/aliases';

const story = (id: string, date: string, aliases: string[]) => ({
  id,
  data: { date, title: `Story ${id}`, aliases },
});

describe('old paths of stories', () => {
  it.each([
    ['/2019/03/02/old-slug/', true],
    ['/stories/nba-season', true],
    ['/新闻/旧/', true],
    ['/', false],
    ['https://example.org/a/', false],
    ['//evil.example/a/', false],
    ['2019/03/02/old/', false],
    ['/a/../b/', false],
    ['/a/./b/', false],
    ['/a b/', false],
    ['/a/?q=1', false],
    ['/a/#top', false],
    ['/a\\b/', false],
    ['/javascript:alert(1)/', false],
  ])('%s is a site path: %s', (value, expected) => {
    expect(isSitePath(value)).toBe(expected);
  });

  it('writes every old path as a folder', () => {
    expect(normaliseSitePath('/stories/nba-season')).toBe('/stories/nba-season/');
    expect(normaliseSitePath('/old/')).toBe('/old/');
  });

  it('leads each old path to the story it belongs to', () => {
    expect(
      redirectsOf([story('2020/03/13-nba', '2020-03-13', ['/2020/03/12/nba/', '/stories/nba/'])]),
    ).toEqual([
      { from: '/2020/03/12/nba/', to: '/2020/03/13/nba/', title: 'Story 2020/03/13-nba' },
      { from: '/stories/nba/', to: '/2020/03/13/nba/', title: 'Story 2020/03/13-nba' },
    ]);
  });

  it('refuses, all at once and naming file and entry, an old path that is a live page or taken twice', () => {
    const articles = [
      story('2020/03/13-nba', '2020-03-13', [
        '/2020/03/13/nba/',
        '/2019/01/01/other/',
        '/people/someone/',
      ]),
      story('2019/01/01-other', '2019-01-01', ['/shared/']),
      story('2019/01/02-third', '2019-01-02', ['/shared/', '/archive/2019/']),
    ];
    expect(() => redirectsOf(articles)).toThrow(
      [
        'An old path (aliases) of an article cannot be redirected:',
        '  2020/03/13-nba.md: aliases[0] "/2020/03/13/nba/" is the article\'s own path',
        '  2020/03/13-nba.md: aliases[1] "/2019/01/01/other/" is the path of 2019/01/01-other.md',
        '  2020/03/13-nba.md: aliases[2] "/people/someone/" lies under /people/, where the site\'s own pages are',
        '  2019/01/02-third.md: aliases[0] "/shared/" is also an alias of 2019/01/01-other.md',
        '  2019/01/02-third.md: aliases[1] "/archive/2019/" lies under /archive/, where the site\'s own pages are',
      ].join('\n'),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { planShards } from '../../../../src/integrations/search/shard-plan';

const page = (date: string, slug = 'story') =>
  `${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/${slug}/index.html`;

describe('search shards planned from the article pages', () => {
  it('makes one shard per year, newest first, each with its own pages and a glob for them', () => {
    const files = [
      page('2019-02-23'),
      page('2019-12-31', 'b'),
      page('2022-05-10'),
      page('2020-01-01'),
    ];
    const shards = planShards(files, 100);
    expect(shards.map(({ id, from, to, glob }) => ({ id, from, to, glob }))).toEqual([
      {
        id: '2022',
        from: '2022-01',
        to: '2022-12',
        glob: '2022/[0-9][0-9]/[0-9][0-9]/*/index.html',
      },
      {
        id: '2020',
        from: '2020-01',
        to: '2020-12',
        glob: '2020/[0-9][0-9]/[0-9][0-9]/*/index.html',
      },
      {
        id: '2019',
        from: '2019-01',
        to: '2019-12',
        glob: '2019/[0-9][0-9]/[0-9][0-9]/*/index.html',
      },
    ]);
    expect(shards[2]!.files).toEqual([page('2019-02-23'), page('2019-12-31', 'b')]);
    expect(planShards([], 100)).toEqual([]);
  });

  it('cuts a large year into runs of whole months, filled from January, so new stories change only the last', () => {
    const files = [
      ...['01', '02', '03', '05', '07'].flatMap((month) =>
        [1, 2].map((n) => page(`2021-${month}-1${n}`, `s${n}`)),
      ),
      page('2020-06-01'),
    ];
    const shards = planShards(files, 4);
    expect(shards.map(({ id, from, to, glob }) => ({ id, from, to, glob }))).toEqual([
      { id: '2021-07', from: '2021-07', to: '2021-07', glob: '2021/07/[0-9][0-9]/*/index.html' },
      {
        id: '2021-03',
        from: '2021-03',
        to: '2021-05',
        glob: '2021/{03,05}/[0-9][0-9]/*/index.html',
      },
      {
        id: '2021-01',
        from: '2021-01',
        to: '2021-02',
        glob: '2021/{01,02}/[0-9][0-9]/*/index.html',
      },
      {
        id: '2020',
        from: '2020-01',
        to: '2020-12',
        glob: '2020/[0-9][0-9]/[0-9][0-9]/*/index.html',
      },
    ]);
    expect(shards.flatMap((shard) => shard.files).sort()).toEqual([...files].sort());
    // A story added in July leaves the earlier runs as they were.
    const later = planShards([...files, page('2021-07-30', 'new')], 4);
    expect(later.slice(1)).toEqual(shards.slice(1));
  });

  it('keeps a month whole even when it alone is over the limit', () => {
    const files = [1, 2, 3].map((n) => page(`2021-04-0${n}`, `s${n}`));
    expect(planShards(files, 2).map((shard) => [shard.id, shard.files.length])).toEqual([
      ['2021', 3],
    ]);
    const withMay = [...files, page('2021-05-01')];
    expect(planShards(withMay, 2).map((shard) => [shard.id, shard.files.length])).toEqual([
      ['2021-05', 1],
      ['2021-04', 3],
    ]);
  });

  it('refuses a page that is not an article page, and a limit that is not a positive whole number', () => {
    expect(() => planShards(['search/index.html'])).toThrow(/search\/index\.html/);
    expect(() => planShards([], 0)).toThrow(/positive whole number/);
  });
});

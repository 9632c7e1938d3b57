import { describe, expect, it } from 'vitest';
import { orderedRange, rangeFilter } from '../../../../src/lib/search/dates';

describe('date range as Pagefind filters', () => {
  const years = [2019, 2020, 2022, 2023];

  it('uses the year filter for whole years and the month filter only for years partly covered', () => {
    expect(rangeFilter({ from: '2019', to: '2020' }, years)).toEqual({
      year: { any: ['2019|2019', '2020|2020'] },
    });
    expect(rangeFilter({ from: '2019-11', to: '2020-02' }, years)).toEqual({
      month: { any: ['2019-11', '2019-12', '2020-01', '2020-02'] },
    });
    expect(rangeFilter({ from: '2019-11', to: '2022' }, years)).toEqual({
      any: [
        { year: { any: ['2020|2020', '2022|2022'] } },
        { month: { any: ['2019-11', '2019-12'] } },
      ],
    });
    expect(rangeFilter({ from: '2019-03', to: '2019-03' }, years)).toEqual({
      month: { any: ['2019-03'] },
    });
  });

  it('runs an open bound to the archive’s first or last year, and asks only for years the archive has', () => {
    expect(rangeFilter({ from: '2020' }, years)).toEqual({
      year: { any: ['2020|2020', '2022|2022', '2023|2023'] },
    });
    expect(rangeFilter({ to: '2019-06' }, years)).toEqual({
      month: { any: ['2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06'] },
    });
  });

  it('matches nothing for a range without stories, and is absent without a range', () => {
    expect(rangeFilter({ from: '2021', to: '2021' }, years)).toEqual({
      year: { any: ['2021|2021'] },
    });
    expect(rangeFilter({}, years)).toBeUndefined();
  });

  it('covers exactly the months of the range, for every pair of bounds over three years', () => {
    const bounds = [
      '2019',
      '2020',
      '2021',
      ...[2019, 2020, 2021].flatMap((y) =>
        Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`),
      ),
    ];
    const all = [2019, 2020, 2021].flatMap((y) =>
      Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`),
    );
    const matches = (filter: ReturnType<typeof rangeFilter>, month: string): boolean => {
      if (!filter) return true;
      if ('any' in filter && Array.isArray(filter.any))
        return filter.any.some((part) => matches(part, month));
      const condition = filter as Record<string, { any: string[] }>;
      return (
        (condition['year']?.any.includes(`${month.slice(0, 4)}|${month.slice(0, 4)}`) ?? false) ||
        (condition['month']?.any.includes(month) ?? false)
      );
    };
    for (const from of bounds) {
      for (const to of bounds) {
        const range = orderedRange({ from, to });
        const first = range.from!.length === 4 ? `${range.from}-01` : range.from!;
        const last = range.to!.length === 4 ? `${range.to}-12` : range.to!;
        const filter = rangeFilter({ from, to }, [2019, 2020, 2021]);
        const got = all.filter((month) => matches(filter, month));
        expect(got, `${from}..${to}`).toEqual(
          all.filter((month) => month >= first && month <= last),
        );
      }
    }
  });
});

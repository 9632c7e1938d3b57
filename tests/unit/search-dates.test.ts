/**
 * Date ranges in search: the range in the URL (and from a form sent without
 * script), and the Pagefind filter that stands in for a range filter.
 */
import { describe, expect, it } from 'vitest';
import { boundFromFields, orderedRange, parseBound, rangeFilter, rangeName } from '../../src/lib/search/dates';
import { hasFilters, hasFormDateFields, parseSearchState, serialiseSearchState, withRange } from '../../src/lib/search/state';

describe('date range in the URL', () => {
  it('reads from and to as a year or a year and month, with every other parameter', () => {
    const state = parseSearchState('?q=protest&place=hong-kong&from=2019-03&to=2020&sort=oldest');
    expect(state).toEqual({ query: 'protest', filters: { place: ['hong-kong'] }, range: { from: '2019-03', to: '2020' }, sort: 'oldest' });
    expect(serialiseSearchState(state)).toBe('?q=protest&place=hong-kong&from=2019-03&to=2020&sort=oldest');
    expect(hasFilters(parseSearchState('?from=2019'))).toBe(true);
    expect(hasFilters(parseSearchState('?q=x'))).toBe(false);
  });

  it('keeps one bound open, and ignores a bound that is not a year or year-month', () => {
    expect(parseSearchState('?from=2019').range).toEqual({ from: '2019' });
    expect(parseSearchState('?to=2020-12').range).toEqual({ to: '2020-12' });
    for (const bad of ['19', '2019-13', '2019-00', '2019-3', '2019-03-01', 'March', '<script>', '2019-03x']) {
      expect(parseSearchState(`?from=${encodeURIComponent(bad)}`).range, bad).toEqual({});
    }
    expect(parseBound(' 2019-03 ')).toBe('2019-03');
  });

  it('puts bounds given the wrong way round in order, so one range has one URL', () => {
    expect(parseSearchState('?from=2021&to=2019-05').range).toEqual({ from: '2019-05', to: '2021' });
    expect(serialiseSearchState(withRange(parseSearchState('?q=x'), { from: '2020-06', to: '2020-02' }))).toBe('?q=x&from=2020-02&to=2020-06');
    // A year and a month of it overlap: not swapped.
    expect(orderedRange({ from: '2019-05', to: '2019' })).toEqual({ from: '2019-05', to: '2019' });
    expect(orderedRange({ from: '2019', to: '2019-03' })).toEqual({ from: '2019', to: '2019-03' });
  });

  it('reads the separate year and month fields a form sends without script, `from` and `to` first', () => {
    expect(parseSearchState('?q=&from-year=2019&from-month=03&to-year=2020&to-month=').range).toEqual({ from: '2019-03', to: '2020' });
    expect(parseSearchState('?from=2018&from-year=2019').range).toEqual({ from: '2018' });
    // A month without a year is no bound.
    expect(parseSearchState('?from-month=03').range).toEqual({});
    expect(boundFromFields('2019', '3')).toBe('2019-03');
    expect(boundFromFields('2019', '13')).toBe('2019');
    expect(hasFormDateFields('?q=x&from-year=2019')).toBe(true);
    expect(hasFormDateFields('?q=from-year')).toBe(false);
  });

  it('names a range for the results status', () => {
    expect(rangeName({ from: '2019-03', to: '2020' })).toBe('from March 2019 to 2020');
    expect(rangeName({ to: '2020-06' })).toBe('until June 2020');
    expect(rangeName({ from: '2019' })).toBe('from 2019');
    expect(rangeName({ from: '2019-09', to: '2019-09' })).toBe('in September 2019');
  });
});

describe('date range as Pagefind filters', () => {
  const years = [2019, 2020, 2022, 2023];

  it('uses the year filter for whole years and the month filter only for years partly covered', () => {
    expect(rangeFilter({ from: '2019', to: '2020' }, years)).toEqual({ year: { any: ['2019|2019', '2020|2020'] } });
    expect(rangeFilter({ from: '2019-11', to: '2020-02' }, years)).toEqual({ month: { any: ['2019-11', '2019-12', '2020-01', '2020-02'] } });
    expect(rangeFilter({ from: '2019-11', to: '2022' }, years)).toEqual({
      any: [{ year: { any: ['2020|2020', '2022|2022'] } }, { month: { any: ['2019-11', '2019-12'] } }],
    });
    expect(rangeFilter({ from: '2019-03', to: '2019-03' }, years)).toEqual({ month: { any: ['2019-03'] } });
  });

  it('runs an open bound to the archive’s first or last year, and asks only for years the archive has', () => {
    expect(rangeFilter({ from: '2020' }, years)).toEqual({ year: { any: ['2020|2020', '2022|2022', '2023|2023'] } });
    expect(rangeFilter({ to: '2019-06' }, years)).toEqual({ month: { any: ['2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06'] } });
  });

  it('matches nothing for a range without stories, and is absent without a range', () => {
    expect(rangeFilter({ from: '2021', to: '2021' }, years)).toEqual({ year: { any: ['2021|2021'] } });
    expect(rangeFilter({}, years)).toBeUndefined();
  });

  it('covers exactly the months of the range, for every pair of bounds over three years', () => {
    const bounds = ['2019', '2020', '2021', ...[2019, 2020, 2021].flatMap((y) => Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`))];
    const all = [2019, 2020, 2021].flatMap((y) => Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`));
    const matches = (filter: ReturnType<typeof rangeFilter>, month: string): boolean => {
      if (!filter) return true;
      if ('any' in filter && Array.isArray(filter.any)) return filter.any.some((part) => matches(part, month));
      const condition = filter as Record<string, { any: string[] }>;
      return (condition['year']?.any.includes(`${month.slice(0, 4)}|${month.slice(0, 4)}`) ?? false) || (condition['month']?.any.includes(month) ?? false);
    };
    for (const from of bounds) {
      for (const to of bounds) {
        const range = orderedRange({ from, to });
        const first = range.from!.length === 4 ? `${range.from}-01` : range.from!;
        const last = range.to!.length === 4 ? `${range.to}-12` : range.to!;
        const filter = rangeFilter({ from, to }, [2019, 2020, 2021]);
        const got = all.filter((month) => matches(filter, month));
        expect(got, `${from}..${to}`).toEqual(all.filter((month) => month >= first && month <= last));
      }
    }
  });
});

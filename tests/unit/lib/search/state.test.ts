import { describe, expect, it } from 'vitest';
import {
  effectiveSort,
  isSearchableQuery,
  parseSearchState,
  serialiseSearchState,
  toggleFilter,
  hasFilters,
  hasFormDateFields,
  withRange,
} from '../../../../src/lib/search/state';
import {
  boundFromFields,
  orderedRange,
  parseBound,
  rangeName,
} from '../../../../src/lib/search/dates';

describe('search state in the URL', () => {
  it('reads query, filters and sort, ignoring what it does not know', () => {
    expect(
      parseSearchState(
        '?q=Li++Qiang%20&place=changsha&person=li-qiang&place=hunan&place=changsha&sort=newest&utm=x&person=',
      ),
    ).toEqual({
      query: 'Li Qiang',
      filters: { place: ['changsha', 'hunan'], person: ['li-qiang'] },
      range: {},
      sort: 'newest',
    });
    expect(parseSearchState('')).toEqual({ query: '', filters: {}, range: {}, sort: 'relevance' });
    expect(parseSearchState('?sort=sideways').sort).toBe('relevance');
  });

  it('writes one canonical URL per state and reads it back', () => {
    const state = {
      query: '长沙 地铁',
      filters: { year: ['2022'], person: ['li-qiang', 'xi-jinping'] },
      range: {},
      sort: 'oldest' as const,
    };
    const url = serialiseSearchState(state);
    expect(url).toBe(
      '?q=%E9%95%BF%E6%B2%99+%E5%9C%B0%E9%93%81&person=li-qiang&person=xi-jinping&year=2022&sort=oldest',
    );
    expect(parseSearchState(url)).toEqual({
      ...state,
      filters: { person: ['li-qiang', 'xi-jinping'], year: ['2022'] },
    });
    expect(serialiseSearchState({ query: ' ', filters: {}, range: {}, sort: 'relevance' })).toBe(
      '',
    );
  });

  it('toggles filters without touching the rest', () => {
    const start = parseSearchState('?q=metro&place=changsha');
    const added = toggleFilter(start, 'person', 'li-qiang', true);
    expect(serialiseSearchState(added)).toBe('?q=metro&person=li-qiang&place=changsha');
    expect(serialiseSearchState(toggleFilter(added, 'place', 'changsha', false))).toBe(
      '?q=metro&person=li-qiang',
    );
    expect(serialiseSearchState(start)).toBe('?q=metro&place=changsha');
  });

  it('searches from two letters, or from one Chinese character', () => {
    expect(isSearchableQuery('p')).toBe(false);
    expect(isSearchableQuery('Li')).toBe(true);
    expect(isSearchableQuery('长')).toBe(true);
  });

  it('lists by date when there are no words to rank by', () => {
    expect(effectiveSort(parseSearchState('?place=changsha'))).toBe('newest');
    expect(effectiveSort(parseSearchState('?place=changsha&sort=oldest'))).toBe('oldest');
    expect(effectiveSort(parseSearchState('?q=xi'))).toBe('relevance');
    expect(effectiveSort(parseSearchState('?q=x&year=2023'))).toBe('newest');
  });
});

describe('date range in the URL', () => {
  it('reads from and to as a year or a year and month, with every other parameter', () => {
    const state = parseSearchState('?q=protest&place=hong-kong&from=2019-03&to=2020&sort=oldest');
    expect(state).toEqual({
      query: 'protest',
      filters: { place: ['hong-kong'] },
      range: { from: '2019-03', to: '2020' },
      sort: 'oldest',
    });
    expect(serialiseSearchState(state)).toBe(
      '?q=protest&place=hong-kong&from=2019-03&to=2020&sort=oldest',
    );
    expect(hasFilters(parseSearchState('?from=2019'))).toBe(true);
    expect(hasFilters(parseSearchState('?q=x'))).toBe(false);
  });

  it('keeps one bound open, and ignores a bound that is not a year or year-month', () => {
    expect(parseSearchState('?from=2019').range).toEqual({ from: '2019' });
    expect(parseSearchState('?to=2020-12').range).toEqual({ to: '2020-12' });
    for (const bad of [
      '19',
      '2019-13',
      '2019-00',
      '2019-3',
      '2019-03-01',
      'March',
      '<script>',
      '2019-03x',
    ]) {
      expect(parseSearchState(`?from=${encodeURIComponent(bad)}`).range, bad).toEqual({});
    }
    expect(parseBound(' 2019-03 ')).toBe('2019-03');
  });

  it('puts bounds given the wrong way round in order, so one range has one URL', () => {
    expect(parseSearchState('?from=2021&to=2019-05').range).toEqual({
      from: '2019-05',
      to: '2021',
    });
    expect(
      serialiseSearchState(withRange(parseSearchState('?q=x'), { from: '2020-06', to: '2020-02' })),
    ).toBe('?q=x&from=2020-02&to=2020-06');
    // A year and a month of it overlap: not swapped.
    expect(orderedRange({ from: '2019-05', to: '2019' })).toEqual({ from: '2019-05', to: '2019' });
    expect(orderedRange({ from: '2019', to: '2019-03' })).toEqual({ from: '2019', to: '2019-03' });
  });

  it('reads the separate year and month fields a form sends without script, `from` and `to` first', () => {
    expect(
      parseSearchState('?q=&from-year=2019&from-month=03&to-year=2020&to-month=').range,
    ).toEqual({ from: '2019-03', to: '2020' });
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

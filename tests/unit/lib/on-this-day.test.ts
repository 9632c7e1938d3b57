import { describe, expect, it } from 'vitest';
import { groupByDate } from '../../../src/lib/calendar';
import {
  formatMonthDay,
  groupByCalendarDay,
  onThisDayEntries,
  onThisDayPath,
  otherYears,
} from '../../../src/lib/on-this-day';

const article = (id: string, date: string) => ({ id, data: { date } });
// Newest first, as the archive hands them over.
const archive = [
  article('e', '2023-03-22'),
  article('d', '2021-03-22'),
  article('c2', '2020-03-22'),
  article('c1', '2020-03-22'),
  article('c0', '2020-03-22'),
  article('b', '2020-01-15'),
  article('a', '2019-01-15'),
  article('leap', '2016-02-29'),
];
const days = groupByCalendarDay(groupByDate(archive).days, 2);
const byMonthDay = new Map(days.map((day) => [day.monthDay, day]));

describe('on this day', () => {
  it('groups the stories of a calendar day across the years, newest year first, each year cut to the cap', () => {
    expect(days.map((day) => `${day.monthDay}:${day.total}`)).toEqual([
      '01-15:2',
      '02-29:1',
      '03-22:5',
    ]);
    const march22 = byMonthDay.get('03-22')!;
    expect(
      march22.years.map((year) => [year.year, year.total, year.articles.map((item) => item.id)]),
    ).toEqual([
      ['2023', 1, ['e']],
      ['2021', 1, ['d']],
      ['2020', 3, ['c2', 'c1']],
    ]);
  });

  it('names the other years of a day', () => {
    expect(otherYears(byMonthDay.get('03-22'), '2021-03-22').map((year) => year.year)).toEqual([
      '2023',
      '2020',
    ]);
    expect(otherYears(byMonthDay.get('02-29'), '2016-02-29')).toEqual([]);
    expect(otherYears(undefined, '2016-02-28')).toEqual([]);
  });

  it('links the home page to the calendar days of its stories that other years share, and only those', () => {
    const entries = onThisDayEntries(
      ['2023-03-22', '2023-03-22', '2016-02-29', '2020-01-15'],
      byMonthDay,
      5,
    );
    expect(entries.map((entry) => [entry.monthDay, entry.others.map((year) => year.year)])).toEqual(
      [
        ['03-22', ['2021', '2020']],
        ['01-15', ['2019']],
      ],
    );
    expect(onThisDayEntries(['2023-03-22', '2020-01-15'], byMonthDay, 1)).toHaveLength(1);
  });

  it('names and places a calendar day', () => {
    expect(formatMonthDay('03-22')).toBe('22 March');
    expect(onThisDayPath('02-29')).toBe('/archive/on/02-29/');
  });
});

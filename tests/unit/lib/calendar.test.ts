import { describe, expect, it } from 'vitest';
import {
  archiveDayPath,
  archiveMonthPath,
  archiveYearPath,
  groupByDate,
  monthGrid,
  storyCount,
} from '../../../src/lib/calendar';

const story = (id: string, date: string) => ({ id, data: { date } });

describe('grouping the archive by date', () => {
  const calendar = groupByDate([
    story('d', '2023-03-22'),
    story('c', '2023-03-22'),
    story('b', '2023-01-05'),
    story('a', '2021-12-31'),
  ]);

  it('keeps only periods with stories, oldest first, with their counts', () => {
    expect(calendar.years.map((year) => [year.year, year.count])).toEqual([
      ['2021', 1],
      ['2023', 3],
    ]);
    expect(calendar.months.map((month) => [month.key, month.count])).toEqual([
      ['2021-12', 1],
      ['2023-01', 1],
      ['2023-03', 2],
    ]);
    expect(calendar.days.map((day) => [day.date, day.articles.length])).toEqual([
      ['2021-12-31', 1],
      ['2023-01-05', 1],
      ['2023-03-22', 2],
    ]);
  });

  it('nests days in months in years and keeps the input order within a day', () => {
    const [, year2023] = calendar.years;
    expect(year2023!.months.map((month) => month.month)).toEqual(['01', '03']);
    expect(year2023!.months[1]!.days[0]!.articles.map((article) => article.id)).toEqual(['d', 'c']);
    expect(year2023!.months[1]!.days[0]).toMatchObject({ year: '2023', month: '03', day: '22' });
  });

  it('has nothing for an empty archive', () => {
    expect(groupByDate([])).toEqual({ years: [], months: [], days: [] });
  });
});

describe('calendar month grid', () => {
  it('starts weeks on Monday and pads with empty cells', () => {
    // 1 March 2023 was a Wednesday; 31 March a Friday.
    const weeks = monthGrid(2023, 3);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, 1, 2, 3, 4, 5]);
    expect(weeks[4]).toEqual([27, 28, 29, 30, 31, null, null]);
  });

  it('knows leap years and months that start on Monday', () => {
    // February 2021 began on a Monday and fills exactly four weeks.
    expect(monthGrid(2021, 2)).toEqual([
      [1, 2, 3, 4, 5, 6, 7],
      [8, 9, 10, 11, 12, 13, 14],
      [15, 16, 17, 18, 19, 20, 21],
      [22, 23, 24, 25, 26, 27, 28],
    ]);
    expect(
      monthGrid(2024, 2)
        .flat()
        .filter((day) => day !== null),
    ).toHaveLength(29);
  });
});

describe('date page paths and labels', () => {
  it('builds paths and counts', () => {
    expect(archiveYearPath('2023')).toBe('/archive/2023/');
    expect(archiveMonthPath('2023', '03')).toBe('/archive/2023/03/');
    expect(archiveDayPath('2023', '03', '22')).toBe('/archive/2023/03/22/');
    expect(storyCount(1)).toBe('1 story');
    expect(storyCount(12345)).toBe('12,345 stories');
  });
});

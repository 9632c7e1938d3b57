/**
 * The archive by date: articles grouped into years, months and days in one
 * pass, and the grid of a calendar month. Pure functions over plain data; the
 * build groups the archive once (src/data/calendar.ts) and every date page
 * reads its own slice.
 */
import { dateParts, daysInMonth, WEEKDAYS } from './dates';

/** The fields of an article the grouping needs. */
export interface Dated {
  data: { date: string };
}

export interface DayGroup<T> {
  /** `2023-03-22` */
  date: string;
  year: string;
  month: string;
  day: string;
  articles: T[];
}

export interface MonthGroup<T> {
  /** `2023-03` */
  key: string;
  year: string;
  month: string;
  count: number;
  /** Days that have stories, oldest first. */
  days: DayGroup<T>[];
}

export interface YearGroup<T> {
  year: string;
  count: number;
  /** Months that have stories, oldest first. */
  months: MonthGroup<T>[];
}

export interface ArchiveCalendar<T> {
  /** Only periods that have stories, oldest first. */
  years: YearGroup<T>[];
  months: MonthGroup<T>[];
  days: DayGroup<T>[];
}

/**
 * Groups articles by year, month and day. One pass over the articles and one
 * sort of the distinct days, so it costs O(n + d log d) for d days with stories.
 * Within a day, articles keep the order they came in.
 */
export function groupByDate<T extends Dated>(articles: readonly T[]): ArchiveCalendar<T> {
  const byDay = new Map<string, DayGroup<T>>();
  for (const article of articles) {
    const date = article.data.date;
    let group = byDay.get(date);
    if (!group) {
      group = { date, ...dateParts(date), articles: [] };
      byDay.set(date, group);
    }
    group.articles.push(article);
  }

  const days = [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const months: MonthGroup<T>[] = [];
  const years: YearGroup<T>[] = [];
  for (const day of days) {
    const key = `${day.year}-${day.month}`;
    let month = months.at(-1);
    if (month?.key !== key) {
      month = { key, year: day.year, month: day.month, count: 0, days: [] };
      months.push(month);
      let year = years.at(-1);
      if (year?.year !== day.year) {
        year = { year: day.year, count: 0, months: [] };
        years.push(year);
      }
      year.months.push(month);
    }
    month.days.push(day);
    month.count += day.articles.length;
    years.at(-1)!.count += day.articles.length;
  }
  return { years, months, days };
}

/**
 * The weeks of a calendar month as rows of seven cells, Monday first (ISO 8601):
 * each cell the day of the month, or `null` before the 1st and after the last day.
 */
export function monthGrid(year: number, month: number): (number | null)[][] {
  // getUTCDay: 0 = Sunday; shifted so that Monday is column 0.
  const firstColumn = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const length = daysInMonth(year, month);
  const cells: (number | null)[] = Array.from({ length: firstColumn }, () => null);
  for (let day = 1; day <= length; day++) cells.push(day);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (number | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return weeks;
}

export { WEEKDAYS };

/** Site paths of the date pages. */
export function archiveYearPath(year: string): string {
  return `/archive/${year}/`;
}

export function archiveMonthPath(year: string, month: string): string {
  return `/archive/${year}/${month}/`;
}

export function archiveDayPath(year: string, month: string, day: string): string {
  return `/archive/${year}/${month}/${day}/`;
}

/** `5 stories`, `1 story`. */
export function storyCount(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'story' : 'stories'}`;
}

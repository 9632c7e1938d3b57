/**
 * On this day: the archive's days regrouped by calendar day (`03-22`), so that
 * one page shows 22 March of every year. Pure functions over the calendar's
 * day groups (src/lib/calendar.ts); the build regroups once
 * (src/data/on-this-day.ts) and each page reads its own group.
 */
import type { DayGroup } from './calendar';
import { monthName } from './dates';

/** One year's stories of a calendar day. */
export interface YearOnDay<T> {
  year: string;
  /** `2019-03-22`: the year's day page. */
  date: string;
  /** Stories of that day, of which `articles` are the first. */
  total: number;
  articles: T[];
}

export interface CalendarDay<T> {
  /** `03-22` */
  monthDay: string;
  month: string;
  day: string;
  /** Stories of this calendar day in every year. */
  total: number;
  /** Newest year first. */
  years: YearOnDay<T>[];
}

/**
 * Groups days that have stories by calendar day, each year's list cut to
 * `perYear` stories (the year's day page has them all, so a page stays small
 * however large the archive: at most one section per year). One pass over the
 * days and one sort of at most 366 groups.
 */
export function groupByCalendarDay<T>(
  days: readonly DayGroup<T>[],
  perYear: number,
): CalendarDay<T>[] {
  const groups = new Map<string, CalendarDay<T>>();
  for (const day of days) {
    const monthDay = `${day.month}-${day.day}`;
    let group = groups.get(monthDay);
    if (!group) {
      group = { monthDay, month: day.month, day: day.day, total: 0, years: [] };
      groups.set(monthDay, group);
    }
    group.total += day.articles.length;
    group.years.push({
      year: day.year,
      date: day.date,
      total: day.articles.length,
      articles: day.articles.slice(0, perYear),
    });
  }
  const sorted = [...groups.values()].sort((a, b) =>
    a.monthDay < b.monthDay ? -1 : a.monthDay > b.monthDay ? 1 : 0,
  );
  for (const group of sorted)
    group.years.sort((a, b) => (a.year < b.year ? 1 : a.year > b.year ? -1 : 0));
  return sorted;
}

/** A year of a calendar day as a link names it: without its stories. */
export type YearLink = Pick<YearOnDay<unknown>, 'year' | 'date' | 'total'>;

/** The years of a calendar day other than the given date's own, newest first. */
export function otherYears(group: CalendarDay<unknown> | undefined, date: string): YearLink[] {
  return (group?.years ?? [])
    .filter((year) => year.date !== date)
    .map(({ year, date: day, total }) => ({ year, date: day, total }));
}

/** `2023-03-22` → `03-22`. */
export function monthDayOf(isoDate: string): string {
  return isoDate.slice(5, 10);
}

/** `03-22` → `22 March`. */
export function formatMonthDay(monthDay: string): string {
  const [month = '', day = ''] = monthDay.split('-');
  return `${Number(day)} ${monthName(month)}`;
}

/** Site path of a calendar day's page: `/archive/on/03-22/`. */
export function onThisDayPath(monthDay: string): string {
  return `/archive/on/${monthDay}/`;
}

/**
 * For the distinct days among `dates` (newest first), the calendar days whose
 * other years have stories, up to `limit`: the home page's "on this day in
 * other years", shown only where there is something to show.
 */
export function onThisDayEntries(
  dates: readonly string[],
  byMonthDay: ReadonlyMap<string, CalendarDay<unknown>>,
  limit: number,
): { monthDay: string; others: YearLink[] }[] {
  const entries: { monthDay: string; others: YearLink[] }[] = [];
  const seen = new Set<string>();
  for (const date of dates) {
    const monthDay = monthDayOf(date);
    if (seen.has(monthDay)) continue;
    seen.add(monthDay);
    const others = otherYears(byMonthDay.get(monthDay), date);
    if (others.length > 0) entries.push({ monthDay, others });
    if (entries.length >= limit) break;
  }
  return entries;
}

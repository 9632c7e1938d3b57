/**
 * The archive by calendar day (`03-22` in every year), regrouped once per
 * build from the date grouping: the on-this-day pages, the day pages and the
 * home page all read this one map.
 */
import type { Article } from './articles';
import { getArchiveCalendar } from './calendar';
import { groupByCalendarDay, type CalendarDay } from '../lib/on-this-day';

/**
 * Stories listed per year on a calendar day's page. At 100,000 articles over
 * 30 years a calendar day has ~270 stories; five per year keeps its page at
 * most 150 teasers, and each year's heading links to that day's full list.
 */
export const ON_THIS_DAY_PER_YEAR = 5;

/** Calendar days the home page links, from the days of its newest stories. */
export const HOME_ON_THIS_DAY_DAYS = 5;

export interface OnThisDay {
  /** Calendar days that have stories, 01-01 first. */
  days: CalendarDay<Article>[];
  byMonthDay: Map<string, CalendarDay<Article>>;
}

let onThisDay: Promise<OnThisDay> | undefined;

export function getOnThisDay(): Promise<OnThisDay> {
  onThisDay ??= getArchiveCalendar().then(({ days }) => {
    const grouped = groupByCalendarDay(days, ON_THIS_DAY_PER_YEAR);
    return { days: grouped, byMonthDay: new Map(grouped.map((day) => [day.monthDay, day])) };
  });
  return onThisDay;
}

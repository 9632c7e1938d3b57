/**
 * The archive by date, grouped once per build: every date page (year, month,
 * day) reads its slice of this one grouping instead of filtering the archive.
 */
import { getArticlesNewestFirst, type Article } from './articles';
import { groupByDate, type ArchiveCalendar } from '../lib/calendar';

let calendar: Promise<ArchiveCalendar<Article>> | undefined;

/** Years, months and days that have stories, oldest first; a day's articles newest first. */
export function getArchiveCalendar(): Promise<ArchiveCalendar<Article>> {
  calendar ??= getArticlesNewestFirst().then(groupByDate);
  return calendar;
}

/**
 * Calendar dates as the archive stores them: `YYYY-MM-DD` strings.
 *
 * A news story happens on a day, not at an instant, so dates stay strings and
 * never pass through a time zone. Every function here is pure.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an ISO date that exists on the calendar (`2024-02-29` yes, `2023-02-30` no). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar day of a Date, read in UTC (YAML parses bare dates as UTC midnight). */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface DateParts {
  year: string;
  month: string;
  day: string;
}

export function dateParts(isoDate: string): DateParts {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return { year, month, day };
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Monday first, as the archive's calendars show a week. */
export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export function monthName(month: number | string): string {
  return MONTH_NAMES[Number(month) - 1] ?? String(month);
}

/** `22 March 2023`: the form readers of an international archive parse without doubt. */
export function formatLongDate(isoDate: string): string {
  const { year, month, day } = dateParts(isoDate);
  return `${Number(day)} ${monthName(month)} ${year}`;
}

/** `March 22`: the short form a dateline uses. */
export function formatDatelineDate(isoDate: string): string {
  const { month, day } = dateParts(isoDate);
  return `${monthName(month)} ${Number(day)}`;
}

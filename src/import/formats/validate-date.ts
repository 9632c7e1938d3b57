import { isCalendarDate } from '../../lib/dates';

/**
 * Why a date field cannot be used, or undefined when it is a real `YYYY-MM-DD` day.
 * A Date object is refused, never converted: a YAML timestamp may already have
 * moved an impossible day (2023-02-30) to another (2023-03-02).
 */
export function dateProblem(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return 'no date';
  if (value instanceof Date) return 'date read as a timestamp, not as text YYYY-MM-DD';
  if (typeof value !== 'string') return `date is not text: ${JSON.stringify(value)}`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `date not written YYYY-MM-DD: ${value}`;
  if (!isCalendarDate(value)) return `impossible date ${value}`;
  return undefined;
}

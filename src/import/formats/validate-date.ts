import { isCalendarDate } from '../../lib/dates';

/** Why a date field cannot be used, or undefined when it is a real `YYYY-MM-DD` day. */
export function dateProblem(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return 'no date';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'impossible date' : undefined;
  if (typeof value !== 'string') return `date is not text: ${JSON.stringify(value)}`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `date not written YYYY-MM-DD: ${value}`;
  if (!isCalendarDate(value)) return `impossible date ${value}`;
  return undefined;
}

/**
 * Date ranges in search, by year and month: `?from=2019-03&to=2020` (a year alone is its
 * first month as a start, its last as an end). Pagefind has no range filter, so a range
 * becomes a union: whole years through the `year` filter, the months of partly covered
 * years through a `month` filter every article carries for this alone. Pagefind then
 * counts, pages and sorts as for any filter, so counts and order stay exact.
 */
import { encodeFilterValue } from './filters';
import { MONTH_NAMES } from '../dates';

/** The Pagefind filter holding each article's month, `YYYY-MM`. */
export const MONTH_FILTER = 'month';
/** The Pagefind filter holding each article's year (the `year` facet, never split: an archive has far fewer than 200 years). */
const YEAR_FILTER = 'year';

export interface DateRange {
  /** `YYYY` or `YYYY-MM`. */
  from?: string | undefined;
  to?: string | undefined;
}

export { MONTH_NAMES };

const BOUND = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

/** A bound as written in the URL, or undefined when it is not a year or year-month. */
export function parseBound(text: string | null | undefined): string | undefined {
  const trimmed = (text ?? '').trim();
  return BOUND.test(trimmed) ? trimmed : undefined;
}

/** A bound from the form's separate year and month fields (sent as they are when the page runs no script). */
export function boundFromFields(
  year: string | null | undefined,
  month: string | null | undefined,
): string | undefined {
  const y = (year ?? '').trim();
  const m = (month ?? '').trim();
  return parseBound(m ? `${y}-${m.padStart(2, '0')}` : y) ?? parseBound(y);
}

interface YearMonth {
  year: number;
  month: number;
}

function start(bound: string): YearMonth {
  return {
    year: Number(bound.slice(0, 4)),
    month: bound.length > 4 ? Number(bound.slice(5, 7)) : 1,
  };
}

function end(bound: string): YearMonth {
  return {
    year: Number(bound.slice(0, 4)),
    month: bound.length > 4 ? Number(bound.slice(5, 7)) : 12,
  };
}

const index = ({ year, month }: YearMonth) => year * 12 + month - 1;

/** The range with its bounds in order: "from 2021 to 2019" is read as 2019 to 2021. */
export function orderedRange(range: DateRange): DateRange {
  const { from, to } = range;
  if (from && to && index(start(from)) > index(end(to))) return { from: to, to: from };
  return { from, to };
}

export function hasRange(range: DateRange): boolean {
  return Boolean(range.from || range.to);
}

/** "March 2019", "2019". */
export function boundName(bound: string): string {
  return bound.length > 4
    ? `${MONTH_NAMES[Number(bound.slice(5, 7)) - 1]} ${bound.slice(0, 4)}`
    : bound;
}

/** "from March 2019 to 2020", "from 2019", "until June 2020". */
export function rangeName(range: DateRange): string {
  if (range.from && range.to && range.from === range.to) return `in ${boundName(range.from)}`;
  return [
    range.from && `from ${boundName(range.from)}`,
    range.to && `${range.from ? 'to' : 'until'} ${boundName(range.to)}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The month filter value of an article's date (`2019-03-22` → `2019-03`). */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

const pad = (month: number) => String(month).padStart(2, '0');

/** A filter condition Pagefind understands: a value list under a filter, or a union of such. */
export type PagefindCondition =
  Record<string, { any: string[] }> | { any: Record<string, { any: string[] }>[] };

/**
 * The range as a Pagefind filter, given the years the archive has (an open
 * bound runs to its first or last year). Undefined when there is no range; a
 * range the archive has no story in gives a filter that matches nothing.
 */
export function rangeFilter(
  range: DateRange,
  archiveYears: readonly number[],
): PagefindCondition | undefined {
  if (!hasRange(range) || archiveYears.length === 0) return undefined;
  const { from, to } = orderedRange(range);
  const first = from ? start(from) : { year: Math.min(...archiveYears), month: 1 };
  const last = to ? end(to) : { year: Math.max(...archiveYears), month: 12 };
  const wholeYears: string[] = [];
  const months: string[] = [];
  for (let year = first.year; year <= last.year; year++) {
    const fromMonth = year === first.year ? first.month : 1;
    const toMonth = year === last.year ? last.month : 12;
    if (fromMonth > toMonth) continue;
    if (fromMonth === 1 && toMonth === 12) {
      if (archiveYears.includes(year))
        wholeYears.push(encodeFilterValue({ id: String(year), name: String(year) }));
    } else {
      for (let month = fromMonth; month <= toMonth; month++) months.push(`${year}-${pad(month)}`);
    }
  }
  const parts: Record<string, { any: string[] }>[] = [];
  if (wholeYears.length > 0) parts.push({ [YEAR_FILTER]: { any: wholeYears } });
  if (months.length > 0) parts.push({ [MONTH_FILTER]: { any: months } });
  // No year of the archive in range: a value no article has, so nothing matches.
  if (parts.length === 0)
    return {
      [YEAR_FILTER]: {
        any: [encodeFilterValue({ id: String(first.year), name: String(first.year) })],
      },
    };
  return parts.length === 1 ? parts[0]! : { any: parts };
}

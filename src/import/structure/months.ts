const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

/** 1-based month number of an English month name or abbreviation. */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const index = MONTHS.findIndex((month) => month.startsWith(key));
  return index < 0 ? undefined : index + 1;
}

/**
 * The full date of "March 21" in a story dated `articleDate`: the same year, or the
 * year before when the month lies after the story's (a January story about December).
 */
export function resolveMonthDay(
  monthName: string,
  day: number,
  articleDate: string,
): string | undefined {
  const month = monthNumber(monthName);
  if (!month || day < 1 || day > 31) return undefined;
  const [year, articleMonth] = articleDate.split('-').map(Number) as [number, number];
  const resolvedYear = month > articleMonth ? year - 1 : year;
  const iso = `${resolvedYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const probe = new Date(`${iso}T00:00:00Z`);
  return probe.getUTCDate() === day ? iso : undefined;
}

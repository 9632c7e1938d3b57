/**
 * The dateline of a wire story: `CHANGSHA, March 22 (Xinhua) —`.
 */
import { formatDatelineDate } from './dates';

/** Wire-style short names: "Xinhua News Agency" → "Xinhua", "Agence France-Presse" stays. */
export function shortSourceName(source: string): string {
  return source.replace(/\s+(news agency|news service|press agency|news)$/i, '').trim() || source;
}

export interface DatelineParts {
  place: string | undefined;
  date: string;
  source: string | undefined;
}

export function datelineParts(input: {
  dateline?: string | undefined;
  date: string;
  source?: string | undefined;
}): DatelineParts {
  return {
    place: input.dateline?.toUpperCase(),
    date: formatDatelineDate(input.date),
    source: input.source ? shortSourceName(input.source) : undefined,
  };
}

/** The whole dateline as one line of text, for feeds and plain contexts. */
export function datelineText(input: {
  dateline?: string | undefined;
  date: string;
  source?: string | undefined;
}): string {
  const { place, date, source } = datelineParts(input);
  const where = place ? `${place}, ${date}` : date;
  return `${where}${source ? ` (${source})` : ''} —`;
}

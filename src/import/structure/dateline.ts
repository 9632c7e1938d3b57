/**
 * Datelines that open news stories, in the forms wire and newspaper copy uses: agency,
 * place, date (`Xinhua News Agency, Changsha, March 22. …`); place, date, agency
 * (`LISBON, Apr. 2 (Reuters) — …`); either without the agency or the date; a place with
 * its country or state; a place alone before a dash. The place, the agency's full name
 * and the date are recorded; the running text starts after the dateline.
 */
import { agencyName, looksLikeAgency } from './agencies';
import { MONTH_PATTERN, monthNumber, resolveMonthDay } from './months';

export interface Dateline {
  source?: string | undefined;
  place: string;
  /** What the dateline writes after the place to say where it is: "Ontario" in "HAMILTON, Ontario (AP) —". */
  region?: string | undefined;
  /** The day the dateline gives, `YYYY-MM-DD`, when it gives one. */
  date?: string | undefined;
  /** The paragraph with the dateline removed. */
  rest: string;
}

/** A capitalised word of a place name: "Lisbon", "SÃO", "Addis", "D.C.", "Espírito". */
const WORD = "\\p{Lu}[\\p{L}'’.&-]*";
/** "Dar es Salaam", "Rio de Janeiro", "Frankfurt am Main": a small word joins two capitalised ones. */
const JOINING_WORDS = 'es|de|da|do|dos|das|del|el|al|la|am|upon|of';
const JOINER = `(?:${JOINING_WORDS}) (?=\\p{Lu})`;
const NAME = `${WORD}(?: (?:${JOINER})?${WORD}){0,4}`;
/** A place or region is never a month ("Lisbon, April 2": April is the date). */
const PLACE = `(?!${MONTH_PATTERN}\\b)${NAME}`;
const DAY = '(?<day>\\d{1,2})(?:st|nd|rd|th)?';
const DATE = `(?:(?<month>${MONTH_PATTERN}) ${DAY}|(?<dayFirst>\\d{1,2}) (?<monthAfter>${MONTH_PATTERN}))(?:,? (?<year>\\d{4}))?`;
const AGENCY = '\\((?<agency>[^()]{2,40})\\)';
/** What ends a dateline: a dash (—, –, --, -) or a colon; a full stop only after a date. */
const DASH = '(?:—|–|-{1,2})';

const AGENCY_FIRST = new RegExp(
  `^(?<agencyName>${NAME}), (?<place>${PLACE})(?:, (?<region>${PLACE}))?, ${DATE}(?<end>\\s*(?:[.:,]|${DASH}))?\\s+`,
  'u',
);
const PLACE_FIRST = new RegExp(
  `^(?<place>${PLACE})(?:, (?<region>${PLACE}))?(?:,? ${DATE})?(?: ${AGENCY})?(?<end>\\s*(?:${DASH}|:)|\\.)?\\s+`,
  'u',
);

/** A joining word stays in lower case inside a name written in capitals. */
const JOINING_WORD = new RegExp(`^(?:${JOINING_WORDS})$`, 'u');

/**
 * "CHANGSHA" → "Changsha", "SÃO PAULO" → "São Paulo", "RIO DE JANEIRO" → "Rio de Janeiro";
 * mixed case is kept.
 */
function placeCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place
    .toLowerCase()
    .split(' ')
    .map((word, index) =>
      index > 0 && JOINING_WORD.test(word)
        ? word
        : word.replace(
            /(^|-)(\p{L})/gu,
            (_, sep: string, letter: string) => sep + letter.toUpperCase(),
          ),
    )
    .join(' ');
}

function regionOf(groups: Record<string, string | undefined>): string | undefined {
  return groups['region'] ? placeCase(groups['region']) : undefined;
}

function datelineDate(
  groups: Record<string, string | undefined>,
  articleDate: string | undefined,
): string | undefined {
  const month = groups['month'] ?? groups['monthAfter'];
  const day = Number(groups['day'] ?? groups['dayFirst']);
  if (!month || !articleDate) return undefined;
  const year = groups['year'];
  if (!year) return resolveMonthDay(month, day, articleDate);
  // A dateline that gives its year needs no guessing; an impossible day gives no date.
  return resolveMonthDay(
    month,
    day,
    `${year}-${String(monthNumber(month) ?? 12).padStart(2, '0')}-31`,
  );
}

/**
 * A dateline must say more than a capitalised word before a comma does: it has a
 * date or an agency, or it is a place alone in capitals (or a short mixed-case
 * name) before a dash ("LONDON —", "Lagos —").
 */
function isDateline(groups: Record<string, string | undefined>, hasDate: boolean): boolean {
  const place = groups['place'] ?? '';
  const end = (groups['end'] ?? '').trim();
  if (groups['agency']) return true;
  // "Quito, 3 Nov. With …": the abbreviation's full stop ends the dateline too.
  if (hasDate)
    return (
      end !== '' ||
      (!groups['year'] &&
        /\.$/.test(groups['monthAfter'] ?? groups['month'] ?? '') &&
        /\d$/.test(groups['dayFirst'] ?? '') &&
        Boolean(groups['monthAfter']))
    );
  if (!/^(?:—|–|-{1,2})$/.test(end) || (groups['region'] && end === '-')) return false;
  return place === place.toUpperCase() || (place.split(' ').length <= 3 && end !== '-');
}

export function recogniseDateline(paragraph: string, articleDate?: string): Dateline | undefined {
  const agencyFirst = AGENCY_FIRST.exec(paragraph);
  if (agencyFirst?.groups && looksLikeAgency(agencyFirst.groups['agencyName'] ?? '')) {
    const groups = agencyFirst.groups;
    const rest = paragraph.slice(agencyFirst[0].length).trim();
    if (rest && groups['place']) {
      return {
        source: agencyName(groups['agencyName'] ?? ''),
        place: placeCase(groups['place']),
        region: regionOf(groups),
        date: datelineDate(groups, articleDate),
        rest,
      };
    }
  }
  const placeFirst = PLACE_FIRST.exec(paragraph);
  const groups = placeFirst?.groups;
  if (!placeFirst || !groups?.['place']) return undefined;
  const hasDate = Boolean(groups['month'] ?? groups['monthAfter']);
  if (!isDateline(groups, hasDate)) return undefined;
  const rest = paragraph.slice(placeFirst[0].length).trim();
  // The running text starts a sentence; "Paris, the French capital, …" is not a dateline.
  if (!/^[\p{Lu}\p{N}“"‘'(]/u.test(rest)) return undefined;
  return {
    source: groups['agency'] ? agencyName(groups['agency']) : undefined,
    place: placeCase(groups['place']),
    region: regionOf(groups),
    date: datelineDate(groups, articleDate),
    rest,
  };
}

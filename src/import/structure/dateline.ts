/**
 * Datelines that open wire stories, in the two forms news agencies use:
 *   `Xinhua News Agency, Changsha, March 22. From March 21 …`   (agency first)
 *   `CHANGSHA, March 22 (Xinhua) -- From March 21 …`            (place first)
 */
import { MONTH_PATTERN } from './months';

export interface Dateline {
  source?: string | undefined;
  place: string;
  /** The paragraph with the dateline removed. */
  rest: string;
}

const NAME = "[A-Z][\\p{L}'’.&-]*(?: [A-Z][\\p{L}'’.&-]*){0,5}";
const AGENCY_FIRST = new RegExp(
  `^(?<source>${NAME}), (?<place>${NAME}), ${MONTH_PATTERN} \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?[.:,]?\\s*(?:[—–-]+\\s*)?`,
  'u',
);
const PLACE_FIRST = new RegExp(
  `^(?<place>[A-Z][\\p{Lu}'’. -]*[\\p{Lu}]|${NAME}), ${MONTH_PATTERN} \\d{1,2}(?:, \\d{4})? \\((?<source>[^)]{2,40})\\)\\s*(?:[—–-]+|:)\\s*`,
  'u',
);

/** "CHANGSHA" → "Changsha", "NEW YORK" → "New York"; mixed case is kept. */
function placeCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

export function recogniseDateline(paragraph: string): Dateline | undefined {
  for (const pattern of [AGENCY_FIRST, PLACE_FIRST]) {
    const match = pattern.exec(paragraph);
    const groups = match?.groups;
    if (!match || !groups?.['place']) continue;
    const rest = paragraph.slice(match[0].length).trim();
    if (!rest) continue;
    return { source: groups['source']?.trim(), place: placeCase(groups['place'].trim()), rest };
  }
  return undefined;
}

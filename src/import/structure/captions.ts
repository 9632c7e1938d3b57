/**
 * Photo captions and credits mixed into wire text.
 *   caption: `… This is March 21. Li Qiang was investigating in Zhuzhou Cemented Carbide Group.`
 *   credit:  `Photo by Xinhua News Agency reporter Rao Aimin`
 * The caption sentence often trails a copy of the lead (the photo page repeats it);
 * the copy is returned apart so that the caller can drop it when the body has it.
 */
import { MONTH_PATTERN, resolveMonthDay } from './months';

export interface RecognisedCaption {
  text: string;
  date?: string | undefined;
  /** Text before the caption in the same paragraph (often a copy of the lead). */
  before: string;
}

export interface RecognisedCredit {
  names: string[];
  role: string;
  /** The organisation named in the credit line, e.g. "Xinhua News Agency". */
  agency?: string | undefined;
}

const CAPTION = new RegExp(
  `(?:^|(?<=[.!?”"]\\s))This (?:is|was|photo was taken on) (?<month>${MONTH_PATTERN}) (?<day>\\d{1,2})(?:st|nd|rd|th)?[.,]\\s+(?<text>.+)$`,
  'u',
);

const CREDIT =
  /^\(?(?:Photo|Photos|Picture|Image)s?(?: by|:)\s+(?:(?<agency>.+?)\s+)?(?<role>reporter|photographer|correspondent|journalist)s?\s+(?<names>.+?)\)?\.?$/iu;
/** A name's word after its first: capitalised, or a particle ("al-Rawahi", "bin Salman", "van Dijk"). */
const LATER_NAME_WORD = `(?:[A-Z][\\p{L}'’-]+|(?:al|el|bin|bint|ibn|van|von|de|da|del|der|di|dos|du|la|le)(?:-[A-Z][\\p{L}'’-]+)?)`;
const CREDIT_NAME = `[A-Z][\\p{L}'’-]+(?: ${LATER_NAME_WORD}){0,3}`;
/** "Photo: Christoph Soeder / dpa", "Photo by Juan Pablo Pino for Reuters": the agency after the names. */
const BARE_CREDIT = new RegExp(
  `^\\(?(?:Photo|Photos|Picture|Image)s?(?: by|:)\\s+(?<names>${CREDIT_NAME}(?:(?:,| and) ${CREDIT_NAME})*)(?:(?:\\s*\\/\\s*|\\s+for\\s+)(?<agency>\\p{L}[\\p{L}\\p{N} .&'’-]{0,40}?))?\\)?\\.?$`,
  'u',
);

/** A photo's own date closing its caption: "…, east China's Anhui Province, June 8, 2026." */
const PHOTO_DATE = new RegExp(
  `,\\s(?<month>${MONTH_PATTERN}) (?<day>\\d{1,2}), (?<year>\\d{4})\\.$`,
  'u',
);

const REPORTED =
  /,\s+(?:the |a )?[^,]{1,80}?\s+(?:said|says|announced|reported|confirmed|told reporters)(?:\s+(?:on|in|at)\s+[^,]{1,40})?\.$/u;

/**
 * A caption standing alone above the lead: one sentence that closes on the photo's date
 * ("A researcher adjusts an optical bench …, June 8, 2026.") or that a credit line
 * follows ("Combine harvesters pick cotton …" then "Photo by …"). Wire copy puts the
 * photo first; its caption describes the picture, not the news.
 */
export function recogniseLoneCaption(
  paragraph: string,
  next: string | undefined,
): RecognisedCaption | undefined {
  // One sentence: a lead paragraph goes on after its first full stop.
  if (paragraph.length > 400 || /[.!?]["”’]?\s+\p{Lu}/u.test(paragraph)) return undefined;
  // "…, the company said.": a caption shows, a lead reports; one that names its source is the lead.
  if (REPORTED.test(paragraph)) return undefined;
  const dated = PHOTO_DATE.exec(paragraph);
  if (!dated && !(next && recogniseCredit(next))) return undefined;
  const groups = dated?.groups;
  return {
    text: paragraph,
    date: groups
      ? resolveMonthDay(groups['month'] ?? '', Number(groups['day']), `${groups['year']}-12-31`)
      : undefined,
    before: '',
  };
}

/** "Porters carry supplies … on June 20, 2026. (AP Photo/Halima Mrisho)": a caption that closes on its own credit. */
const CREDITED_CAPTION = new RegExp(
  `^(?<text>[^]{10,400}?[.!?])\\s*\\((?<agency>\\p{Lu}[\\p{L}&. ]{0,30}?) Photos?\\s*\\/\\s*(?<names>${CREDIT_NAME}(?:(?:,| and) ${CREDIT_NAME})*)\\)$`,
  'u',
);

export function recogniseCreditedCaption(
  paragraph: string,
): (RecognisedCaption & { credit: RecognisedCredit }) | undefined {
  const groups = CREDITED_CAPTION.exec(paragraph.trim())?.groups;
  if (!groups?.['text'] || !groups['names']) return undefined;
  const text = groups['text'];
  const dated = PHOTO_DATE.exec(text)?.groups;
  return {
    text,
    date: dated
      ? resolveMonthDay(dated['month'] ?? '', Number(dated['day']), `${dated['year']}-12-31`)
      : undefined,
    before: '',
    credit: {
      names: groups['names'].split(/\s*(?:,|\band\b)\s*/).filter(Boolean),
      role: 'photographer',
      agency: groups['agency'],
    },
  };
}

export function recogniseCaption(
  paragraph: string,
  articleDate: string,
): RecognisedCaption | undefined {
  const match = CAPTION.exec(paragraph);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  return {
    text: (groups['text'] ?? '').trim(),
    date: resolveMonthDay(groups['month'] ?? '', Number(groups['day']), articleDate),
    before: paragraph.slice(0, match.index).trim(),
  };
}

/** Credit roles as the schema stores them ("reporter" photographing is a photographer). */
function creditRole(word: string): string {
  return /journalist|reporter|correspondent|photographer/i.test(word)
    ? 'photographer'
    : word.toLowerCase();
}

export function recogniseCredit(paragraph: string): RecognisedCredit | undefined {
  if (paragraph.length > 160) return undefined;
  const match = CREDIT.exec(paragraph) ?? BARE_CREDIT.exec(paragraph);
  const groups = match?.groups;
  if (!groups?.['names']) return undefined;
  const names = groups['names']
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
  if (
    names.length === 0 ||
    names.some((name) => !/^[A-Z]/.test(name) || name.split(' ').length > 4)
  )
    return undefined;
  return {
    names,
    role: creditRole(groups['role'] ?? 'photographer'),
    agency: groups['agency']?.trim(),
  };
}

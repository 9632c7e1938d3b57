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
/** "Photo: Christoph Soeder / dpa", "Photo by Juan Pablo Pino for Reuters": the agency after the names. */
const BARE_CREDIT =
  /^\(?(?:Photo|Photos|Picture|Image)s?(?: by|:)\s+(?<names>[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,3}(?:(?:,| and) [A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,3})*)(?:(?:\s*\/\s*|\s+for\s+)(?<agency>\p{L}[\p{L}\p{N} .&'’-]{0,40}?))?\)?\.?$/u;

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

/**
 * One search result as the page shows it: what to link, what to print.
 * With words searched, the excerpt around them, and a link that highlights
 * them on the article; with filters only, the article's summary.
 */
import { excerptParts, markedPhrases, type ExcerptPart } from '../excerpt';
import { highlightUrl } from '../highlight';
import type { PagefindResult, PagefindResultData } from './pagefind';

export interface ResultView {
  href: string;
  title: string;
  date: string | undefined;
  dateline: string | undefined;
  excerpt: ExcerptPart[];
  /** Language of the index the page came from (`zh` of `zh_1a2b3c`). */
  lang: string;
}

export function resultLanguage(result: Pick<PagefindResult, 'id'>): string {
  const at = result.id.indexOf('_');
  return at > 0 ? result.id.slice(0, at) : 'unknown';
}

export function resultView(
  result: PagefindResult,
  data: PagefindResultData,
  query: string,
): ResultView {
  const { title, date, dateline, summary } = data.meta;
  const excerpt =
    query || !summary ? excerptParts(data.excerpt) : [{ text: summary, marked: false }];
  return {
    href: query ? highlightUrl(data.url, markedPhrases(excerpt)) : data.url,
    title: title || data.url,
    date,
    dateline,
    excerpt,
    lang: resultLanguage(result),
  };
}

/**
 * Records that are not news and must not become articles: test pages, redirects,
 * stubs and bodies with no running text. Each gets a reason, reported as
 * `file[:line]: skipped, not news: <reason>`; a skip is not an error.
 */
import type { SourceRecord } from '../types';
import type { ArticleStructure } from './recognise';

/** Fewer words than this is a stub: the shortest real story in the Wikinews corpus has 51. */
export const STUB_WORDS = 20;

const TEST_TITLE =
  /^\s*(?:test(?:ing)?|sandbox)(?:\s+(?:page|article|story|post|edit))?\s*(?:[:\-–—]|$)/i;
const TEST_BODY = /^\s*this is (?:only )?a test(?: page| article| story| post|[.!])/i;
const REDIRECT = /^\s*#?\s*redirect(?:ed)?\b(?:\s+to)?\s*:?\s*(?<target>.{0,80})/i;
const STUB_MARK = /\{\{\s*stub\s*\}\}|^\s*this article is a stub\b/im;

function quoted(text: string): string {
  return JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 80));
}

export function notNewsReason(
  record: SourceRecord,
  structure: ArticleStructure,
): string | undefined {
  const title =
    typeof record.frontmatter?.['title'] === 'string'
      ? record.frontmatter['title']
      : (record.title ?? '');
  if (TEST_TITLE.test(title)) return `test page (${quoted(title)})`;
  if (TEST_BODY.test(record.body)) return `test page (${quoted(record.body.split('\n')[0] ?? '')})`;
  const redirect = REDIRECT.exec(record.body);
  if (redirect && record.body.trim().length < 300) return `redirect (${quoted(redirect[0])})`;
  const text = structure.paragraphs.join(' ').trim();
  if (!text) return 'empty body (no running text)';
  if (STUB_MARK.test(record.body)) return 'stub (marked as a stub)';
  // A Markdown file is a person's own article: a short one is a brief, their decision.
  const words = text.split(/\s+/).length;
  if (record.format !== 'markdown' && words < STUB_WORDS) return `stub (${words} words)`;
  return undefined;
}

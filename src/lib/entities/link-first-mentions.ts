/**
 * Links the first mention of each entity in an article's rendered HTML to its page. This
 * runs at render time, not in the Markdown pipeline, whose cache is keyed by the article
 * alone: links made there would go stale when only the registry changed. Our own
 * serializer writes the HTML, so a linear scan over tags is enough; links, headings, code,
 * scripts, styles and attributes are left alone. A name holding "&" or "<" is not linked
 * in the body (it is still tagged, and linked from the "In this story" box).
 */
import { htmlVoidElements } from 'html-void-elements';
import type { NameMatcher } from './name-matcher';

/** Elements whose text must not get a link: links cannot nest; headings and code stay as written. */
const SKIPPED = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'script',
  'style',
  'kbd',
  'samp',
  'svg',
  'math',
  'button',
  'label',
  'select',
  'textarea',
]);
const VOID = new Set(htmlVoidElements);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/g;

export interface MentionLink {
  href: string;
  /** Accessible description, e.g. "Li Qiang: all stories". */
  title?: string | undefined;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function linkFirstMentions(
  html: string,
  matcher: NameMatcher,
  linkOf: (id: string) => MentionLink | undefined,
  className = 'entity-mention',
): string {
  const linked = new Set<string>();
  let out = '';
  let cursor = 0;
  let skipDepth = 0;

  const linkText = (text: string): string => {
    if (skipDepth > 0 || text.trim() === '') return text;
    let result = '';
    let at = 0;
    for (const match of matcher.findAll(text)) {
      if (linked.has(match.id)) continue;
      const link = linkOf(match.id);
      if (!link) continue;
      linked.add(match.id);
      const title = link.title ? ` title="${escapeAttribute(link.title)}"` : '';
      result += `${text.slice(at, match.start)}<a class="${className}" href="${escapeAttribute(link.href)}"${title}>${match.text}</a>`;
      at = match.end;
    }
    return result + text.slice(at);
  };

  for (const tag of html.matchAll(TAG)) {
    out += linkText(html.slice(cursor, tag.index));
    out += tag[0];
    cursor = tag.index + tag[0].length;
    const name = tag[2]?.toLowerCase();
    if (!name || VOID.has(name) || tag[3] === '/' || !SKIPPED.has(name)) continue;
    skipDepth = Math.max(0, skipDepth + (tag[1] === '/' ? -1 : 1));
  }
  return out + linkText(html.slice(cursor));
}

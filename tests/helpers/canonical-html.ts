/**
 * HTML in one spelling, so that two renderers' output can be compared for
 * what a browser sees rather than how each escapes: character references
 * decoded and re-escaped one way (`&#x3C;` and `&lt;` alike become `&lt;`),
 * attributes sorted, an empty attribute always written `=""`, no leading or
 * trailing white space.
 */
import { htmlVoidElements } from 'html-void-elements';
import { Parser } from 'htmlparser2';

const VOID = new Set(htmlVoidElements);

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

export function canonicalHtml(html: string): string {
  let out = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const sorted = Object.keys(attributes)
          .sort()
          .map((key) => ` ${key}="${escapeAttribute(attributes[key] ?? '')}"`);
        out += `<${name}${sorted.join('')}>`;
      },
      ontext(text) {
        out += escapeText(text);
      },
      onclosetag(name) {
        if (!VOID.has(name)) out += `</${name}>`;
      },
      oncomment(comment) {
        out += `<!--${comment}-->`;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return out.trim();
}

const BLOCK =
  'address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul';
const WHITESPACE_AFTER_BLOCK_TAG = new RegExp(`(<\\/?(?:${BLOCK})(?:\\s[^>]*)?>)\\s+(?=<)`, 'g');
const WHITESPACE_BEFORE_BLOCK_TAG = new RegExp(`>\\s+(?=<\\/?(?:${BLOCK})[\\s>])`, 'g');

/**
 * canonicalHtml, and white space between block elements dropped: a browser
 * renders none of it (Sätteri ends a document with a newline, unified does not).
 */
export function canonicalHtmlForRendering(html: string): string {
  return canonicalHtml(html)
    .replace(WHITESPACE_AFTER_BLOCK_TAG, '$1')
    .replace(WHITESPACE_BEFORE_BLOCK_TAG, '>');
}

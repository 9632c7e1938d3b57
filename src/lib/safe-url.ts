/**
 * Which URLs may reach a page, one rule for every URL an article carries (Markdown links
 * and images, the frontmatter's URL fields): `http:`, `https:`, `mailto:`, relative paths
 * and fragments; every other scheme is refused. The URL is read as a browser would
 * (character references decoded, ASCII spaces and controls removed, case ignored), and a
 * scheme outside the list is refused even where a browser would see a harmless path:
 * refusing a strange link costs less than guessing wrong.
 */

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The named references that spell the characters a scheme needs (`&colon;`), and the usual escapes. */
const NAMED_REFERENCES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  sol: '/',
  bsol: '\\',
  num: '#',
  quest: '?',
  period: '.',
  lpar: '(',
  rpar: ')',
  nbsp: '\u00a0',
};

const REFERENCE = /&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi;

/** Decodes numeric and common named character references, repeatedly (`&amp;#106;` → `j`). */
function decodeReferences(value: string): string {
  let current = value;
  for (let round = 0; round < 4; round += 1) {
    const next = current.replace(
      REFERENCE,
      (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
        if (name !== undefined) return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
        const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      },
    );
    if (next === current) return next;
    current = next;
  }
  return current;
}

/** Controls, spaces, and the Unicode format characters that hide in text (zero-width, bidi). */
const INVISIBLE = /[\p{Cc} \u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/gu;

/** The scheme a URL names, lower-cased, or undefined for a relative path or a fragment. */
export function urlScheme(url: string): string | undefined {
  const plain = decodeReferences(url).replace(INVISIBLE, '').toLowerCase();
  const end = plain.search(/[:/?#\\]/);
  if (end < 0 || plain[end] !== ':') return undefined;
  return plain.slice(0, end);
}

/** True when a URL may be linked from a page (see the module comment for the rule). */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme);
}

/** Why a URL is refused, for error messages; undefined when it is safe. */
export function unsafeUrlReason(url: string): string | undefined {
  if (isSafeUrl(url)) return undefined;
  const scheme = urlScheme(url) || '(empty)';
  return `unsafe URL scheme "${scheme}:" (only http:, https:, mailto:, relative paths and fragments)`;
}

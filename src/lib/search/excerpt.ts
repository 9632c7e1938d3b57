/**
 * Pagefind's excerpts (`… the <mark>metro</mark> line …`) as plain pieces of
 * text, so the page builds them with `textContent` and never parses HTML.
 *
 * Pagefind escapes `<` and `>` of the page text and adds only `<mark>` tags;
 * undoing exactly that gives back the text as it stands on the page, which is
 * also what a text fragment link must quote.
 */

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

function unescapeText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last)
      parts.push({ text: unescapeText(excerpt.slice(last, match.index)), marked: false });
    parts.push({ text: unescapeText(match[1] ?? ''), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: unescapeText(excerpt.slice(last)), marked: false });
  return parts.filter((part) => part.text.length > 0);
}

/**
 * The distinct highlighted phrases of an excerpt, in order: marks separated
 * only by spaces join into one phrase ("Li Qiang"), so a link can quote them;
 * a phrase found inside another is left out.
 */
export function markedPhrases(parts: readonly ExcerptPart[]): string[] {
  const phrases: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const phrase = current.join('').trim();
    if (phrase && !phrases.includes(phrase)) phrases.push(phrase);
    current = [];
  };
  for (const part of parts) {
    if (part.marked) current.push(part.text);
    else if (current.length > 0 && /^\s+$/.test(part.text)) current.push(part.text);
    else flush();
  }
  flush();
  // "Li" inside "Li Qiang" adds nothing: the longer phrase already highlights it.
  return phrases.filter(
    (phrase) => !phrases.some((other) => other !== phrase && other.includes(phrase)),
  );
}

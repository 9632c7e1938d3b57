/**
 * Result links that highlight the searched words on the article page without
 * any script there: a URL text fragment (`#:~:text=Li%20Qiang`), which the
 * browser itself scrolls to and paints (styled with `::target-text`).
 *
 * The alternative, Pagefind's highlight script, would add JavaScript to every
 * article page; article pages ship none, so the browser does the work.
 * Browsers without text fragments simply open the article at its top.
 */

/** Text fragments give `-`, `,` and `&` a meaning of their own, so those are escaped too. */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/** Most phrases a link quotes: each one is another search the browser runs on the page. */
export const MAX_HIGHLIGHTED_PHRASES = 3;

/** `/2023/03/22/x/` + ["Li Qiang"] → `/2023/03/22/x/#:~:text=Li%20Qiang`. */
export function highlightUrl(url: string, phrases: readonly string[]): string {
  const chosen = phrases
    .map((phrase) => phrase.trim())
    .filter(Boolean)
    .slice(0, MAX_HIGHLIGHTED_PHRASES);
  if (chosen.length === 0) return url;
  const withoutHash = url.replace(/#.*$/, '');
  return `${withoutHash}#:~:${chosen.map((phrase) => `text=${encodeTextDirective(phrase)}`).join('&')}`;
}

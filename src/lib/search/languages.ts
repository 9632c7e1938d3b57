/**
 * Which Pagefind language indexes the search page merges into its own, for one bundle.
 *
 * Pagefind keeps one index per `<html lang>` (lower-cased, e.g. `en`, `zh`,
 * `zh-hans`) and opens the one matching the search page's language, or, when
 * the bundle has none in that language, the one with the most pages. Every
 * other index must be merged in, exactly once, for a search to cover them all.
 */
export function languagesToMerge(
  pagesPerLanguage: Readonly<Record<string, number>>,
  pageLanguage: string,
): string[] {
  const counts = new Map<string, number>();
  for (const [lang, pages] of Object.entries(pagesPerLanguage)) {
    const key = lang.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + pages);
  }
  const page = pageLanguage.toLowerCase();
  // The same lookup Pagefind makes: the exact language, then its primary subtag, then the biggest index.
  const primary =
    [page, page.split('-')[0] ?? page].find((key) => counts.has(key)) ??
    [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  return [...counts.keys()].filter((key) => key !== primary).sort();
}

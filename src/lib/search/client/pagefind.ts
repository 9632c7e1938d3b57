/**
 * Loads Pagefind's search API from the site's own bundle (`<base>pagefind/`)
 * and opens every language index the archive has, so one search covers them all.
 *
 * Pagefind searches one language per index, picked from `<html lang>`. An
 * archive with Chinese articles has a `zh` index beside the `en` one, and a
 * Chinese query must find them: so the other languages are merged in, each
 * segmenting the query its own way (Pagefind splits Chinese into words).
 */
import type { FilterCounts } from '../facets';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  /** `<language>_<hash>`: the prefix names the language index the page is in. */
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** Results per filter value if that value were added to the current filters. */
  filters: FilterCounts;
}

/** Pagefind's filter syntax: values under a filter name, or `any` / `all` / `none` / `not` around nested conditions. */
export type PagefindFilters = Record<string, unknown>;

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  filters(): Promise<FilterCounts>;
}

export interface SearchIndexLocation {
  /** URL path of the bundle folder, e.g. `/news/pagefind/`. */
  bundlePath: string;
  /** Base path of the site, prefixed to result URLs. */
  basePath: string;
  /** Language indexes to merge into the one Pagefind picks for this page. */
  otherLanguages: readonly string[];
}

/**
 * Counts come back with a search for every filter Pagefind has loaded: all of
 * them after `filters()`, otherwise those a search has used.
 */
export type SearchIndex = Pick<PagefindModule, 'search' | 'preload' | 'filters'>;

export async function loadSearchIndex({
  bundlePath,
  basePath,
  otherLanguages,
}: SearchIndexLocation): Promise<SearchIndex> {
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindModule;
  await pagefind.options({ baseUrl: basePath, excerptLength: 24 });
  await pagefind.init();
  // Pagefind skips a merge whose path starts like its own bundle path; the
  // same folder written as an absolute URL is the same files under another name.
  const sameBundle = new URL(bundlePath, window.location.href).href;
  await Promise.all(
    otherLanguages.map((language) =>
      pagefind.mergeIndex(sameBundle, { language, baseUrl: basePath }),
    ),
  );
  return pagefind;
}

/**
 * Loads Pagefind's search API from the site's own bundles (`<base>pagefind/<shard>/`,
 * src/lib/search/index-shards.ts) and opens a search over the shards a search
 * needs, with every language index they have.
 *
 * Pagefind searches one language per index, picked from `<html lang>`. An
 * archive with Chinese articles has a `zh` index beside the `en` one, and a
 * Chinese query must find them: so the other languages are merged in, each
 * segmenting the query its own way (Pagefind splits Chinese into words).
 */
import type { FilterCounts } from '../facets';
import { isShardList, SHARD_FILTER, SHARD_LIST, type IndexShard } from '../index-shards';
import { languagesToMerge } from '../languages';

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

/** One Pagefind search (an instance, with the bundles merged into it). */
interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  filters(): Promise<FilterCounts>;
}

/** Pagefind 1.6's `pagefind.js`: `createInstance` opens a bundle of one's choosing, as often as needed. */
interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindInstance;
}

export interface SearchIndexLocation {
  /** URL path of the folder holding the shards' bundles and `shards.json`, e.g. `/news/pagefind/`. */
  bundlePath: string;
  /** Base path of the site, prefixed to result URLs. */
  basePath: string;
}

/**
 * Counts come back with a search for every filter Pagefind has loaded: all of
 * them after `filters()`, otherwise those a search has used.
 */
export type SearchIndex = Pick<PagefindInstance, 'search' | 'preload' | 'filters'>;

/** The shards the build wrote, newest first (`pagefind/shards.json`). */
export async function loadShardList(bundlePath: string): Promise<IndexShard[]> {
  const response = await fetch(`${bundlePath}${SHARD_LIST}`);
  if (!response.ok) throw new Error(`${response.status} fetching ${bundlePath}${SHARD_LIST}`);
  const list: unknown = await response.json();
  if (!isShardList(list)) throw new Error(`${bundlePath}${SHARD_LIST} is not a list of shards`);
  return list.shards;
}

/**
 * Opens searches over sets of shards, each set once: the first shard as the
 * instance's own bundle, then every other language of it and every language
 * of the other shards merged in (merged bundles share the first one's
 * WebAssembly module, so only the first loads one). Every page carries its
 * shard's id as the filter `SHARD_FILTER`.
 */
export class ShardedIndex {
  private readonly opened = new Map<string, Promise<SearchIndex>>();
  private module: Promise<PagefindModule> | undefined;

  constructor(
    private readonly location: SearchIndexLocation,
    /** Called once on each search opened, before any search runs in it. */
    private readonly prepare: (index: SearchIndex) => Promise<void>,
  ) {}

  /** The search over these shards; `undefined` for none. */
  open(shards: readonly IndexShard[]): Promise<SearchIndex> | undefined {
    const [first] = shards;
    if (!first) return undefined;
    const key = shards.map((shard) => shard.id).join(' ');
    let index = this.opened.get(key);
    if (!index) {
      index = this.openNew(shards);
      this.opened.set(key, index);
      // A failed open is tried again by the next search.
      index.catch(() => this.opened.delete(key));
    }
    return index;
  }

  private async openNew(shards: readonly IndexShard[]): Promise<SearchIndex> {
    const { bundlePath, basePath } = this.location;
    const folder = (shard: IndexShard) => `${bundlePath}${shard.id}/`;
    // Every shard's pagefind.js is the same file: load one, once.
    this.module ??= import(
      /* @vite-ignore */ `${folder(shards[0]!)}pagefind.js`
    ) as Promise<PagefindModule>;
    const [first] = shards;
    const pagefind = (await this.module).createInstance({ basePath: folder(first!) });
    await pagefind.options({ baseUrl: basePath, excerptLength: 24 });
    await pagefind.init();
    await pagefind.options({ mergeFilter: { [SHARD_FILTER]: first!.id } });
    // Pagefind skips a merge whose path starts like its own bundle path; the
    // same folder written as an absolute URL is the same files under another name.
    const pageLanguage = document.documentElement.lang;
    for (const [position, shard] of shards.entries()) {
      const absolute = new URL(folder(shard), window.location.href).href;
      const languages =
        position === 0
          ? languagesToMerge(shard.languages, pageLanguage)
          : Object.keys(shard.languages).map((language) => language.toLowerCase());
      await Promise.all(
        languages.map((language) =>
          pagefind.mergeIndex(absolute, {
            language,
            baseUrl: basePath,
            mergeFilter: { [SHARD_FILTER]: shard.id },
          }),
        ),
      );
    }
    await this.prepare(pagefind);
    return pagefind;
  }
}

/**
 * The Pagefind filters the page has loaded (facets, or shards of one), the
 * names of their values, and every value's total when all were loaded up front.
 */
import {
  countsByFacet,
  filterValueIndex,
  type FilterCounts,
  type FilterValueIndex,
} from '../facets';
import { FACETS, type Facet } from '../filters';
import { facetKeys, type FacetShards } from '../shards';
import type { SearchIndex } from './pagefind';

export class LoadedFilters {
  readonly values: FilterValueIndex = new Map();
  /** Pagefind filters (facets, or shards of one) whose values are loaded. */
  private readonly loadedKeys = new Set<string>();
  /** Every value's total, when every filter was loaded up front (small archives). */
  allCounts: FilterCounts | undefined;

  constructor(private readonly shards: FacetShards) {}

  /** The facets the page names first: every filter with its counts when that is all of them. */
  async loadFirst(index: SearchIndex, facetsFirst: readonly Facet[]): Promise<void> {
    if (FACETS.every((facet) => facetsFirst.includes(facet))) {
      const counts = await index.filters();
      filterValueIndex(counts, this.values);
      this.allCounts = countsByFacet(counts);
      for (const facet of FACETS)
        for (const key of facetKeys(facet, this.shards)) this.loadedKeys.add(key);
    } else {
      await this.load(
        index,
        facetsFirst.flatMap((facet) => facetKeys(facet, this.shards)),
      );
    }
  }

  /**
   * Loads some Pagefind filters, and learns their values (ids and names),
   * with one search that matches nothing: Pagefind fetches the filters a
   * search names, and counts come back for every loaded value.
   */
  async load(index: SearchIndex, keys: readonly string[]): Promise<void> {
    const missing = keys.filter((key) => !this.loadedKeys.has(key));
    if (missing.length === 0) return;
    const nothing = Object.fromEntries(missing.map((key) => [key, ['\u0000']]));
    const response = await index.search(null, { filters: nothing });
    filterValueIndex(response.filters, this.values);
    for (const key of missing) this.loadedKeys.add(key);
  }

  /** Whether every value of a facet is loaded, so its counts can be offered as choices. */
  readonly complete = (facet: Facet): boolean =>
    facetKeys(facet, this.shards).every((key) => this.loadedKeys.has(key));
}

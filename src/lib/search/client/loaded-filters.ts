/**
 * The Pagefind filters each opened search has loaded (facets, or shards of
 * one), the names of their values, and every value's total when all were
 * loaded up front. Each search over a set of index shards (pagefind.ts) loads
 * its own filters: a shard's filter chunk holds that shard's stories only.
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
  /** Per opened search, the Pagefind filters (facets, or shards of one) whose values are loaded. */
  private readonly loadedKeys = new WeakMap<SearchIndex, Set<string>>();
  /** Every value's total, when every filter is loaded up front (small archives). */
  allCounts: FilterCounts | undefined;

  /** Takes every value's total from a search over every shard (small archives only). */
  async countAll(index: SearchIndex): Promise<void> {
    if (this.everyFacetFirst) this.allCounts = countsByFacet(await index.filters());
  }

  constructor(
    private readonly shards: FacetShards,
    private readonly facetsFirst: readonly Facet[],
  ) {}

  private keysOf(index: SearchIndex): Set<string> {
    let keys = this.loadedKeys.get(index);
    if (!keys) this.loadedKeys.set(index, (keys = new Set()));
    return keys;
  }

  /** Whether every filter is loaded as each search opens (small archives). */
  get everyFacetFirst(): boolean {
    return FACETS.every((facet) => this.facetsFirst.includes(facet));
  }

  /** Loads the facets the page names first into a newly opened search: every filter, when that is all of them. */
  async loadFirst(index: SearchIndex): Promise<void> {
    if (this.everyFacetFirst) {
      filterValueIndex(await index.filters(), this.values);
      const keys = this.keysOf(index);
      for (const facet of FACETS) for (const key of facetKeys(facet, this.shards)) keys.add(key);
    } else {
      await this.load(
        index,
        this.facetsFirst.flatMap((facet) => facetKeys(facet, this.shards)),
      );
    }
  }

  /**
   * Loads some Pagefind filters into one search, and learns their values (ids
   * and names), with one search that matches nothing: Pagefind fetches the
   * filters a search names, and counts come back for every loaded value.
   */
  async load(index: SearchIndex, keys: readonly string[]): Promise<void> {
    const loaded = this.keysOf(index);
    const missing = keys.filter((key) => !loaded.has(key));
    if (missing.length === 0) return;
    const nothing = Object.fromEntries(missing.map((key) => [key, ['\u0000']]));
    const response = await index.search(null, { filters: nothing });
    filterValueIndex(response.filters, this.values);
    for (const key of missing) loaded.add(key);
  }

  /** Whether every value of a facet is loaded in each of these searches, so its counts can be offered as choices. */
  completeIn(indexes: readonly SearchIndex[]): (facet: Facet) => boolean {
    return (facet) =>
      indexes.every((index) => {
        const loaded = this.keysOf(index);
        return facetKeys(facet, this.shards).every((key) => loaded.has(key));
      });
  }
}

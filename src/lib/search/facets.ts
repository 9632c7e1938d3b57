/**
 * Facets as the reader sees them, from the counts Pagefind returns: for each
 * filter, the values worth offering now (most results first, chosen ones
 * always), and the translation between URL ids and Pagefind's filter values.
 */
import { decodeFilterValue, FACET_LABELS, FACETS, type Facet } from './filters';
import { facetOfKey, filterKey, type FacetShards } from './shards';
import type { SearchState } from './state';

/** Pagefind's counts: filter → value → number of results. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface FacetOption {
  id: string;
  name: string;
  count: number;
  selected: boolean;
}

export interface FacetGroup {
  facet: Facet;
  label: string;
  options: FacetOption[];
  /** Values with results that did not make the cut. */
  more: number;
}

/** Pagefind's value for each id, per facet: built up from the filters loaded so far. */
export type FilterValueIndex = Map<Facet, Map<string, string>>;

/** Adds the values of every filter in `counts` (shards included) to `index` (a new one by default). */
export function filterValueIndex(
  counts: FilterCounts,
  index: FilterValueIndex = new Map(),
): FilterValueIndex {
  for (const [key, known] of Object.entries(counts)) {
    const facet = facetOfKey(key);
    if (!facet) continue;
    const values = index.get(facet) ?? new Map<string, string>();
    for (const value of Object.keys(known)) values.set(decodeFilterValue(value).id, value);
    index.set(facet, values);
  }
  return index;
}

/** Pagefind's counts per filter (`person-3`, `person-12`, …) as counts per facet (`person`). */
export function countsByFacet(counts: FilterCounts): FilterCounts {
  const merged: FilterCounts = {};
  for (const [key, known] of Object.entries(counts)) {
    const facet = facetOfKey(key);
    if (facet) Object.assign((merged[facet] ??= {}), known);
  }
  return merged;
}

/** The Pagefind filters that hold the chosen ids. */
export function filterKeysOf(filters: SearchState['filters'], shards: FacetShards): string[] {
  const keys = new Set<string>();
  for (const facet of FACETS)
    for (const id of filters[facet] ?? []) keys.add(filterKey(facet, id, shards));
  return [...keys];
}

/**
 * The state's filters in Pagefind's terms: each chosen id under the filter
 * (shard) that holds it, as Pagefind's value. An id the archive does not have
 * stays as it is: no value equals it, so it matches nothing, as it should.
 */
export function pagefindFilters(
  filters: SearchState['filters'],
  index: FilterValueIndex,
  shards: FacetShards = {},
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const facet of FACETS) {
    for (const id of filters[facet] ?? [])
      (result[filterKey(facet, id, shards)] ??= []).push(index.get(facet)?.get(id) ?? id);
  }
  return result;
}

/** Display name of a chosen id, for messages ("in Changsha"). */
export function filterName(index: FilterValueIndex, facet: Facet, id: string): string {
  const value = index.get(facet)?.get(id);
  return value ? decodeFilterValue(value).name : id;
}

function compareOptions(facet: Facet) {
  // Years read best in time order; everything else by how many results it would give.
  return facet === 'year'
    ? (a: FacetOption, b: FacetOption) => b.id.localeCompare(a.id)
    : (a: FacetOption, b: FacetOption) => b.count - a.count || a.name.localeCompare(b.name);
}

/**
 * The facets to show, from counts per facet (`countsByFacet`). A facet whose
 * values are only partly loaded (`complete` says no: one shard of its filter)
 * offers its chosen values only: the rest of a shard is an arbitrary few.
 */
export function facetGroups(
  counts: FilterCounts,
  selected: SearchState['filters'],
  limit: number,
  complete: (facet: Facet) => boolean = () => true,
): FacetGroup[] {
  const groups: FacetGroup[] = [];
  for (const facet of FACETS) {
    const chosen = new Set(selected[facet] ?? []);
    const options: FacetOption[] = [];
    for (const [value, count] of Object.entries(counts[facet] ?? {})) {
      const { id, name } = decodeFilterValue(value);
      if (!chosen.has(id) && !complete(facet)) continue;
      if (count > 0 || chosen.has(id)) options.push({ id, name, count, selected: chosen.has(id) });
    }
    for (const id of chosen) {
      if (!options.some((option) => option.id === id))
        options.push({ id, name: id, count: 0, selected: true });
    }
    const ranked = options.sort(compareOptions(facet));
    const shown = ranked.filter((option, rank) => option.selected || rank < limit);
    if (shown.length > 0)
      groups.push({
        facet,
        label: FACET_LABELS[facet],
        options: shown,
        more: ranked.length - shown.length,
      });
  }
  return groups;
}

/**
 * Archives up to this size load every filter when the search page opens, so
 * every facet shows counts from the start.
 *
 * Why a limit: Pagefind 1.6 counts each loaded filter value against each
 * result, so a search costs (filter entries × results): docs/performance.md.
 * Larger archives load the filter (or shard, see `shards.ts`) holding a value
 * when the reader chooses it, and show counts for the values in use.
 */
export const ALL_FACETS_UP_TO_ARTICLES = 2000;

export function facetsToLoadFirst(articleCount: number): readonly Facet[] {
  return articleCount <= ALL_FACETS_UP_TO_ARTICLES ? FACETS : [];
}

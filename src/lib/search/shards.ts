/**
 * Facets with many values split across several Pagefind filters ("shards"):
 * Pagefind 1.6 fetches a filter's whole chunk the first time a search names it
 * and counts every loaded value, so a search by one person should fetch only the
 * shard holding that person (sizes: docs/performance.md). A value's shard is a
 * hash of its id; the shard count per facet is fixed per build and given to the
 * article pages and the search page. A facet with one shard keeps its plain name.
 */
import { decodeFilterValue, FACETS, isFacet, type ArticleFilters, type Facet } from './filters';

/**
 * Values per shard: a shard stays a few KB (docs/performance.md), while the
 * index's list of filters (fetched by every search) grows by a few bytes per shard.
 */
export const VALUES_PER_SHARD = 200;

/** Shards per facet; a facet not listed has one. */
export type FacetShards = Partial<Record<Facet, number>>;

export function shardCount(distinctValues: number): number {
  return Math.max(1, Math.ceil(distinctValues / VALUES_PER_SHARD));
}

/** FNV-1a, 32 bits: small, stable across builds and browsers, and spreads slugs evenly. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** The Pagefind filter that holds one value of a facet: `person`, or `person-7` when split. */
export function filterKey(facet: Facet, id: string, shards: FacetShards): string {
  const count = shards[facet] ?? 1;
  return count > 1 ? `${facet}-${hash(id) % count}` : facet;
}

/** Every Pagefind filter of a facet. */
export function facetKeys(facet: Facet, shards: FacetShards): string[] {
  const count = shards[facet] ?? 1;
  return count > 1 ? Array.from({ length: count }, (_, shard) => `${facet}-${shard}`) : [facet];
}

/** The facet a Pagefind filter belongs to, or `undefined` for a filter that is none of ours. */
export function facetOfKey(key: string): Facet | undefined {
  const facet = key.replace(/-\d+$/, '');
  return isFacet(facet) ? facet : undefined;
}

/** An article's filter values, under the Pagefind filters that hold them. */
export function shardedFilters(
  filters: ArticleFilters,
  shards: FacetShards,
): Record<string, string[]> {
  const sharded: Record<string, string[]> = {};
  for (const facet of FACETS) {
    for (const value of filters[facet] ?? [])
      (sharded[filterKey(facet, decodeFilterValue(value).id, shards)] ??= []).push(value);
  }
  return sharded;
}

/** `{ person: 20, place: 7 }` → `person:20 place:7`, for a data attribute. */
export function serialiseShards(shards: FacetShards): string {
  return FACETS.filter((facet) => (shards[facet] ?? 1) > 1)
    .map((facet) => `${facet}:${shards[facet]}`)
    .join(' ');
}

export function parseShards(text: string | undefined): FacetShards {
  const shards: FacetShards = {};
  for (const pair of (text ?? '').split(/\s+/)) {
    const [facet = '', count = ''] = pair.split(':');
    const n = Number.parseInt(count, 10);
    if (isFacet(facet) && Number.isInteger(n) && n > 1) shards[facet] = n;
  }
  return shards;
}

/**
 * The search index in shards (issue 19): one Pagefind bundle per run of months
 * of one year, `pagefind/<id>/`, listed newest first in `pagefind/shards.json`.
 * The build writes that list; the search page reads it to open only the shards
 * a search needs. A shard holds a date range, so the shards' own date-sorted
 * lists, newest shard first, are already the archive's date order: a date-sorted
 * search opens the next older shard only when the reader reaches the end.
 */
import { orderedRange, type DateRange } from './dates';

/** The list of shards, beside their folders in the bundle. */
export const SHARD_LIST = 'shards.json';
/** Bump when the list's shape changes. */
export const SHARD_LIST_VERSION = 1;

export interface IndexShard {
  /** Folder name under `pagefind/`: the year (`2019`), or its first month (`2019-07`) when the year is split. */
  id: string;
  /** First and last month it holds, `YYYY-MM`. */
  from: string;
  to: string;
  /** Pages indexed (an old address's redirect page, read but without a body, is not one). */
  pages: number;
  /** Pages per language index in the bundle (`{ en: 412, zh: 3 }`), from its `pagefind-entry.json`. */
  languages: Record<string, number>;
}

export interface ShardList {
  version: number;
  /** Newest first; their date ranges do not overlap. */
  shards: IndexShard[];
}

export function isShardList(value: unknown): value is ShardList {
  const list = value as Partial<ShardList> | null;
  const month = (text: unknown) => typeof text === 'string' && /^\d{4}-\d{2}$/.test(text);
  return (
    typeof list === 'object' &&
    list !== null &&
    list.version === SHARD_LIST_VERSION &&
    Array.isArray(list.shards) &&
    list.shards.every(
      (shard) =>
        typeof shard?.id === 'string' &&
        /^\d{4}(?:-\d{2})?$/.test(shard.id) &&
        month(shard.from) &&
        month(shard.to) &&
        Number.isSafeInteger(shard.pages) &&
        typeof shard.languages === 'object' &&
        shard.languages !== null &&
        Object.values(shard.languages).every((pages) => Number.isSafeInteger(pages)),
    )
  );
}

/**
 * A filter Pagefind adds to every page of a shard's bundle when the search page
 * opens it (`mergeFilter`), holding the shard's id: counts per shard, and a way
 * to leave some shards out of a search over several.
 */
export const SHARD_FILTER = 'shard';

/**
 * The shards, of those searched together, that know every word of a query.
 * Pagefind leaves a word its index does not know out of a search of several
 * words (a shard without "Qiang" answers "Li Qiang" as "Li"); one whole index
 * knows every word of the archive, so this never showed. Each word is searched
 * alone (`countsOf`: Pagefind's filter counts, with `SHARD_FILTER` among them),
 * and only the shards that find all of them may answer the query.
 */
export async function shardsKnowingEveryWord(
  words: readonly string[],
  shardIds: readonly string[],
  countsOf: (word: string) => Promise<Record<string, Record<string, number>>>,
): Promise<string[]> {
  let knowing = [...shardIds];
  for (const word of words) {
    if (knowing.length === 0) break;
    const perShard = (await countsOf(word))[SHARD_FILTER] ?? {};
    knowing = knowing.filter((id) => (perShard[id] ?? 0) > 0);
  }
  return knowing;
}

/** What narrows a search to some shards: chosen years (`?year=`) and a date range. */
export interface ShardNeeds {
  years?: readonly string[] | undefined;
  range?: DateRange | undefined;
}

/** `2019` → `2019-01` as a start, `2019-12` as an end; `2019-03` as it is. */
const startMonth = (bound: string) => (bound.length > 4 ? bound : `${bound}-01`);
const endMonth = (bound: string) => (bound.length > 4 ? bound : `${bound}-12`);

/**
 * The shards a search must open, in the list's order (newest first). An article
 * must match every chosen year, so a shard is needed only if it holds all of
 * them (two different years: none); a range keeps the shards it overlaps.
 */
export function shardsFor(shards: readonly IndexShard[], needs: ShardNeeds): IndexShard[] {
  const years = [...new Set(needs.years ?? [])];
  const { from, to } = orderedRange(needs.range ?? {});
  return shards.filter((shard) => {
    // A shard never spans two years (the build splits by year first).
    if (years.some((year) => year !== shard.from.slice(0, 4))) return false;
    if (from && shard.to < startMonth(from)) return false;
    if (to && shard.from > endMonth(to)) return false;
    return true;
  });
}

/** Results in order, a page at a time, from shards searched as they are needed. */
export interface ResultStream<T> {
  /** Results in the shards searched so far. */
  readonly found: number;
  /** Whether every shard the search needs has been searched, so `found` is the total. */
  readonly complete: boolean;
  /** The shards searched so far, in the order searched. */
  readonly searched: readonly IndexShard[];
  /** The next `count` results (fewer at the end). Call again only after the last call settled. */
  take(count: number): Promise<T[]>;
}

/** One shard's answer: its results in order, as `OrderedResults` (order.ts) gives them. */
export interface ShardResults<T> {
  total: number;
  take(count: number): Promise<T[]>;
}

/**
 * Shards one after another, for a date order: the shards come in that order
 * (newest first for newest first), so their lists joined end to end are in
 * order, never interleaved. A shard is searched only when the ones before it
 * have handed out all their results, or, for the first, on the first `take`.
 */
export function chainShards<T>(
  shards: readonly IndexShard[],
  search: (shard: IndexShard) => Promise<ShardResults<T>>,
): ResultStream<T> {
  const searched: IndexShard[] = [];
  let found = 0;
  let current: ShardResults<T> | undefined;
  let next = 0;
  return {
    get found() {
      return found;
    },
    get complete() {
      return next >= shards.length;
    },
    searched,
    async take(count) {
      const taken: T[] = [];
      while (taken.length < count) {
        if (current) {
          const page = await current.take(count - taken.length);
          taken.push(...page);
          if (page.length > 0) continue;
        }
        const shard = shards[next];
        if (!shard) break;
        current = await search(shard);
        next++;
        searched.push(shard);
        found += current.total;
      }
      return taken;
    },
  };
}

/**
 * Results already in order from the shards given, all searched at once: for
 * best match, where Pagefind's `mergeIndex` merges the shards' results by
 * score (each bundle scores with its own word statistics, so the order is close
 * to, not exactly, one whole index's; the set found is the same).
 */
export function searchedAtOnce<T>(
  shards: readonly IndexShard[],
  results: readonly T[],
): ResultStream<T> {
  let next = 0;
  return {
    found: results.length,
    complete: true,
    searched: shards,
    take: async (count) => results.slice(next, (next += count)),
  };
}

/** Pagefind's counts of several shards as one: a value's counts added up, as `mergeIndex` does. */
export function sumCounts(
  counts: readonly Record<string, Record<string, number>>[],
): Record<string, Record<string, number>> {
  const sum: Record<string, Record<string, number>> = {};
  for (const shard of counts)
    for (const [filter, values] of Object.entries(shard)) {
      const into = (sum[filter] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  return sum;
}

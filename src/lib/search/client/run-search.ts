/** One search, from a state to what the page shows: results, facets and an announced count. */
import {
  countsByFacet,
  facetGroups,
  filterKeysOf,
  filterName,
  pagefindFilters,
  type FilterCounts,
  type FilterValueIndex,
} from '../facets';
import { FACETS } from '../filters';
import type { FacetShards } from '../shards';
import {
  chainShards,
  searchedAtOnce,
  SHARD_FILTER,
  shardsFor,
  shardsKnowingEveryWord,
  sumCounts,
  type IndexShard,
  type ResultStream,
} from '../index-shards';
import { orderResults } from '../order';
import { rangeFilter, rangeName } from '../dates';
import {
  effectiveSort,
  hasFilters,
  isSearchableQuery,
  type SearchState,
  type Sort,
} from '../state';
import type { Elements } from './elements';
import type { LoadedFilters } from './loaded-filters';
import type { PagefindResult, PagefindSearchOptions, SearchIndex, ShardedIndex } from './pagefind';
import { renderFacets } from './render-facets';
import type { ResultList } from './result-list';
import { resultLanguage } from './result-view';

const FACET_LIMIT = 8;

const PAGEFIND_SORT: Record<Exclude<Sort, 'relevance'>, 'asc' | 'desc'> = {
  newest: 'desc',
  oldest: 'asc',
};

/** What a search needs of the page, made once when the page starts. */
export interface SearchPage {
  ui: Elements;
  /**
   * The index shards, newest first, once their list is loaded; on small archives also the
   * search over all of them, opened at once with every filter, which every search then uses
   * (restricted to the shards it needs by `SHARD_FILTER`) instead of opening shards one by one.
   */
  shardsReady: Promise<{ shards: readonly IndexShard[]; whole: SearchIndex | undefined }>;
  index: ShardedIndex;
  filters: LoadedFilters;
  results: ResultList;
  shards: FacetShards;
  /** The years the archive has stories in: an open-ended date range runs to the first or last. */
  archiveYears: readonly number[];
}

function plural(count: number): string {
  return `${count} ${count === 1 ? 'story' : 'stories'}`;
}

function statusText(
  state: SearchState,
  stream: ResultStream<unknown>,
  values: FilterValueIndex,
): string {
  const words = state.query ? ` for “${state.query}”` : '';
  const names = FACETS.flatMap((facet) =>
    (state.filters[facet] ?? []).map((id) => filterName(values, facet, id)),
  );
  const filtered = names.length ? `, filtered by ${names.join(', ')}` : '';
  const dated = state.range?.from || state.range?.to ? `, ${rangeName(state.range)}` : '';
  const count = stream.found;
  if (!stream.complete) {
    // A date-sorted list searches older (or newer) shards only as the reader reaches them.
    const years = stream.searched.map((shard) => shard.from.slice(0, 4));
    const reached = state.sort === 'oldest' ? `up to ${years.at(-1)}` : `from ${years.at(-1)} on`;
    const rest = state.sort === 'oldest' ? 'later' : 'earlier';
    return `${plural(count)} ${reached}${words}${filtered}${dated}; ${rest} years are searched as you read on.`;
  }
  return `${count === 0 ? 'No stories' : plural(count)}${words}${filtered}${dated}.`;
}

/** One search's results, in its order, and the filter counts of the shards searched so far. */
interface Answer {
  stream: ResultStream<PagefindResult>;
  counts: () => FilterCounts;
  /** The searches (sets of shards) that answered so far, for which filters they have loaded. */
  indexes: SearchIndex[];
}

async function answer(
  page: SearchPage,
  shown: SearchState,
  shards: readonly IndexShard[],
  whole: { index: SearchIndex; shards: number } | undefined,
): Promise<Answer> {
  const sort = effectiveSort(shown);
  const range = rangeFilter(shown.range ?? {}, page.archiveYears);
  const term = isSearchableQuery(shown.query) ? shown.query : null;
  const keys = filterKeysOf(shown.filters, page.shards);
  const options = (): PagefindSearchOptions => ({
    // The range nests under `all`, beside the facets, so that it never clashes with a chosen year.
    filters: {
      ...pagefindFilters(shown.filters, page.filters.values, page.shards),
      ...(range ? { all: [range] } : {}),
    },
    ...(sort === 'relevance' ? {} : { sort: { date: PAGEFIND_SORT[sort] } }),
  });
  const indexes: SearchIndex[] = [];
  const counts: FilterCounts[] = [];
  const words = term?.split(' ') ?? [];
  const searchIn = async (some: readonly IndexShard[]) => {
    if (some.length === 0) return undefined;
    const index = whole?.index ?? (await page.index.open(some));
    if (!index) return undefined;
    await page.filters.load(index, keys);
    const ids = some.map((shard) => shard.id);
    const knowing =
      words.length > 1
        ? await shardsKnowingEveryWord(
            words,
            ids,
            async (word) => (await index.search(word)).filters,
          )
        : ids;
    indexes.push(index);
    if (knowing.length === 0) return undefined;
    const response = await index.search(term, {
      ...options(),
      filters: {
        ...options().filters,
        ...(knowing.length < (whole?.shards ?? ids.length)
          ? { [SHARD_FILTER]: { any: knowing } }
          : {}),
      },
    });
    counts.push(response.filters);
    return response;
  };

  if (sort === 'relevance') {
    // Best match: every shard needed at once, merged by score in one Pagefind search.
    const response = await searchIn(shards);
    return {
      stream: searchedAtOnce(shards, response?.results ?? []),
      counts: () => sumCounts(counts),
      indexes,
    };
  }
  // By date: one shard after another, in the order the reader reads them.
  const inOrder = sort === 'newest' ? shards : [...shards].reverse();
  const stream = chainShards(inOrder, async (shard) => {
    const response = await searchIn([shard]);
    return orderResults(
      response?.results ?? [],
      sort,
      resultLanguage,
      async (result) => (await result.data()).meta['date'] ?? '',
    );
  });
  return { stream, counts: () => sumCounts(counts), indexes };
}

export async function runSearch(
  page: SearchPage,
  shown: SearchState,
  isCurrent: () => boolean,
): Promise<void> {
  const { ui, filters, results } = page;
  if (!isCurrent()) return;
  let shards: readonly IndexShard[];
  let whole: SearchIndex | undefined;
  try {
    ({ shards, whole } = await page.shardsReady);
  } catch (error) {
    ui.status.textContent =
      'Search is unavailable: its index could not be loaded. (Working on the site? Run “npm run build” once.)';
    ui.unavailable.hidden = false;
    console.error(error);
    return;
  }
  if (!isCurrent()) return;

  if (!isSearchableQuery(shown.query) && !hasFilters(shown)) {
    results.clear();
    renderFacets(ui.facetGroups, facetGroups(filters.allCounts ?? {}, shown.filters, FACET_LIMIT));
    ui.facets.hidden = !filters.allCounts;
    ui.status.textContent = shown.query
      ? 'Type at least two letters.'
      : 'Type words to search, or choose a person, place, year or source to list its stories.';
    return;
  }

  const needed = shardsFor(shards, { years: shown.filters.year, range: shown.range });
  const found = await answer(page, shown, needed, whole && { index: whole, shards: shards.length });
  if (!isCurrent()) return;
  const showCounts = () => {
    renderFacets(
      ui.facetGroups,
      facetGroups(
        countsByFacet(found.counts()),
        shown.filters,
        FACET_LIMIT,
        filters.completeIn(found.indexes),
      ),
    );
    ui.facets.hidden = false;
    ui.status.textContent = statusText(shown, found.stream, filters.values);
  };
  if (!(await results.show(found.stream, shown.query, isCurrent, showCounts))) return;
  showCounts();
}

/** One search, from a state to what the page shows: results, facets and an announced count. */
import {
  countsByFacet,
  facetGroups,
  filterKeysOf,
  filterName,
  pagefindFilters,
  type FilterValueIndex,
} from '../facets';
import { FACETS } from '../filters';
import type { FacetShards } from '../shards';
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
import type { SearchIndex } from './pagefind';
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
  indexReady: Promise<SearchIndex>;
  filters: LoadedFilters;
  results: ResultList;
  shards: FacetShards;
  /** The years the archive has stories in: an open-ended date range runs to the first or last. */
  archiveYears: readonly number[];
}

function plural(count: number): string {
  return `${count} ${count === 1 ? 'story' : 'stories'}`;
}

function statusText(state: SearchState, count: number, values: FilterValueIndex): string {
  const words = state.query ? ` for “${state.query}”` : '';
  const names = FACETS.flatMap((facet) =>
    (state.filters[facet] ?? []).map((id) => filterName(values, facet, id)),
  );
  const filtered = names.length ? `, filtered by ${names.join(', ')}` : '';
  const dated = state.range?.from || state.range?.to ? `, ${rangeName(state.range)}` : '';
  return `${count === 0 ? 'No stories' : plural(count)}${words}${filtered}${dated}.`;
}

export async function runSearch(
  page: SearchPage,
  shown: SearchState,
  isCurrent: () => boolean,
): Promise<void> {
  const { ui, filters, results } = page;
  if (!isCurrent()) return;
  let index: SearchIndex;
  try {
    index = await page.indexReady;
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

  await filters.load(index, filterKeysOf(shown.filters, page.shards));
  const sort = effectiveSort(shown);
  const range = rangeFilter(shown.range ?? {}, page.archiveYears);
  const response = await index.search(isSearchableQuery(shown.query) ? shown.query : null, {
    // The range nests under `all`, beside the facets, so that it never clashes with a chosen year.
    filters: {
      ...pagefindFilters(shown.filters, filters.values, page.shards),
      ...(range ? { all: [range] } : {}),
    },
    ...(sort === 'relevance' ? {} : { sort: { date: PAGEFIND_SORT[sort] } }),
  });
  if (!isCurrent()) return;
  const ordered = orderResults(
    response.results,
    sort,
    resultLanguage,
    async (result) => (await result.data()).meta['date'] ?? '',
  );
  if (!(await results.show(ordered, shown.query, isCurrent))) return;
  renderFacets(
    ui.facetGroups,
    facetGroups(countsByFacet(response.filters), shown.filters, FACET_LIMIT, filters.complete),
  );
  ui.facets.hidden = false;
  ui.status.textContent = statusText(shown, ordered.total, filters.values);
}

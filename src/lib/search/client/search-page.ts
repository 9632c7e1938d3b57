/**
 * The search page's controller: URL → state → Pagefind → results, facets and
 * an announced count; reader actions → new state → URL.
 *
 * History: typing a query makes one history entry (its first keystroke
 * pushes, the rest replace it); ticking a filter or changing the order pushes
 * one each. Back and forward restore whatever the URL says.
 */
import { countsByFacet, facetGroups, filterKeysOf, filterName, filterValueIndex, pagefindFilters, type FilterValueIndex } from '../facets';
import { FACETS, isFacet, type Facet } from '../filters';
import { facetKeys, parseShards } from '../shards';
import { orderResults, type OrderedResults } from '../order';
import { boundFromFields, rangeFilter, rangeName } from '../dates';
import {
  effectiveSort,
  hasFilters,
  hasFormDateFields,
  isSearchableQuery,
  parseSearchState,
  sameState,
  serialiseSearchState,
  toggleFilter,
  withRange,
  type SearchState,
  type Sort,
} from '../state';
import { loadSearchIndex, type FilterCounts, type PagefindResult, type SearchIndex } from './pagefind';
import { renderFacets } from './render-facets';
import { resultItem } from './render-results';
import { resultLanguage, resultView } from './result-view';

const PAGE_SIZE = 10;
const FACET_LIMIT = 8;
/** Long enough to skip the searches of a word still being typed, short enough not to be felt. */
const TYPING_PAUSE_MS = 120;

interface Elements {
  form: HTMLFormElement;
  query: HTMLInputElement;
  sort: HTMLSelectElement;
  dates: HTMLElement;
  fromYear: HTMLSelectElement;
  fromMonth: HTMLSelectElement;
  toYear: HTMLSelectElement;
  toMonth: HTMLSelectElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  facets: HTMLElement;
  facetGroups: HTMLElement;
  unavailable: HTMLElement;
}

function required<T extends Element>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search page is missing ${selector}`);
  return found;
}

function findElements(root: HTMLElement): Elements {
  return {
    form: required(root, '[data-search-form]'),
    query: required(root, 'input[name="q"]'),
    sort: required(root, 'select[name="sort"]'),
    dates: required(root, '[data-search-dates]'),
    fromYear: required(root, 'select[name="from-year"]'),
    fromMonth: required(root, 'select[name="from-month"]'),
    toYear: required(root, 'select[name="to-year"]'),
    toMonth: required(root, 'select[name="to-month"]'),
    status: required(root, '[data-search-status]'),
    results: required(root, '[data-search-results]'),
    more: required(root, '[data-search-more]'),
    facets: required(root, '[data-search-facets]'),
    facetGroups: required(root, '[data-search-facet-groups]'),
    unavailable: required(root, '[data-search-unavailable]'),
  };
}

function plural(count: number): string {
  return `${count} ${count === 1 ? 'story' : 'stories'}`;
}

function statusText(state: SearchState, count: number, values: FilterValueIndex): string {
  const words = state.query ? ` for “${state.query}”` : '';
  const names = FACETS.flatMap((facet) => (state.filters[facet] ?? []).map((id) => filterName(values, facet, id)));
  const filtered = names.length ? `, filtered by ${names.join(', ')}` : '';
  const dated = state.range?.from || state.range?.to ? `, ${rangeName(state.range)}` : '';
  return `${count === 0 ? 'No stories' : plural(count)}${words}${filtered}${dated}.`;
}

const PAGEFIND_SORT: Record<Exclude<Sort, 'relevance'>, 'asc' | 'desc'> = { newest: 'desc', oldest: 'asc' };

export function startSearchPage(root: HTMLElement): void {
  const ui = findElements(root);
  const pageLang = document.documentElement.lang.toLowerCase();
  let state = parseSearchState(window.location.search);
  let run = 0;
  /** Searches run one after another; one that a newer one overtook is skipped. */
  let queue: Promise<void> = Promise.resolve();
  let typingEntry = false;
  let ordered: OrderedResults<PagefindResult> | undefined;
  const values: FilterValueIndex = new Map();
  /** Pagefind filters (facets, or shards of one) whose values are loaded. */
  const loadedKeys = new Set<string>();
  /** Every value's total, when every filter was loaded up front (small archives). */
  let allCounts: FilterCounts | undefined;
  const words = (list: string | undefined) => (list ?? '').split(/\s+/).filter(Boolean);
  const facetsFirst = words(root.dataset['facetsFirst']).filter(isFacet);
  const shards = parseShards(root.dataset['facetShards']);
  /** The years the archive has stories in: an open-ended date range runs to the first or last. */
  const archiveYears = words(root.dataset['years']).map(Number).filter(Number.isInteger);
  /** Whether every value of a facet is loaded, so its counts can be offered as choices. */
  const complete = (facet: Facet) => facetKeys(facet, shards).every((key) => loadedKeys.has(key));

  /**
   * Loads some Pagefind filters, and learns their values (ids and names),
   * with one search that matches nothing: Pagefind fetches the filters a
   * search names, and counts come back for every loaded value.
   */
  async function loadFilters(index: SearchIndex, keys: readonly string[]): Promise<void> {
    const missing = keys.filter((key) => !loadedKeys.has(key));
    if (missing.length === 0) return;
    const nothing = Object.fromEntries(missing.map((key) => [key, ['\u0000']]));
    const response = await index.search(null, { filters: nothing });
    filterValueIndex(response.filters, values);
    for (const key of missing) loadedKeys.add(key);
  }

  const indexReady: Promise<SearchIndex> = loadSearchIndex({
    bundlePath: root.dataset['bundlePath'] ?? '/pagefind/',
    basePath: root.dataset['basePath'] ?? '/',
    otherLanguages: words(root.dataset['otherLanguages']),
  }).then(async (index) => {
    if (FACETS.every((facet) => facetsFirst.includes(facet))) {
      const counts = await index.filters();
      filterValueIndex(counts, values);
      allCounts = countsByFacet(counts);
      for (const facet of FACETS) for (const key of facetKeys(facet, shards)) loadedKeys.add(key);
    } else {
      await loadFilters(index, facetsFirst.flatMap((facet) => facetKeys(facet, shards)));
    }
    return index;
  });

  function showState(): void {
    if (ui.query.value.trim() !== state.query) ui.query.value = state.query;
    ui.sort.value = state.sort;
    const [fromYear = '', fromMonth = ''] = (state.range?.from ?? '').split('-');
    const [toYear = '', toMonth = ''] = (state.range?.to ?? '').split('-');
    ui.fromYear.value = fromYear;
    ui.fromMonth.value = fromMonth;
    ui.toYear.value = toYear;
    ui.toMonth.value = toMonth;
  }

  function writeUrl(how: 'push' | 'replace'): void {
    const url = `${window.location.pathname}${serialiseSearchState(state)}`;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  async function appendPage(query: string, focusFirst: boolean): Promise<void> {
    if (!ordered) return;
    const page = await ordered.take(PAGE_SIZE);
    const data = await Promise.all(page.map((result) => result.data()));
    const items = page.map((result, i) => resultItem(resultView(result, data[i]!, query), pageLang));
    ui.results.append(...items);
    ui.more.hidden = ui.results.children.length >= ordered.total;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  function search(delay = 0): void {
    const mine = ++run;
    const shown = { ...state };
    // The pause runs beside the queue, not in it: queued pauses would add up,
    // and the last keystroke's search would wait for every earlier one's.
    const paused = delay ? new Promise((resolve) => setTimeout(resolve, delay)) : undefined;
    queue = Promise.all([queue, paused])
      .then(() => runSearch(mine, shown))
      .catch((error: unknown) => console.error(error));
  }

  async function runSearch(mine: number, shown: SearchState): Promise<void> {
    if (mine !== run) return;
    let index: SearchIndex;
    try {
      index = await indexReady;
    } catch (error) {
      ui.status.textContent = 'Search is unavailable: its index could not be loaded. (Working on the site? Run “npm run build” once.)';
      ui.unavailable.hidden = false;
      console.error(error);
      return;
    }
    if (mine !== run) return;

    if (!isSearchableQuery(shown.query) && !hasFilters(shown)) {
      ordered = undefined;
      ui.results.replaceChildren();
      ui.more.hidden = true;
      renderFacets(ui.facetGroups, facetGroups(allCounts ?? {}, shown.filters, FACET_LIMIT));
      ui.facets.hidden = !allCounts;
      ui.status.textContent = shown.query
        ? 'Type at least two letters.'
        : 'Type words to search, or choose a person, place, year or source to list its stories.';
      return;
    }

    await loadFilters(index, filterKeysOf(shown.filters, shards));
    const sort = effectiveSort(shown);
    const range = rangeFilter(shown.range ?? {}, archiveYears);
    const response = await index.search(isSearchableQuery(shown.query) ? shown.query : null, {
      // The range nests under `all`, beside the facets, so that it never clashes with a chosen year.
      filters: { ...pagefindFilters(shown.filters, values, shards), ...(range ? { all: [range] } : {}) },
      ...(sort === 'relevance' ? {} : { sort: { date: PAGEFIND_SORT[sort] } }),
    });
    if (mine !== run) return;
    const nextOrdered = orderResults(response.results, sort, resultLanguage, async (result) => (await result.data()).meta['date'] ?? '');
    // Build the first page off-screen, then swap, so the list never flashes empty.
    const previous = ordered;
    ordered = nextOrdered;
    const page = await nextOrdered.take(PAGE_SIZE);
    const data = await Promise.all(page.map((result) => result.data()));
    if (mine !== run) {
      ordered = previous;
      return;
    }
    ui.results.replaceChildren(...page.map((result, i) => resultItem(resultView(result, data[i]!, shown.query), pageLang)));
    ui.more.hidden = page.length >= nextOrdered.total;
    renderFacets(ui.facetGroups, facetGroups(countsByFacet(response.filters), shown.filters, FACET_LIMIT, complete));
    ui.facets.hidden = false;
    ui.status.textContent = statusText(shown, nextOrdered.total, values);
  }

  function change(next: SearchState, how: 'push' | 'replace', delay = 0): void {
    if (sameState(next, state)) return;
    state = next;
    writeUrl(how);
    search(delay);
  }

  ui.query.addEventListener('input', () => {
    const query = ui.query.value.replace(/\s+/g, ' ').trim();
    // No preload per keystroke: the chunks of "pr" are most of the chunks of "president";
    // the typing pause lets only the words the reader stops at fetch theirs.
    change({ ...state, query }, typingEntry ? 'replace' : 'push', TYPING_PAUSE_MS);
    typingEntry = true;
  });

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    typingEntry = false;
    change({ ...state, query: ui.query.value.replace(/\s+/g, ' ').trim() }, 'push');
  });

  ui.sort.addEventListener('change', () => {
    typingEntry = false;
    const sort = ui.sort.value;
    if (sort === 'relevance' || sort === 'newest' || sort === 'oldest') change({ ...state, sort }, 'push');
  });

  ui.dates.addEventListener('change', () => {
    typingEntry = false;
    const range = { from: boundFromFields(ui.fromYear.value, ui.fromMonth.value), to: boundFromFields(ui.toYear.value, ui.toMonth.value) };
    change(withRange(state, range), 'push');
    // Bounds given the wrong way round were swapped: show them as the search reads them.
    showState();
  });

  ui.facetGroups.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const facet = input.dataset['facet'];
    if (!facet || !isFacet(facet)) return;
    typingEntry = false;
    change(toggleFilter(state, facet, input.value, input.checked), 'push');
  });

  ui.more.addEventListener('click', () => {
    ui.more.disabled = true;
    void appendPage(state.query, true).finally(() => {
      ui.more.disabled = false;
    });
  });

  window.addEventListener('popstate', () => {
    state = parseSearchState(window.location.search);
    typingEntry = false;
    showState();
    search();
  });

  // A form sent before this script ran has the date fields one by one: name the URL as this page does.
  if (hasFormDateFields(window.location.search)) history.replaceState(null, '', `${window.location.pathname}${serialiseSearchState(state)}`);
  // Links from the header form arrive as `?q=…` and from entity pages as `?person=…`.
  showState();
  search();
}

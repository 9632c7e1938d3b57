/**
 * The search page's controller: URL → state → Pagefind → results, facets and
 * an announced count; reader actions → new state → URL.
 *
 * History: typing a query makes one history entry (its first keystroke
 * pushes, the rest replace it); ticking a filter or changing the order pushes
 * one each. Back and forward restore whatever the URL says.
 */
import { isFacet } from '../filters';
import { parseShards } from '../shards';
import { boundFromFields } from '../dates';
import {
  hasFormDateFields,
  parseSearchState,
  sameState,
  serialiseSearchState,
  toggleFilter,
  withRange,
  type SearchState,
} from '../state';
import { findElements, type Elements } from './elements';
import { LoadedFilters } from './loaded-filters';
import { loadShardList, ShardedIndex } from './pagefind';
import { ResultList } from './result-list';
import { runSearch, type SearchPage } from './run-search';
import { SearchQueue } from './search-queue';

/** Long enough to skip the searches of a word still being typed, short enough not to be felt. */
const TYPING_PAUSE_MS = 120;

/** The form's fields set to what a state says. */
function showState(ui: Elements, state: SearchState): void {
  if (ui.query.value.trim() !== state.query) ui.query.value = state.query;
  ui.sort.value = state.sort;
  const [fromYear = '', fromMonth = ''] = (state.range?.from ?? '').split('-');
  const [toYear = '', toMonth = ''] = (state.range?.to ?? '').split('-');
  ui.fromYear.value = fromYear;
  ui.fromMonth.value = fromMonth;
  ui.toYear.value = toYear;
  ui.toMonth.value = toMonth;
}

function writeUrl(state: SearchState, how: 'push' | 'replace'): void {
  const url = `${window.location.pathname}${serialiseSearchState(state)}`;
  if (how === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

export function startSearchPage(root: HTMLElement): void {
  const ui = findElements(root);
  const words = (list: string | undefined) => (list ?? '').split(/\s+/).filter(Boolean);
  const facetsFirst = words(root.dataset['facetsFirst']).filter(isFacet);
  const shards = parseShards(root.dataset['facetShards']);
  const filters = new LoadedFilters(shards, facetsFirst);
  const bundlePath = root.dataset['bundlePath'] ?? '/pagefind/';
  const index = new ShardedIndex(
    { bundlePath, basePath: root.dataset['basePath'] ?? '/' },
    (opened) => filters.loadFirst(opened),
  );
  // Small archives show every filter's counts before the first search: open every shard now,
  // in one search that all later searches use. Larger ones open no shard until a search needs it.
  const shardsReady = loadShardList(bundlePath).then(async (shards) => {
    const whole = filters.everyFacetFirst ? await index.open(shards) : undefined;
    if (whole) await filters.countAll(whole);
    return { shards, whole };
  });
  const page: SearchPage = {
    ui,
    shardsReady,
    index,
    filters,
    results: new ResultList(ui.results, ui.more, document.documentElement.lang.toLowerCase()),
    shards,
    archiveYears: words(root.dataset['years']).map(Number).filter(Number.isInteger),
  };
  const searches = new SearchQueue();
  let state = parseSearchState(window.location.search);
  let typingEntry = false;

  function search(delay = 0): void {
    const shown = { ...state };
    searches.add((isCurrent) => runSearch(page, shown, isCurrent), delay);
  }

  function change(next: SearchState, how: 'push' | 'replace', delay = 0): void {
    if (sameState(next, state)) return;
    state = next;
    writeUrl(state, how);
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
    if (sort === 'relevance' || sort === 'newest' || sort === 'oldest')
      change({ ...state, sort }, 'push');
  });

  ui.dates.addEventListener('change', () => {
    typingEntry = false;
    const range = {
      from: boundFromFields(ui.fromYear.value, ui.fromMonth.value),
      to: boundFromFields(ui.toYear.value, ui.toMonth.value),
    };
    change(withRange(state, range), 'push');
    // Bounds given the wrong way round were swapped: show them as the search reads them.
    showState(ui, state);
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
    void page.results.appendPage(state.query, true).finally(() => {
      ui.more.disabled = false;
    });
  });

  window.addEventListener('popstate', () => {
    state = parseSearchState(window.location.search);
    typingEntry = false;
    showState(ui, state);
    search();
  });

  // A form sent before this script ran has the date fields one by one: name the URL as this page does.
  if (hasFormDateFields(window.location.search))
    history.replaceState(null, '', `${window.location.pathname}${serialiseSearchState(state)}`);
  // Links from the header form arrive as `?q=…` and from entity pages as `?person=…`.
  showState(ui, state);
  search();
}

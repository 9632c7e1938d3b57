/**
 * What the search page shows, as a value, and its form in the query string:
 * `/search/?q=metro&place=changsha&from=2019-03&to=2020&sort=newest`.
 *
 * The URL is the single source of truth: a shared link, a reload and the
 * back button all go through `parseSearchState`, and every change the
 * reader makes goes through `serialiseSearchState`.
 */
import { boundFromFields, hasRange, orderedRange, parseBound, type DateRange } from './dates';
import { FACETS, isFacet, type Facet } from './filters';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;

export type Sort = (typeof SORTS)[number];

export interface SearchState {
  query: string;
  /** Chosen ids per facet, in the order chosen; an article must match all of them. */
  filters: Partial<Record<Facet, string[]>>;
  /** Stories dated from `range.from` to `range.to` (each `YYYY` or `YYYY-MM`, either may be open), in order; none when absent. */
  range?: DateRange | undefined;
  sort: Sort;
}

export const EMPTY_STATE: SearchState = { query: '', filters: {}, range: {}, sort: 'relevance' };

function isSort(value: string | null): value is Sort {
  return value !== null && (SORTS as readonly string[]).includes(value);
}

/** Reads a query string (with or without `?`); unknown parameters and empty values are ignored. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const [name, raw] of params) {
    const id = raw.trim();
    if (!isFacet(name) || !id) continue;
    const ids = (filters[name] ??= []);
    if (!ids.includes(id)) ids.push(id);
  }
  const sort = params.get('sort');
  return {
    query: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(),
    filters,
    range: parseRange(params),
    sort: isSort(sort) ? sort : 'relevance',
  };
}

/**
 * `from` and `to`, or, from a form sent without script, `from-year` and
 * `from-month` (and the same for `to`). A bound that is not a year or a
 * year-month is ignored; bounds given the wrong way round are swapped.
 */
function parseRange(params: URLSearchParams): DateRange {
  const bound = (name: 'from' | 'to') =>
    parseBound(params.get(name)) ??
    boundFromFields(params.get(`${name}-year`), params.get(`${name}-month`));
  const range = orderedRange({ from: bound('from'), to: bound('to') });
  const result: DateRange = {};
  if (range.from) result.from = range.from;
  if (range.to) result.to = range.to;
  return result;
}

/** Whether a query string holds the date fields of a form sent without script, which `serialiseSearchState` writes as `from` and `to`. */
export function hasFormDateFields(search: string): boolean {
  return /(?:^|[?&])(?:from|to)-(?:year|month)=/.test(search);
}

/**
 * The query string of a state, `?` included, or `''` for the empty state.
 * Parameters come in a fixed order so that one state has one URL.
 */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set('q', query);
  for (const facet of FACETS) {
    for (const id of state.filters[facet] ?? []) params.append(facet, id);
  }
  if (state.range?.from) params.set('from', state.range.from);
  if (state.range?.to) params.set('to', state.range.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Whether a query is worth a search. One Latin letter matches nearly every
 * story and makes Pagefind fetch every index chunk of that letter; one Chinese
 * or Japanese character, though, is already a word.
 */
export function isSearchableQuery(query: string): boolean {
  return (
    query.length >= 2 ||
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(query)
  );
}

/** Whether the state narrows the archive down: a facet value or a date range. */
export function hasFilters(state: SearchState): boolean {
  return (
    FACETS.some((facet) => (state.filters[facet]?.length ?? 0) > 0) || hasRange(state.range ?? {})
  );
}

/** A state with a new date range, its bounds put in order. */
export function withRange(state: SearchState, range: DateRange): SearchState {
  const ordered = orderedRange(range);
  const next: DateRange = {};
  if (ordered.from) next.from = ordered.from;
  if (ordered.to) next.to = ordered.to;
  return { ...state, range: next };
}

/** A state with one filter id added or removed. */
export function toggleFilter(
  state: SearchState,
  facet: Facet,
  id: string,
  on: boolean,
): SearchState {
  const current = state.filters[facet] ?? [];
  const next = on
    ? current.includes(id)
      ? current
      : [...current, id]
    : current.filter((other) => other !== id);
  const filters = { ...state.filters };
  if (next.length > 0) filters[facet] = next;
  else delete filters[facet];
  return { ...state, filters };
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return serialiseSearchState(a) === serialiseSearchState(b);
}

/**
 * The order results are listed in. Relevance means nothing without words, so
 * a filters-only listing falls back to newest first.
 */
export function effectiveSort(state: SearchState): Sort {
  return state.sort === 'relevance' && !isSearchableQuery(state.query) ? 'newest' : state.sort;
}

/**
 * The search filters (facets) an article carries in the Pagefind index. URLs use ids
 * (`?place=changsha`), readers see names, and Pagefind knows only opaque strings, so a
 * value holds both, `changsha|Changsha`: ids never contain `|`, so the first `|` splits
 * exactly for any name, and the counts Pagefind returns carry everything a facet shows.
 */
import { slugify } from '../slug';

/** Pagefind filter keys, which are also the query-string parameter names. */
export const FACETS = ['person', 'place', 'organization', 'topic', 'year', 'source'] as const;

export type Facet = (typeof FACETS)[number];

export const FACET_LABELS: Record<Facet, string> = {
  person: 'People',
  place: 'Places',
  organization: 'Organizations',
  topic: 'Topics',
  year: 'Year',
  source: 'Source',
};

export function isFacet(name: string): name is Facet {
  return (FACETS as readonly string[]).includes(name);
}

const SEPARATOR = '|';

export interface FacetValue {
  id: string;
  name: string;
}

/** `{ id: 'changsha', name: 'Changsha' }` → `changsha|Changsha`. */
export function encodeFilterValue({ id, name }: FacetValue): string {
  if (!id || id.includes(SEPARATOR) || /\s/.test(id)) {
    throw new Error(
      `A search filter id must be non-empty, without spaces or "${SEPARATOR}": got "${id}" (for "${name}").`,
    );
  }
  // Pagefind collapses runs of white space in captured values; do it here so encode and decode agree.
  return `${id}${SEPARATOR}${name.replace(/\s+/g, ' ').trim() || id}`;
}

/** `changsha|Changsha` → `{ id: 'changsha', name: 'Changsha' }`; a value without a name is its own name. */
export function decodeFilterValue(value: string): FacetValue {
  const at = value.indexOf(SEPARATOR);
  if (at < 0) return { id: value, name: value };
  return { id: value.slice(0, at), name: value.slice(at + 1) };
}

/** The filter values an article is indexed under: every facet with at least one value. */
export type ArticleFilters = Partial<Record<Facet, string[]>>;

export interface ArticleFacts {
  date: string;
  source?: string | undefined;
  topics?: readonly string[] | undefined;
}

export interface ArticleEntityLinks {
  people: readonly FacetValue[];
  places: readonly FacetValue[];
  organizations: readonly FacetValue[];
}

/**
 * Every filter value of one article. Entities come from the entity index
 * (ids as their pages use them); source and topics get the slug of their name.
 */
export function articleFilters(facts: ArticleFacts, entities: ArticleEntityLinks): ArticleFilters {
  const named = (name: string): FacetValue => ({ id: slugify(name), name });
  const year = facts.date.slice(0, 4);
  const filters: ArticleFilters = {
    person: entities.people.map(encodeFilterValue),
    place: entities.places.map(encodeFilterValue),
    organization: entities.organizations.map(encodeFilterValue),
    topic: (facts.topics ?? [])
      .map(named)
      .filter((value) => value.id)
      .map(encodeFilterValue),
    year: [encodeFilterValue({ id: year, name: year })],
    source: facts.source ? [encodeFilterValue(named(facts.source))] : [],
  };
  for (const facet of FACETS) if (filters[facet]?.length === 0) delete filters[facet];
  return filters;
}

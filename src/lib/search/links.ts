/**
 * Links into the search page, for pages that offer "every story about …":
 * `searchPath('place', 'changsha')` → `/search/?place=changsha` (pass it through `withBase`).
 */
import type { EntityKind } from '../entities/entities';
import type { Facet } from './filters';
import { serialiseSearchState } from './state';

const FACET_OF_KIND: Record<EntityKind, Facet> = {
  people: 'person',
  places: 'place',
  organizations: 'organization',
};

export function searchPath(facet: Facet, id: string): string {
  return `/search/${serialiseSearchState({ query: '', filters: { [facet]: [id] }, sort: 'relevance' })}`;
}

/** The search listing every story about an entity, newest first. */
export function entitySearchPath(kind: EntityKind, id: string): string {
  return searchPath(FACET_OF_KIND[kind], id);
}

/**
 * Where each kind of entity lives on the site, its feed, and the search that
 * is pre-filtered to it. Paths are site paths: links pass them through withBase.
 */
import type { EntityKind } from './entities';

export interface EntityKindLabels {
  /** "People": the index page's title. */
  plural: string;
  /** "person": the search filter's name and the word for one. */
  singular: string;
}

export const ENTITY_KIND_LABELS: Record<EntityKind, EntityKindLabels> = {
  people: { plural: 'People', singular: 'person' },
  places: { plural: 'Places', singular: 'place' },
  organizations: { plural: 'Organizations', singular: 'organization' },
};

export function entityIndexPath(kind: EntityKind): string {
  return `/${kind}/`;
}

/** `/people/li-qiang/`, and `/people/li-qiang/page/2/` for the second page of its articles. */
export function entityPath(kind: EntityKind, id: string, page = 1): string {
  return page <= 1 ? `/${kind}/${id}/` : `/${kind}/${id}/page/${page}/`;
}

export function entityFeedPath(kind: EntityKind, id: string): string {
  return `/${kind}/${id}/rss.xml`;
}

/** `/people/li-qiang.json`: the entity and its stories as data. */
export function entityJsonPath(kind: EntityKind, id: string): string {
  return `/${kind}/${id}.json`;
}

/** The search page filtered to the entity: `/search/?person=li-qiang`. */
export function entitySearchPath(kind: EntityKind, id: string): string {
  return `/search/?${ENTITY_KIND_LABELS[kind].singular}=${encodeURIComponent(id)}`;
}

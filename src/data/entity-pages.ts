/**
 * The static paths and props of every entity page (`/people/<id>/`,
 * `/people/<id>/page/2/`, …): each page gets only what it shows. The summary
 * (chart, map, related entities) is computed once per entity and shown on its
 * first page only.
 */
import type { Article } from './articles';
import { ENTITY_KINDS, getEntityIndex, type Entity, type EntityIndex } from './entities';
import { paginate } from '../lib/articles';
import type { EntityKind } from '../lib/entities';
import { firstAndLast, mentionsPerYear, type YearCount } from '../lib/entity-stats';
import { locatorMap, type LocatorMap, type MapPoint } from '../lib/maps';

export const ENTITY_ARTICLES_PER_PAGE = 20;
const RELATED_PER_KIND = 6;

export interface RelatedEntity {
  kind: EntityKind;
  id: string;
  name: string;
  count: number;
}

export interface PlacePoint extends MapPoint {
  count: number;
}

export interface EntitySummary {
  perYear: YearCount[];
  related: RelatedEntity[];
  map?: LocatorMap<PlacePoint> | undefined;
}

export interface EntityPageProps {
  kind: EntityKind;
  entity: Entity;
  articles: Article[];
  page: number;
  totalPages: number;
  totalArticles: number;
  first: string;
  last: string;
  /** Only on page 1. */
  summary?: EntitySummary | undefined;
}

/** A place's point, when it has coordinates. */
export function placePoint(entity: Entity, count: number): PlacePoint | undefined {
  const place = entity.place;
  if (place?.latitude === undefined || place.longitude === undefined) return undefined;
  return { id: entity.id, name: entity.name, latitude: place.latitude, longitude: place.longitude, count };
}

/** Places whose registered parent is each place: the dots of its locator map. */
function placesInside(index: EntityIndex): Map<string, PlacePoint[]> {
  const inside = new Map<string, PlacePoint[]>();
  for (const place of index.all('places')) {
    const parent = place.place?.parent;
    const point = placePoint(place, index.articlesOf('places', place.id).length);
    if (!parent || !point) continue;
    const list = inside.get(parent) ?? [];
    list.push(point);
    inside.set(parent, list);
  }
  return inside;
}

function summaryOf(index: EntityIndex, kind: EntityKind, entity: Entity, articles: readonly Article[], inside: Map<string, PlacePoint[]> | undefined): EntitySummary {
  const related = index.mentionedWith(kind, entity.id, RELATED_PER_KIND).map(({ item, count }) => ({ kind: item.kind, id: item.id, name: item.name, count }));
  const point = kind === 'places' ? placePoint(entity, articles.length) : undefined;
  const map = point && inside ? locatorMap(point, entity.place?.placeKind ?? 'other', inside.get(entity.id) ?? []) : undefined;
  return { perYear: mentionsPerYear(articles.map((article) => article.data.date)), related, map };
}

export async function entityPagePaths(kind: EntityKind) {
  if (!ENTITY_KINDS.includes(kind)) throw new Error(`unknown entity kind ${kind}`);
  const index = await getEntityIndex();
  const inside = kind === 'places' ? placesInside(index) : undefined;
  return index.all(kind).flatMap((entity) => {
    const articles = index.articlesOf(kind, entity.id);
    const pages = paginate(articles, ENTITY_ARTICLES_PER_PAGE);
    const span = firstAndLast(articles.map((article) => article.data.date));
    const summary = summaryOf(index, kind, entity, articles, inside);
    return pages.map((pageArticles, pageIndex) => ({
      params: { id: entity.id, page: pageIndex === 0 ? undefined : `page/${pageIndex + 1}` },
      props: {
        kind,
        entity,
        articles: pageArticles,
        page: pageIndex + 1,
        totalPages: pages.length,
        totalArticles: articles.length,
        first: span?.first ?? '',
        last: span?.last ?? '',
        summary: pageIndex === 0 ? summary : undefined,
      } satisfies EntityPageProps,
    }));
  });
}

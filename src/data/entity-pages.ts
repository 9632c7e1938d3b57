/**
 * The static paths and props of every entity page (`/people/<id>/`,
 * `/people/<id>/page/2/`, …): each page gets only what it shows. The summary
 * (chart, map, related entities) is computed once per entity and shown on its
 * first page only. A place's map is drawn only when its page renders: the
 * page carries the map's inputs (`PlaceMapInput`), which its cache key covers,
 * and the template draws it (`drawPlaceMap`); a rebuild that keeps the page
 * does not draw it.
 */
import type { Article } from './articles';
import { getRegistry, type Registry, type RegistryPlace } from './registry';
import { ENTITY_KINDS, getEntityIndex, type Entity, type EntityIndex } from './entities';
import { paginate } from '../lib/articles';
import type { EntityKind } from '../lib/entities/entities';
import { firstAndLast, mentionsPerYear, type YearCount } from '../lib/entities/stats';
import { placesByLocation, type PlacesByLocation } from '../lib/maps/neighbours';
import type { ContextPoint, LocatorKind } from '../lib/maps/maps';
import { placeMap, placeMapContext, type PlaceMap } from '../lib/maps/place-map';
import { withCacheKeys } from './page-cache-keys';

export const ENTITY_ARTICLES_PER_PAGE = 20;
const RELATED_PER_KIND = 6;

export interface RelatedEntity {
  kind: EntityKind;
  id: string;
  name: string;
  count: number;
}

export interface PlacePoint extends ContextPoint {
  kind: LocatorKind;
}

/** All a place's map depends on: the place, the places inside it, and those nearby it may show. */
export interface PlaceMapInput {
  point: PlacePoint;
  inside: PlacePoint[];
  context: PlacePoint[];
}

export function drawPlaceMap({ point, inside, context }: PlaceMapInput): PlaceMap<PlacePoint> {
  return placeMap(point, point.kind, inside, { context });
}

export interface EntitySummary {
  perYear: YearCount[];
  related: RelatedEntity[];
  map?: PlaceMapInput | undefined;
  /** The places a place lies in, by the registry, nearest first: Hunan, China. */
  within: string[];
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
  return {
    id: entity.id,
    name: entity.name,
    latitude: place.latitude,
    longitude: place.longitude,
    count,
    kind: place.placeKind,
  };
}

interface PlaceMapData {
  /** Places whose registered parent is each place: the dots of its locator map. */
  inside: Map<string, PlacePoint[]>;
  /** Every place with coordinates, by location: the context of each map. */
  nearby: PlacesByLocation<PlacePoint>;
  /** The registry's places by id, for the places a place lies in. */
  registered: ReadonlyMap<string, RegistryPlace>;
}

/** What the locator maps share, made once per build. */
function placeMapData(index: EntityIndex, registry: Registry): PlaceMapData {
  const inside = new Map<string, PlacePoint[]>();
  const points: PlacePoint[] = [];
  for (const place of index.all('places')) {
    const parent = place.place?.parent;
    const point = placePoint(place, index.articlesOf('places', place.id).length);
    if (!point) continue;
    points.push(point);
    if (!parent) continue;
    const list = inside.get(parent) ?? [];
    list.push(point);
    inside.set(parent, list);
  }
  return {
    inside,
    nearby: placesByLocation(points),
    registered: new Map(registry.places.map((place) => [place.id, place])),
  };
}

/** The names of a place's registered parents, nearest first (a cycle in the registry stops the walk). */
function placesHolding(registered: ReadonlyMap<string, RegistryPlace>, place: Entity): string[] {
  const names: string[] = [];
  const seen = new Set([place.id]);
  for (
    let parent = place.place?.parent;
    parent && !seen.has(parent);
    parent = registered.get(parent)?.parent
  ) {
    seen.add(parent);
    names.push(registered.get(parent)?.name ?? parent);
  }
  return names;
}

function summaryOf(
  index: EntityIndex,
  kind: EntityKind,
  entity: Entity,
  articles: readonly Article[],
  maps: PlaceMapData | undefined,
): EntitySummary {
  const related = index
    .mentionedWith(kind, entity.id, RELATED_PER_KIND)
    .map(({ item, count }) => ({ kind: item.kind, id: item.id, name: item.name, count }));
  const point = kind === 'places' ? placePoint(entity, articles.length) : undefined;
  const inside = (point && maps?.inside.get(entity.id)) || [];
  const map =
    point && maps
      ? { point, inside, context: placeMapContext(point, point.kind, inside, maps.nearby) }
      : undefined;
  return {
    perYear: mentionsPerYear(articles.map((article) => article.data.date)),
    related,
    map,
    within: maps ? placesHolding(maps.registered, entity) : [],
  };
}

export async function entityPagePaths(kind: EntityKind) {
  if (!ENTITY_KINDS.includes(kind)) throw new Error(`unknown entity kind ${kind}`);
  const index = await getEntityIndex();
  const maps = kind === 'places' ? placeMapData(index, await getRegistry()) : undefined;
  const paths = index.all(kind).flatMap((entity) => {
    const articles = index.articlesOf(kind, entity.id);
    const pages = paginate(articles, ENTITY_ARTICLES_PER_PAGE);
    const span = firstAndLast(articles.map((article) => article.data.date));
    const summary = summaryOf(index, kind, entity, articles, maps);
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
  // The props are all the page shows.
  return withCacheKeys(paths);
}

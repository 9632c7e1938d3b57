/**
 * The JSON files of people, places and organizations (`/people/<id>.json`, …):
 * one implementation for the three route files, read from the entity index
 * the pages share.
 */
import { getEntityIndex, type Entity } from './entities';
import type { EntityKind } from '../lib/entities/entities';
import { entityJson } from '../lib/entities/json';
import { absoluteUrl } from '../lib/urls';
import { withCacheKeys } from './page-cache-keys';

/** A JSON file for every entity of a kind that an article names: the same set as its pages. */
export async function entityJsonPaths(kind: EntityKind) {
  const index = await getEntityIndex();
  const paths = index.all(kind).map((entity) => ({ params: { id: entity.id }, props: { entity } }));
  // The file lists the entity's names and every story that names it, read from the index.
  return withCacheKeys(paths, ({ props: { entity } }) => ({
    names: index.namesOf(kind, entity.id),
    articles: index.articlesOf(kind, entity.id),
  }));
}

export async function entityJsonResponse(kind: EntityKind, entity: Entity): Promise<Response> {
  const index = await getEntityIndex();
  const data = entityJson(
    kind,
    entity,
    index.namesOf(kind, entity.id),
    index.articlesOf(kind, entity.id),
    (path) => absoluteUrl(path),
  );
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

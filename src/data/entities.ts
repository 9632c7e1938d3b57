/**
 * Who and where each story is about, computed once per build for the whole
 * archive: every person, place and organization, and the articles of each.
 *
 * Routes ask this index; none of them scans the archive for an entity.
 */
import { getArticlesNewestFirst, type Article } from './articles';
import { entityLinks, type EntityKind, type EntityLink } from '../lib/entities';

export const ENTITY_KINDS: readonly EntityKind[] = ['people', 'places', 'organizations'];

export interface Entity {
  kind: EntityKind;
  id: string;
  name: string;
}

export type ArticleEntities = Record<EntityKind, EntityLink[]>;

export interface EntityIndex {
  /** Every entity of a kind that at least one article names, by name. */
  all(kind: EntityKind): Entity[];
  get(kind: EntityKind, id: string): Entity | undefined;
  /** Articles naming an entity, newest first. */
  articlesOf(kind: EntityKind, id: string): Article[];
  /** The entities an article is about, in the order it names them. */
  entitiesOf(article: Article): ArticleEntities;
}

function buildIndex(articles: readonly Article[]): EntityIndex {
  const entities = new Map<EntityKind, Map<string, Entity>>(ENTITY_KINDS.map((kind) => [kind, new Map()]));
  const articlesByEntity = new Map<string, Article[]>();
  const byArticle = new Map<string, ArticleEntities>();
  const key = (kind: EntityKind, id: string) => `${kind}/${id}`;

  // Articles arrive newest first, so each entity's list is born sorted.
  for (const article of articles) {
    const own = {} as ArticleEntities;
    for (const kind of ENTITY_KINDS) {
      own[kind] = entityLinks(article.data[kind]);
      for (const link of own[kind]) {
        const known = entities.get(kind)!;
        if (!known.has(link.id)) known.set(link.id, { kind, id: link.id, name: link.name });
        const list = articlesByEntity.get(key(kind, link.id));
        if (list) list.push(article);
        else articlesByEntity.set(key(kind, link.id), [article]);
      }
    }
    byArticle.set(article.id, own);
  }

  const sorted = new Map(
    ENTITY_KINDS.map((kind) => [
      kind,
      [...entities.get(kind)!.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id)),
    ]),
  );

  return {
    all: (kind) => sorted.get(kind) ?? [],
    get: (kind, id) => entities.get(kind)?.get(id),
    articlesOf: (kind, id) => articlesByEntity.get(key(kind, id)) ?? [],
    entitiesOf: (article) => byArticle.get(article.id) ?? { people: [], places: [], organizations: [] },
  };
}

let index: Promise<EntityIndex> | undefined;

export function getEntityIndex(): Promise<EntityIndex> {
  index ??= getArticlesNewestFirst().then(buildIndex);
  return index;
}

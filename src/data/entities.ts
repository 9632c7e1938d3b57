/**
 * Who and where each story is about, computed once per build for the whole archive. An
 * article is about what its frontmatter names and every registered name or alias its
 * title and text mention, so an alias added to the registry tags past articles at the next
 * build; a mention that needs a cue counts only with one (src/lib/entities/tagging-rules.ts).
 * Routes ask this index; none of them scans the archive for an entity.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { getArticlesNewestFirst, type Article } from './articles';
import { getBuildCache } from './build-cache';
import { getRegistry, registryEntries, type Registry, type RegistryPlace } from './registry';
import { ENTITY_KINDS, type EntityKind, type EntityLink } from '../lib/entities/entities';
import { openMatchCache, type MatchCache } from '../lib/entities/match-cache';
import {
  createEntityResolver,
  type EntityResolver,
  type ResolvedEntity,
} from '../lib/entities/resolver';
import { coMentioned, type CoMention } from '../lib/entities/stats';
import { wordKnowledge } from '../import/entities/word-knowledge';

export { ENTITY_KINDS };

export interface PlaceDetails {
  placeKind: RegistryPlace['kind'];
  parent?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  country?: string | undefined;
}

export interface Entity {
  kind: EntityKind;
  id: string;
  name: string;
  /** Whether the registry knows it (otherwise only an article's frontmatter names it). */
  registered: boolean;
  aliases: readonly string[];
  description?: string | undefined;
  wikidata?: string | undefined;
  /** Places only. */
  place?: PlaceDetails | undefined;
}

export type ArticleEntities = Record<EntityKind, EntityLink[]>;

export interface EntityIndex {
  /** Every entity of a kind that at least one article names, by name. */
  all(kind: EntityKind): Entity[];
  get(kind: EntityKind, id: string): Entity | undefined;
  /** Articles naming an entity, newest first. */
  articlesOf(kind: EntityKind, id: string): Article[];
  /** The entities an article is about: frontmatter first, in its order, then those its text mentions. */
  entitiesOf(article: Article): ArticleEntities;
  /** The names an entity goes by in articles: the registry’s name and aliases, or the frontmatter’s (one array per entity, shared: not to be changed). */
  namesOf(kind: EntityKind, id: string): string[];
  /** The entities most often in the same articles as this one, most first, up to `limitPerKind` of each kind. */
  mentionedWith(kind: EntityKind, id: string, limitPerKind: number): CoMention<Entity>[];
}

const key = (kind: EntityKind, id: string) => `${kind}/${id}`;

function entityFromRegistry(registry: Registry, kind: EntityKind): Map<string, Entity> {
  const entities = new Map<string, Entity>();
  for (const entry of registryEntries(registry, kind)) {
    const entity: Entity = {
      kind,
      id: entry.id,
      name: entry.name,
      registered: true,
      aliases: entry.aliases,
      description: entry.description,
      wikidata: entry.wikidata,
    };
    if ('kind' in entry) {
      entity.place = {
        placeKind: entry.kind,
        parent: entry.parent,
        latitude: entry.latitude,
        longitude: entry.longitude,
        country: entry.country,
      };
    }
    entities.set(entry.id, entity);
  }
  return entities;
}

/** What the matcher reads of an article: its title and its Markdown text. */
function matchableText(article: Article): string {
  return `${article.data.title}\n\n${article.body ?? ''}`;
}

function buildIndex(
  articles: readonly Article[],
  registry: Registry,
  resolver: EntityResolver,
  matches: MatchCache,
): EntityIndex {
  const known = new Map(ENTITY_KINDS.map((kind) => [kind, entityFromRegistry(registry, kind)]));
  const named = new Map<EntityKind, Map<string, Entity>>(
    ENTITY_KINDS.map((kind) => [kind, new Map()]),
  );
  const articlesByEntity = new Map<string, Article[]>();
  const byArticle = new Map<string, ArticleEntities>();
  const frontmatterNames = new Map<string, Set<string>>();

  function tag(
    article: Article,
    own: ArticleEntities,
    seen: Set<string>,
    found: ResolvedEntity,
    nameAsWritten?: string,
  ): void {
    const entityKey = key(found.kind, found.id);
    if (seen.has(entityKey)) return;
    seen.add(entityKey);
    const entities = named.get(found.kind)!;
    let entity = entities.get(found.id);
    if (!entity) {
      entity = known.get(found.kind)!.get(found.id) ?? {
        kind: found.kind,
        id: found.id,
        name: found.name,
        registered: false,
        aliases: [],
      };
      entities.set(found.id, entity);
    }
    if (!entity.registered && nameAsWritten) {
      const names = frontmatterNames.get(entityKey) ?? new Set();
      names.add(nameAsWritten);
      frontmatterNames.set(entityKey, names);
    }
    own[found.kind].push({ id: entity.id, name: entity.name });
    const list = articlesByEntity.get(entityKey);
    if (list) list.push(article);
    else articlesByEntity.set(entityKey, [article]);
  }

  // Articles arrive newest first, so each entity's list is born sorted.
  for (const article of articles) {
    const own: ArticleEntities = { people: [], places: [], organizations: [] };
    const seen = new Set<string>();
    for (const kind of ENTITY_KINDS) {
      for (const reference of article.data[kind]) {
        const found = resolver.resolveReference(kind, reference);
        if (found)
          tag(
            article,
            own,
            seen,
            found,
            typeof reference === 'string' ? reference : reference.name,
          );
      }
    }
    for (const found of matches.entitiesInText(matchableText(article), {
      dateline: article.data.dateline,
    }))
      tag(article, own, seen, found);
    byArticle.set(article.id, own);
  }

  const sorted = new Map(
    ENTITY_KINDS.map((kind) => [
      kind,
      [...named.get(kind)!.values()].sort(
        (a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id),
      ),
    ]),
  );
  const empty: ArticleEntities = { people: [], places: [], organizations: [] };
  const namesByEntity = new Map<string, string[]>();

  const index: EntityIndex = {
    all: (kind) => sorted.get(kind) ?? [],
    get: (kind, id) => named.get(kind)?.get(id),
    articlesOf: (kind, id) => articlesByEntity.get(key(kind, id)) ?? [],
    entitiesOf: (article) => byArticle.get(article.id) ?? empty,
    namesOf(kind, id) {
      // Asked for again by every page that links the entity: made once.
      const entityKey = key(kind, id);
      let names = namesByEntity.get(entityKey);
      if (!names) {
        const entity = index.get(kind, id);
        names = entity
          ? [
              ...new Set([
                entity.name,
                ...entity.aliases,
                ...(frontmatterNames.get(entityKey) ?? []),
              ]),
            ]
          : [];
        namesByEntity.set(entityKey, names);
      }
      return names;
    },
    mentionedWith(kind, id, limitPerKind) {
      return coMentioned(
        { kind, id },
        index.articlesOf(kind, id).map((article) => index.entitiesOf(article)),
        limitPerKind,
      ).map(({ item, count }) => ({ item: index.get(item.kind, item.id)!, count }));
    },
  };
  return index;
}

/** The file, in the build's cache folder, of the entities each article's text mentions. */
const MATCH_FILE = 'news-archive-entity-matches.json';

async function loadIndex(): Promise<EntityIndex> {
  const [articles, registry] = await Promise.all([getArticlesNewestFirst(), getRegistry()]);
  const buildCache = getBuildCache();
  const resolver = createEntityResolver(registry, wordKnowledge);
  // What a text's matches depend on besides the text: the code and the registry.
  const identity = createHash('sha256')
    .update(buildCache?.codeIdentity ?? '')
    .update(JSON.stringify(registry))
    .digest('base64url');
  const matches = await openMatchCache(
    resolver,
    buildCache && path.join(buildCache.dir, MATCH_FILE),
    identity,
  );
  const built = buildIndex(articles, registry, resolver, matches);
  // A cache that cannot be written costs the next build time, never correctness.
  await matches.save().catch(() => undefined);
  return built;
}

let index: Promise<EntityIndex> | undefined;

export function getEntityIndex(): Promise<EntityIndex> {
  index ??= loadIndex();
  return index;
}

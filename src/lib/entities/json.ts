/**
 * A person, place or organization as data (`/people/<id>.json`, …): who or
 * what it is, the names it goes by, and every story that names it, newest
 * first. URLs are absolute, base path included, so the file stands alone.
 */
import { articlePath, type ArticleLike } from '../articles';
import type { EntityKind } from './entities';
import { ENTITY_KIND_LABELS, entityPath } from './urls';

export interface EntityJson {
  id: string;
  /** `person`, `place` or `organization`. */
  kind: string;
  name: string;
  /** Other names it goes by in the archive. */
  aliases: string[];
  /** Its page. */
  url: string;
  stories: { url: string; title: string; date: string }[];
}

export function entityJson(
  kind: EntityKind,
  entity: { id: string; name: string },
  names: readonly string[],
  articles: readonly ArticleLike[],
  absoluteUrl: (path: string) => string,
): EntityJson {
  return {
    id: entity.id,
    kind: ENTITY_KIND_LABELS[kind].singular,
    name: entity.name,
    aliases: names.filter((name) => name !== entity.name),
    url: absoluteUrl(entityPath(kind, entity.id)),
    stories: articles.map((article) => ({
      url: absoluteUrl(articlePath(article)),
      title: article.data.title,
      date: article.data.date,
    })),
  };
}

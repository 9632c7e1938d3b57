/**
 * The feeds of people, places and organizations (`/people/<id>/rss.xml`, …):
 * one implementation for the three route files.
 */
import rss from '@astrojs/rss';
import { SITE_TITLE } from '../config';
import { getEntityIndex, type Entity } from './entities';
import type { EntityKind } from '../lib/entities/entities';
import { entityFeedChannel, FEED_SIZE, feedOptions, toFeedArticle } from '../lib/feed';
import { absoluteUrl } from '../lib/urls';
import { withCacheKeys } from './page-cache-keys';

/** A feed for every entity of a kind that an article names. */
export async function entityFeedPaths(kind: EntityKind) {
  const index = await getEntityIndex();
  const paths = index.all(kind).map((entity) => ({ params: { id: entity.id }, props: { entity } }));
  // A feed shows the entity's newest stories, which it reads from the index.
  return withCacheKeys(paths, ({ props: { entity } }) =>
    index.articlesOf(kind, entity.id).slice(0, FEED_SIZE),
  );
}

/** The newest stories that name one entity. */
export async function entityFeed(kind: EntityKind, entity: Entity): Promise<Response> {
  const articles = (await getEntityIndex()).articlesOf(kind, entity.id).slice(0, FEED_SIZE);
  return rss(
    feedOptions(
      entityFeedChannel(kind, entity, SITE_TITLE),
      articles.map(toFeedArticle),
      absoluteUrl,
    ),
  );
}

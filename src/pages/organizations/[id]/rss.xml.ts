/** /organizations/<id>/rss.xml: the newest stories that name one organization. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { SITE_TITLE } from '../../../config';
import { getEntityIndex } from '../../../data/entities';
import { entityFeedChannel, FEED_SIZE, feedOptions, toFeedArticle } from '../../../lib/feed';
import { absoluteUrl } from '../../../lib/urls';

export const getStaticPaths = (async () => {
  const index = await getEntityIndex();
  return index.all('organizations').map((entity) => ({ params: { id: entity.id }, props: { entity } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { entity } }) => {
  const articles = (await getEntityIndex()).articlesOf('organizations', entity.id).slice(0, FEED_SIZE);
  return rss(feedOptions(entityFeedChannel('organizations', entity, SITE_TITLE), articles.map(toFeedArticle), absoluteUrl));
};

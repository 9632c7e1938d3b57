/** /organizations/<id>/rss.xml: the newest stories that name one organization. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { entityFeed, entityFeedPaths } from '../../../data/entity-feeds';

export const getStaticPaths = (() => entityFeedPaths('organizations')) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({
  props: { entity },
}) => entityFeed('organizations', entity);

/** /people/<id>/rss.xml: the newest stories that name one person. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { entityFeed, entityFeedPaths } from '../../../data/entity-feeds';

export const getStaticPaths = (() => entityFeedPaths('people')) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({
  props: { entity },
}) => entityFeed('people', entity);

/** /rss.xml: the newest stories of the whole archive. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../config';
import { getArticlesNewestFirst } from '../data/articles';
import { articlePath } from '../lib/articles';
import { ARCHIVE_FEED_PATH, FEED_SIZE, feedOptions } from '../lib/feed';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = async () => {
  const newest = (await getArticlesNewestFirst()).slice(0, FEED_SIZE);
  return rss(
    feedOptions(
      {
        title: SITE_TITLE,
        description: SITE_DESCRIPTION,
        pagePath: '/',
        feedPath: ARCHIVE_FEED_PATH,
      },
      newest.map((article) => ({ path: articlePath(article), data: article.data })),
      absoluteUrl,
    ),
  );
};

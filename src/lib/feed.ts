/**
 * RSS 2.0 feeds: the whole archive and one per person, place and organization.
 * These helpers shape the options `@astrojs/rss` renders; the route files only
 * pick the articles. Every URL in a feed is absolute and includes the base path.
 */
import type { RSSOptions, RSSFeedItem } from '@astrojs/rss';
import { articlePath, type ArticleLike } from './articles';
import type { EntityKind } from './entities/entities';
import { ENTITY_KIND_LABELS, entityFeedPath, entityPath } from './entities/urls';

/** Items per feed: enough for any reader that polls, small enough to fetch often. */
export const FEED_SIZE = 50;

export const ARCHIVE_FEED_PATH = '/rss.xml';

export interface FeedArticle {
  /** Site path of the article, e.g. `/2023/03/22/slug/`. */
  path: string;
  data: {
    title: string;
    date: string;
    summary?: string | undefined;
    source?: string | undefined;
    topics?: readonly string[] | undefined;
  };
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Site path of the page the feed belongs to. */
  pagePath: string;
  /** Site path of the feed itself. */
  feedPath: string;
  lang?: string;
}

/** An archive article as a feed needs it: its path and the fields a feed shows. */
export function toFeedArticle(article: ArticleLike & { data: FeedArticle['data'] }): FeedArticle {
  return { path: articlePath(article), data: article.data };
}

/** The channel of an entity's feed; it belongs to the entity's page. */
export function entityFeedChannel(
  kind: EntityKind,
  entity: { id: string; name: string },
  siteTitle: string,
): FeedChannel {
  // A place and an organization may share a name ("Hunan"); the kind tells their feeds apart.
  const title =
    kind === 'people'
      ? `Stories about ${entity.name}`
      : `Stories about ${entity.name} (${ENTITY_KIND_LABELS[kind].singular})`;
  return {
    title: `${title} — ${siteTitle}`,
    description: `The newest stories in ${siteTitle} that name ${entity.name}.`,
    pagePath: entityPath(kind, entity.id),
    feedPath: entityFeedPath(kind, entity.id),
  };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A calendar day as a publication time: midnight UTC, so no time zone moves the day. */
export function publicationDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function feedItem(article: FeedArticle, absolute: (path: string) => string): RSSFeedItem {
  const { data } = article;
  return {
    title: data.title,
    link: absolute(article.path),
    pubDate: publicationDate(data.date),
    description: data.summary,
    categories: data.topics && data.topics.length > 0 ? [...data.topics] : undefined,
  };
}

/**
 * The options for `@astrojs/rss`: the channel links to its page, declares its
 * language and its own address (`atom:link rel="self"`, which feed validators ask for).
 */
export function feedOptions(
  channel: FeedChannel,
  articles: readonly FeedArticle[],
  absolute: (path: string) => string,
): RSSOptions {
  const self = absolute(channel.feedPath);
  return {
    title: channel.title,
    description: channel.description,
    site: absolute(channel.pagePath),
    items: articles.slice(0, FEED_SIZE).map((article) => feedItem(article, absolute)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${escapeXml(channel.lang ?? 'en')}</language>` +
      `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
  };
}

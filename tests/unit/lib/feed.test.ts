import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  entityFeedChannel,
  FEED_SIZE,
  feedItem,
  feedOptions,
  publicationDate,
} from '../../../src/lib/feed';
import { absoluteUrl } from '../../../src/lib/urls';

const absolute = (path: string) => absoluteUrl(path, '/news/', 'https://example.org');
const story = (day: number) => ({
  path: `/2023/03/${String(day).padStart(2, '0')}/story-${day}/`,
  data: {
    title: `Story <${day}> & more`,
    date: `2023-03-${String(day).padStart(2, '0')}`,
    summary: 'A summary.',
    topics: ['Politics'],
  },
});

describe('feeds', () => {
  it('puts feeds next to entity pages', () => {
    expect(
      entityFeedChannel('people', { id: 'li-qiang', name: 'Li Qiang' }, 'News Archive'),
    ).toEqual({
      title: 'Stories about Li Qiang — News Archive',
      description: 'The newest stories in News Archive that name Li Qiang.',
      pagePath: '/people/li-qiang/',
      feedPath: '/people/li-qiang/rss.xml',
    });
    expect(entityFeedChannel('places', { id: 'hunan', name: 'Hunan' }, 'A').title).toBe(
      'Stories about Hunan (place) — A',
    );
  });

  it('dates items at midnight UTC of their day', () => {
    expect(publicationDate('2023-03-22').toUTCString()).toBe('Wed, 22 Mar 2023 00:00:00 GMT');
    expect(feedItem(story(5), absolute)).toMatchObject({
      link: 'https://example.org/news/2023/03/05/story-5/',
      categories: ['Politics'],
    });
  });

  it('renders valid RSS 2.0 with absolute URLs, a self link, and at most FEED_SIZE items', async () => {
    const stories = Array.from({ length: 60 }, (_, at) => story((at % 28) + 1));
    const xml = await getRssString(
      feedOptions(
        {
          title: 'Li Qiang',
          description: 'Stories about Li Qiang',
          pagePath: '/people/li-qiang/',
          feedPath: '/people/li-qiang/rss.xml',
        },
        stories,
        absolute,
      ),
    );
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(feed.rss['@_version']).toBe('2.0');
    expect(feed.rss.channel.link).toBe('https://example.org/news/people/li-qiang/');
    expect(feed.rss.channel['atom:link']['@_href']).toBe(
      'https://example.org/news/people/li-qiang/rss.xml',
    );
    expect(feed.rss.channel.item).toHaveLength(FEED_SIZE);
    expect(feed.rss.channel.item[0].title).toBe('Story <1> & more');
    expect(xml).toContain('Story &lt;1&gt; &amp; more');
  });
});

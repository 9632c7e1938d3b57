/**
 * RSS feeds, parsed: valid RSS 2.0 with absolute URLs that include the base
 * path, at /rss.xml and next to every entity page that articles link to.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { articlePagesOf, distDir, filesUnder, SITE_BUILDS, type SiteName } from '../helpers/builds';
import { all, attr, readPage } from '../helpers/html';

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'item' || name === 'category',
});

interface Item {
  title: string;
  link: string;
  guid: { '#text': string };
  pubDate: string;
  description?: string;
}

function parseFeed(file: string) {
  const xml = readFileSync(file, 'utf8');
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  const feed = parser.parse(xml);
  expect(feed.rss['@_version']).toBe('2.0');
  const channel = feed.rss.channel as {
    title: string;
    description: string;
    link: string;
    'atom:link': { '@_href': string };
    item?: Item[];
  };
  return { channel, items: channel.item ?? [] };
}

describe.each<SiteName>(['fixture', 'fixtureUnderNews'])('feeds of the %s build', (name) => {
  const { basePath, siteUrl } = SITE_BUILDS[name];
  const dist = distDir(name);
  const prefix = new URL(basePath, siteUrl).href;
  const feeds = filesUnder(dist).filter((file) => file.endsWith('rss.xml'));
  const articlePages = articlePagesOf(dist);

  function expectValid(file: string) {
    const { channel, items } = parseFeed(path.join(dist, file));
    expect(channel.title).toBeTruthy();
    expect(channel.description).toBeTruthy();
    expect(channel.link.startsWith(prefix), channel.link).toBe(true);
    expect(channel['atom:link']['@_href']).toBe(prefix + file);
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.link.startsWith(prefix), item.link).toBe(true);
      expect(item.guid['#text']).toBe(item.link);
      // Every item links to an article page that was built.
      expect(articlePages).toContain(`${item.link.slice(prefix.length)}index.html`);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
    return { channel, items };
  }

  it('has the newest stories of the archive at /rss.xml, newest first', () => {
    const { items } = expectValid('rss.xml');
    expect(items).toHaveLength(Math.min(50, articlePages.length));
    const times = items.map((item) => Date.parse(item.pubDate));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('has a valid feed for every person, place and organization an article links to', () => {
    const linked = new Set<string>();
    for (const page of articlePages) {
      for (const link of all('[href]', readPage(dist, page))) {
        const entityPage = /\/((?:people|places|organizations)\/[^/"]+\/)$/.exec(
          attr(link, 'href')!,
        )?.[1];
        if (entityPage) linked.add(`${entityPage}rss.xml`);
      }
    }
    expect(linked.size).toBeGreaterThan(10);
    for (const feed of linked) {
      expect(feeds, feed).toContain(feed);
      const { items } = expectValid(feed);
      expect(items.length, feed).toBeGreaterThan(0);
    }
  });

  it('lists the seed article in the feed of each of its people', () => {
    const { items } = expectValid('people/li-qiang/rss.xml');
    expect(items.map((item) => item.link)).toContain(
      `${prefix}2023/03/22/li-qiang-hunan-advanced-manufacturing/`,
    );
  });

  it('announces the archive feed on every page', () => {
    const feeds = all(
      'link[rel="alternate"][type="application/rss+xml"]',
      readPage(dist, 'index.html'),
    );
    expect(feeds.map((link) => [attr(link, 'title'), attr(link, 'href')])).toContainEqual([
      'News Archive: latest stories',
      `${basePath}rss.xml`,
    ]);
  });
});

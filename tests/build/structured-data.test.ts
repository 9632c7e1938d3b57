/**
 * What machines read on an article page: its JSON-LD (NewsArticle and
 * BreadcrumbList), OpenGraph and Twitter card meta, and its canonical URL,
 * all absolute and under the base path.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePagesOf, distDir, SITE_BUILDS, type SiteName } from '../helpers/builds';
import { all, attr, one, parseHtml, text, type Document } from '../helpers/html';

const SEED = '2023/03/22/li-qiang-hunan-advanced-manufacturing/';
const MARKUP = '2022/05/09/markup-in-the-copy/';

const jsonLdScripts = (html: string) => all('script[type="application/ld+json"]', parseHtml(html));

function jsonLdOf(html: string): Record<string, unknown>[] {
  return jsonLdScripts(html).map((script) => JSON.parse(text(script)));
}

const names = (things: unknown) => (things as { name: string }[]).map((thing) => thing.name);

describe.each<SiteName>(['fixture', 'fixtureUnderNews'])(
  'structured data of the %s build',
  (name) => {
    const { basePath, siteUrl } = SITE_BUILDS[name];
    const dist = distDir(name);
    const prefix = new URL(basePath, siteUrl).href;
    const read = (page: string) => readFileSync(path.join(dist, page, 'index.html'), 'utf8');

    it('describes the seed article as a NewsArticle with its people, places and dateline', () => {
      const [article, breadcrumbs] = jsonLdOf(read(SEED));
      expect(article).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Li Qiang inspects advanced manufacturing in Hunan',
        datePublished: '2023-03-22',
        dateline: 'CHANGSHA, March 22 (Xinhua)',
        url: prefix + SEED,
        isAccessibleForFree: true,
        sourceOrganization: { '@type': 'Organization', name: 'Xinhua News Agency' },
        license: {
          '@type': 'CreativeWork',
          name: 'Xinhua News Agency report, English translation.',
        },
      });
      expect(names(article!['about'])).toEqual(
        expect.arrayContaining(['Li Qiang', 'Xi Jinping', 'Wu Zhenglong', 'State Council']),
      );
      expect(names(article!['contentLocation'])).toEqual(
        expect.arrayContaining(['Hunan', 'Zhuzhou', 'Changsha']),
      );
      expect(article!['about']).toContainEqual({
        '@type': 'Person',
        name: 'Li Qiang',
        url: `${prefix}people/li-qiang/`,
      });
      expect(article!['contentLocation']).toContainEqual({
        '@type': 'Place',
        name: 'Changsha',
        url: `${prefix}places/changsha/`,
      });
      expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
      const trail = breadcrumbs!['itemListElement'] as { position: number; item: string }[];
      expect(trail.map((crumb) => crumb.item)).toEqual([
        prefix,
        `${prefix}archive/`,
        `${prefix}archive/2023/`,
        `${prefix}archive/2023/03/`,
        `${prefix}archive/2023/03/22/`,
        prefix + SEED,
      ]);
      expect(trail.map((crumb) => crumb.position)).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it('gives every article JSON-LD that parses, and no article text can close its script element', () => {
      const articles = articlePagesOf(dist);
      for (const file of articles) {
        const html = readFileSync(path.join(dist, file), 'utf8');
        const data = jsonLdOf(html);
        expect(
          data.map((item) => item['@type']),
          file,
        ).toEqual(['NewsArticle', 'BreadcrumbList']);
        expect(data[0]!['url']).toBe(prefix + file.replace(/index\.html$/, ''));
      }
      const markup = read(MARKUP);
      for (const script of jsonLdScripts(markup)) {
        expect(text(script)).not.toContain('<');
      }
    });

    it('has OpenGraph and Twitter card meta and a canonical URL under the base path', () => {
      const html = parseHtml(read(SEED));
      const canonical = (page: Document) =>
        all('link[rel="canonical"]', page).map((link) => attr(link, 'href'));
      const meta = (page: Document, key: string) =>
        all(`meta[property="${key}"], meta[name="${key}"]`, page).map((element) =>
          attr(element, 'content'),
        );
      expect(canonical(html)).toContain(`${prefix}${SEED}`);
      expect(meta(html, 'og:type')).toContain('article');
      expect(meta(html, 'og:url')).toContain(`${prefix}${SEED}`);
      expect(meta(html, 'og:title')).toContain('Li Qiang inspects advanced manufacturing in Hunan');
      expect(meta(html, 'og:description')).toContainEqual(
        expect.stringMatching(/^Premier Li Qiang inspected/),
      );
      expect(meta(html, 'twitter:card')).toContain('summary');
      expect(meta(html, 'article:published_time')).toContain('2023-03-22');
      const archive = parseHtml(read('archive'));
      expect(meta(archive, 'og:type')).toContain('website');
      expect(canonical(archive)).toContain(`${prefix}archive/`);
    });

    it('shows related stories outside the search index', () => {
      const related = one('aside.related-stories', parseHtml(read(SEED)));
      expect(related && 'data-pagefind-ignore' in related.attribs).toBe(true);
      expect(all('[href]', related ?? []).map((link) => attr(link, 'href'))).toContain(
        `${basePath}2022/05/10/changsha-metro/`,
      );
    });
  },
);

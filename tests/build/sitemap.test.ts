/**
 * The sitemap lists every article and entity page and nothing that would 404;
 * robots.txt names it with its absolute URL; the 404 page helps a reader on.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  articlePagesOf,
  distDir,
  filesUnder,
  isRedirectPage,
  SITE_BUILDS,
  type SiteName,
} from '../helpers/builds';
import { all, attr, only, readPage, text } from '../helpers/html';

const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

describe.each<SiteName>(['fixture', 'fixtureUnderNews'])('sitemap of the %s build', (name) => {
  const { basePath, siteUrl } = SITE_BUILDS[name];
  const dist = distDir(name);
  const prefix = new URL(basePath, siteUrl).href;
  const files = filesUnder(dist);

  /** Every URL of every sitemap the index names. */
  function sitemapUrls(): string[] {
    const index = parser.parse(readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8'));
    return (index.sitemapindex.sitemap as { loc: string }[]).flatMap(({ loc }) => {
      expect(loc.startsWith(prefix), loc).toBe(true);
      const sitemap = parser.parse(readFileSync(path.join(dist, loc.slice(prefix.length)), 'utf8'));
      return (sitemap.urlset.url as { loc: string }[]).map((url) => url.loc);
    });
  }
  const urls = sitemapUrls();
  const listed = new Set(urls.map((url) => url.slice(prefix.length)));

  it('lists only pages that exist, all under the base path', () => {
    for (const url of urls) {
      expect(url.startsWith(prefix), url).toBe(true);
      expect(existsSync(path.join(dist, url.slice(prefix.length), 'index.html')), url).toBe(true);
    }
    expect(listed.has('404/')).toBe(false);
    expect(urls.some((url) => url.endsWith('.xml') || url.endsWith('.txt'))).toBe(false);
  });

  it('leaves out the redirect pages at old paths of stories', () => {
    const redirects = files.filter(
      (file) => file.endsWith('index.html') && isRedirectPage(dist, file),
    );
    expect(redirects.length).toBeGreaterThan(0);
    for (const page of redirects)
      expect(listed, page).not.toContain(page.replace(/index\.html$/, ''));
  });

  it('lists every article page and every date page', () => {
    const pages = [
      ...articlePagesOf(dist),
      ...files.filter((file) => /^archive(\/\d{2,4}|\/on\/\d{2}-\d{2})*\/index\.html$/.test(file)),
    ];
    expect(pages.length).toBeGreaterThan(27);
    for (const page of pages) expect(listed, page).toContain(page.replace(/index\.html$/, ''));
  });

  it('lists the page of every person, place and organization an article links to', () => {
    const entityPages = new Set<string>();
    for (const page of articlePagesOf(dist)) {
      for (const link of all('[href]', readPage(dist, page))) {
        const entityPage = /\/((?:people|places|organizations)\/[^/"]+\/)$/.exec(
          attr(link, 'href')!,
        )?.[1];
        if (entityPage) entityPages.add(entityPage);
      }
    }
    expect(entityPages.size).toBeGreaterThan(10);
    for (const page of entityPages) expect(listed, page).toContain(page);
  });

  it('is named by robots.txt with its absolute URL', () => {
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${prefix}sitemap-index.xml\n`,
    );
  });

  it('has a 404 page with a search box and links to the indexes', () => {
    const html = readPage(dist, '404.html');
    const main = only('main', html);
    expect(all('h1', main).map(text)).toContain('Page not found');
    const forms = all('form', main).map((form) => [attr(form, 'action'), attr(form, 'method')]);
    expect(forms).toContainEqual([`${basePath}search/`, 'get']);
    const input = only('input#not-found-q', main);
    expect([attr(input, 'name'), attr(input, 'type')]).toEqual(['q', 'search']);
    const hrefs = all('[href]', main).map((link) => attr(link, 'href'));
    for (const index of ['', 'archive/', 'people/', 'places/', 'organizations/']) {
      expect(hrefs).toContain(`${basePath}${index}`);
    }
    expect(all('meta[name="robots"]', html).map((meta) => attr(meta, 'content'))).toContain(
      'noindex',
    );
  });
});

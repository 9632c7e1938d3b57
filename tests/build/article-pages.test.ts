import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePagesOf, distDir, filesUnder, FIXTURES } from '../helpers/builds';

const dist = distDir('fixture');
const read = (page: string) => readFileSync(path.join(dist, page), 'utf8');
const SEED = '2023/03/22/li-qiang-hunan-advanced-manufacturing/index.html';
const MARKUP = '2022/05/09/markup-in-the-copy/index.html';

describe('article pages', () => {
  it('writes one page per article at /YYYY/MM/DD/<slug>/', () => {
    const articleFiles = filesUnder(path.join(FIXTURES, 'archive/articles')).filter((file) => file.endsWith('.md'));
    const articlePages = articlePagesOf(dist);
    expect(articlePages).toHaveLength(articleFiles.length);
    for (const file of articleFiles) {
      const [year, month, name] = file.split('/') as [string, string, string];
      const day = name.slice(0, 2);
      const slug = name.slice(3).replace(/\.md$/, '');
      expect(existsSync(path.join(dist, year, month, day, slug, 'index.html')), file).toBe(true);
    }
  });

  it('shows the headline, the date, the dateline and the captions of the seed article', () => {
    const html = read(SEED);
    expect(html).toContain('<h1 id="article-title">Li Qiang inspects advanced manufacturing in Hunan</h1>');
    expect(html).toMatch(/<time datetime="2023-03-22">22 March 2023<\/time>/);
    expect(html).toMatch(/<span class="dateline-place">CHANGSHA<\/span>, <time datetime="2023-03-22">March 22<\/time> \(Xinhua\) —/);
    const figures = html.match(/<figure class="caption-note">[\s\S]*?<\/figure>/g) ?? [];
    expect(figures).toHaveLength(2);
    expect(figures[0]).toContain('Li Qiang was investigating in Zhuzhou Cemented Carbide Group.');
    expect(figures[0]).toContain('<figcaption>');
    expect(figures[0]).toContain('Photo: Rao Aimin');
    expect(figures.join('')).not.toContain('<img');
  });

  it('prints the dateline\'s own day when the story was filed before its date', () => {
    const html = read('2022/05/10/changsha-metro/index.html');
    expect(html).toMatch(/<span class="dateline-place">长沙<\/span>, <time datetime="2022-05-09">May 9<\/time> \(Fixture Wire\) —/);
    expect(html).toContain('<time datetime="2022-05-10">');
  });

  it('links people, places and organizations to their pages', () => {
    const html = read(SEED);
    expect(html).toContain('href="/people/li-qiang/"');
    expect(html).toContain('href="/places/changsha/"');
    expect(html).toContain('href="/organizations/state-council/"');
  });

  it('links the older and newer stories and gives a reading time', () => {
    const html = read(MARKUP);
    expect(html).toContain('href="/2020/10/30/wikinews-interviews-brian-carroll-american-solidarity-party/" rel="prev"');
    expect(html).toContain('href="/2022/05/10/changsha-metro/" rel="next"');
    expect(html).toMatch(/\d+ min read/);
  });

  it('chains every article to the one published just before and just after it', () => {
    // No two fixture articles share a day, so the date order is the order of their URLs.
    const pages = articlePagesOf(dist).sort();
    const urlOf = (page: string | undefined) => (page ? `/${page.replace(/index\.html$/, '')}` : undefined);
    const targets = (html: string, rel: string) => [...html.matchAll(new RegExp(`href="([^"]+)" rel="${rel}"`, 'g'))].map((match) => match[1]);
    pages.forEach((page, index) => {
      const html = read(page);
      expect(targets(html, 'prev'), `${page} older`).toEqual(index > 0 ? [urlOf(pages[index - 1])] : []);
      expect(targets(html, 'next'), `${page} newer`).toEqual(index < pages.length - 1 ? [urlOf(pages[index + 1])] : []);
    });
  });

  it('shows HTML in the article text as text and runs none of it', () => {
    const html = read(MARKUP);
    const body = html.slice(html.indexOf('<div class="article-body">'));
    expect(body).not.toMatch(/<script[\s>]/i);
    expect(body).not.toMatch(/<img[^>]*onerror/i);
    expect(body).not.toMatch(/<b>markup<\/b>/);
    expect(body).toMatch(/(&lt;|&#x3C;)script(>|&gt;)/);
    expect(body).toContain('onerror=');
  });

  it('gives headings ids and anchor links', () => {
    const html = read(MARKUP);
    expect(html).toMatch(/<h2 id="background">Background<a[^>]*href="#background"/);
  });

  it('sets the page language from the article', () => {
    expect(read('2022/05/10/changsha-metro/index.html')).toMatch(/^<!DOCTYPE html><html lang="zh"/);
  });

  it('paginates the home page newest first', () => {
    const home = read('index.html');
    expect(home).toContain('href="/page/2/"');
    const list = home.slice(home.indexOf('<ol class="article-list">'), home.indexOf('</ol>'));
    const dates = [...list.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})"/g)].map((match) => match[1]);
    expect(dates.length).toBe(20);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(existsSync(path.join(dist, 'page/2/index.html'))).toBe(true);
  });
});

import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePagesOf, distDir, filesUnder, FIXTURES } from '../helpers/builds';
import {
  all,
  attr,
  elementsFrom,
  isElement,
  one,
  only,
  readPage,
  text,
  type Document,
  type Element,
} from '../helpers/html';

const dist = distDir('fixture');
const page = (file: string) => readPage(dist, file);
/** A `<time>` as [datetime, text]. */
const time = (element: Element | undefined) => [attr(element, 'datetime'), text(element)];
/** The dateline as a reader sees it: its place, its day and what follows up to the dash. */
function dateline(document: Document) {
  const place = only('span.dateline-place', document);
  const day = place.next?.next;
  return {
    place: text(place),
    between: place.next?.type === 'text' ? place.next.data : undefined,
    day: day?.type === 'tag' && day.name === 'time' ? time(day) : undefined,
    after: day?.next?.type === 'text' ? day.next.data : undefined,
  };
}
/** Where the links of a relation (`prev`, `next`) lead. */
const targets = (document: Document, rel: string) =>
  all(`[href][rel="${rel}"]`, document).map((link) => attr(link, 'href'));
const SEED = '2023/03/22/li-qiang-hunan-advanced-manufacturing/index.html';
const MARKUP = '2022/05/09/markup-in-the-copy/index.html';

describe('article pages', () => {
  it('writes one page per article at /YYYY/MM/DD/<slug>/', () => {
    const articleFiles = filesUnder(path.join(FIXTURES, 'archive/articles')).filter((file) =>
      file.endsWith('.md'),
    );
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
    const html = page(SEED);
    expect(text(one('h1#article-title', html))).toBe(
      'Li Qiang inspects advanced manufacturing in Hunan',
    );
    expect(all('time', html).map(time)).toContainEqual(['2023-03-22', '22 March 2023']);
    expect(dateline(html)).toMatchObject({
      place: 'CHANGSHA',
      between: ', ',
      day: ['2023-03-22', 'March 22'],
    });
    expect(dateline(html).after).toMatch(/^ \(Xinhua\) —/);
    const figures = all('figure.caption-note', html);
    expect(figures).toHaveLength(2);
    expect(text(figures[0])).toContain(
      'Li Qiang was investigating in Zhuzhou Cemented Carbide Group.',
    );
    expect(one('figcaption', figures[0]!)).toBeDefined();
    expect(text(figures[0])).toContain('Photo: Rao Aimin');
    expect(all('img', figures)).toEqual([]);
  });

  it("prints the dateline's own day when the story was filed before its date", () => {
    const html = page('2022/05/10/changsha-metro/index.html');
    expect(dateline(html)).toMatchObject({
      place: '长沙',
      between: ', ',
      day: ['2022-05-09', 'May 9'],
    });
    expect(dateline(html).after).toMatch(/^ \(Fixture Wire\) —/);
    expect(all('time', html).map((element) => attr(element, 'datetime'))).toContain('2022-05-10');
  });

  it('links people, places and organizations to their pages', () => {
    const hrefs = all('[href]', page(SEED)).map((link) => attr(link, 'href'));
    expect(hrefs).toContain('/people/li-qiang/');
    expect(hrefs).toContain('/places/changsha/');
    expect(hrefs).toContain('/organizations/state-council/');
  });

  it('links the older and newer stories and gives a reading time', () => {
    const html = page(MARKUP);
    expect(targets(html, 'prev')).toContain(
      '/2020/10/30/wikinews-interviews-brian-carroll-american-solidarity-party/',
    );
    expect(targets(html, 'next')).toContain('/2022/05/10/changsha-metro/');
    expect(text(html)).toMatch(/\d+ min read/);
  });

  it('chains every article to the one published just before and just after it', () => {
    // No two fixture articles share a day, so the date order is the order of their URLs.
    const pages = articlePagesOf(dist).sort();
    const urlOf = (page: string | undefined) =>
      page ? `/${page.replace(/index\.html$/, '')}` : undefined;
    pages.forEach((file, index) => {
      const html = page(file);
      expect(targets(html, 'prev'), `${file} older`).toEqual(
        index > 0 ? [urlOf(pages[index - 1])] : [],
      );
      expect(targets(html, 'next'), `${file} newer`).toEqual(
        index < pages.length - 1 ? [urlOf(pages[index + 1])] : [],
      );
    });
  });

  it('shows HTML in the article text as text and runs none of it', () => {
    const html = page(MARKUP);
    const body = only('div.article-body', html);
    // The article body and whatever follows it on the page.
    const fromBody = elementsFrom(body, html);
    expect(fromBody.filter((element) => element.name === 'script')).toEqual([]);
    const mentionsOnerror = (image: Element) =>
      Object.entries(image.attribs).some(
        ([name, value]) => /onerror/i.test(name) || /onerror/i.test(value),
      );
    expect(
      fromBody.filter((element) => element.name === 'img' && mentionsOnerror(element)),
    ).toEqual([]);
    expect(
      fromBody.filter((element) => element.name === 'b' && text(element) === 'markup'),
    ).toEqual([]);
    // The markup is there as text a reader sees.
    expect(text(body)).toContain('<script>');
    expect(text(body)).toContain('onerror=');
  });

  it('gives headings ids and anchor links', () => {
    // The heading's text, then at once its anchor link.
    const [title, anchor] = only('h2#background', page(MARKUP)).children;
    expect(title?.type === 'text' ? title.data : undefined).toBe('Background');
    expect(isElement(anchor) ? [anchor.name, attr(anchor, 'href')] : undefined).toEqual([
      'a',
      '#background',
    ]);
  });

  it('sets the page language from the article', () => {
    const html = page('2022/05/10/changsha-metro/index.html');
    const [doctype] = html.children;
    expect(doctype?.type === 'directive' ? doctype.data : undefined).toBe('!DOCTYPE html');
    expect(
      html.children.filter(isElement).map((element) => [element.name, attr(element, 'lang')]),
    ).toEqual([['html', 'zh']]);
  });

  it('paginates the home page newest first', () => {
    const home = page('index.html');
    expect(all('[href]', home).map((link) => attr(link, 'href'))).toContain('/page/2/');
    const dates = all('time[datetime]', only('ol.article-list', home))
      .map((element) => attr(element, 'datetime'))
      .filter((datetime) => /^\d{4}-\d{2}-\d{2}$/.test(datetime ?? ''));
    expect(dates.length).toBe(20);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(existsSync(path.join(dist, 'page/2/index.html'))).toBe(true);
  });
});

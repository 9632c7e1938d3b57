/**
 * The archive as a search engine and as data, in the fixture builds at the
 * site root and under /news/: the OpenSearch description every page links,
 * a JSON file per person, place and organization linked from its page, and
 * the print stylesheet of article pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePagesOf, distDir, filesUnder, SITE_BUILDS, type SiteName } from '../helpers/builds';
import { all, attr, one, only, parseHtml, text } from '../helpers/html';

const KINDS = ['people', 'places', 'organizations'] as const;

describe.each<SiteName>(['fixture', 'fixtureUnderNews'])('data out of the %s build', (name) => {
  const { basePath, siteUrl } = SITE_BUILDS[name];
  const dist = distDir(name);
  const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
  const site = `${siteUrl}${basePath}`;

  it('describes the search for browsers at /opensearch.xml, with the site URL and base path', () => {
    expect(read('opensearch.xml')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">',
        '  <ShortName>News Archive</ShortName>',
        '  <Description>Search the stories of News Archive</Description>',
        '  <InputEncoding>UTF-8</InputEncoding>',
        `  <Image type="image/svg+xml">${site}favicon.svg</Image>`,
        `  <Url type="text/html" method="get" template="${site}search/?q={searchTerms}"/>`,
        `  <Url type="application/opensearchdescription+xml" rel="self" template="${site}opensearch.xml"/>`,
        `  <moz:SearchForm>${site}search/</moz:SearchForm>`,
        '</OpenSearchDescription>',
        '',
      ].join('\n'),
    );
  });

  it('links the OpenSearch description from the <head> of every page', () => {
    const pages = filesUnder(dist).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const links = all('head link[rel="search"]', parseHtml(read(page))).map((link) => [
        attr(link, 'type'),
        attr(link, 'title'),
        attr(link, 'href'),
      ]);
      expect(links, page).toContainEqual([
        'application/opensearchdescription+xml',
        'News Archive',
        `${basePath}opensearch.xml`,
      ]);
    }
  });

  it('writes a person as JSON: id, kind, name, other names, page and every story', () => {
    expect(JSON.parse(read('people/li-qiang.json'))).toEqual({
      id: 'li-qiang',
      kind: 'person',
      name: 'Li Qiang',
      aliases: ['Premier Li Qiang'],
      url: `${site}people/li-qiang/`,
      stories: [
        {
          url: `${site}2023/03/22/li-qiang-hunan-advanced-manufacturing/`,
          title: 'Li Qiang inspects advanced manufacturing in Hunan',
          date: '2023-03-22',
        },
        {
          url: `${site}2023/03/13/new-premier-meets-the-press/`,
          title: 'New premier promises jobs and steady growth',
          date: '2023-03-13',
        },
      ],
    });
  });

  it('has a JSON file for every entity page, linked from it, listing as many stories as the page counts', () => {
    let checked = 0;
    for (const kind of KINDS) {
      const entityPages = filesUnder(path.join(dist, kind)).filter((file) =>
        /^[^/]+\/index\.html$/.test(file),
      );
      for (const page of entityPages) {
        const id = page.split('/')[0]!;
        const html = parseHtml(read(`${kind}/${page}`));
        const json = JSON.parse(read(`${kind}/${id}.json`)) as { id: string; stories: unknown[] };
        expect(json.id).toBe(id);
        expect(one('link[rel="alternate"][type="application/json"]', html)).toBeDefined();
        expect(all('a[type="application/json"]', html).map((link) => attr(link, 'href'))).toContain(
          `${basePath}${kind}/${id}.json`,
        );
        expect(String(json.stories.length)).toBe(text(only('dd[data-entity-count]', html)));
        checked++;
      }
      expect(
        filesUnder(path.join(dist, kind)).filter((file) => file.endsWith('.json')),
      ).toHaveLength(entityPages.length);
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("prints an article without the site chrome, with the story's address", () => {
    const article = articlePagesOf(dist)[0]!;
    const html = parseHtml(read(article));
    const printOnly = all('p.print-only[data-pagefind-ignore]', html).map(text);
    expect(printOnly).toContain(`${site}${article.replace(/index\.html$/, '')}`);
    const css = all('link[rel="stylesheet"][href]', html)
      .map((link) => read(attr(link, 'href')!.slice(basePath.length)))
      .join('\n');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(
      /\.site-header,[^{]*\.breadcrumbs,[^{]*\.related-stories,[^{]*\{display:none!important\}/,
    );
    expect(print).toMatch(/\.article-body a\[href\^=http\]:after/);
  });
});

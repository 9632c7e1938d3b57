/**
 * The fixture archive built with each Markdown pipeline (Sätteri, the
 * default, and remark with rehype-slug, MARKDOWN=remark): every page the
 * same, as a browser reads it, and no unsafe URL on any page of either.
 *
 * "The same" is compared after tests/helpers/canonical-html.ts, which
 * forgives two differences of spelling only: character references (Sätteri
 * writes `&lt;`, unified `&#x3C;`) and white space between block elements
 * (Sätteri ends a body with a newline). Any other difference must be listed
 * below with its reason, or the test fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/lib/safe-url';
import { distDir, filesUnder, type SiteName } from '../helpers/builds';
import { canonicalHtmlForRendering } from '../helpers/canonical-html';

/** Pages allowed to differ between the pipelines, with the reason. None today. */
const KNOWN_DIFFERENCES: Record<string, string> = {};

const satteri = distDir('fixture');
const remark = distDir('fixtureRemark');
const pagesOf = (dist: string) => filesUnder(dist).filter((file) => file.endsWith('.html'));

describe('Markdown pipelines: Sätteri and remark', () => {
  it('write the same set of pages', () => {
    expect(pagesOf(remark)).toEqual(pagesOf(satteri));
  });

  it('write the same HTML on every page, article bodies included', () => {
    const pages = pagesOf(satteri);
    const articles = pages.filter((page) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(page));
    expect(articles.length).toBeGreaterThan(20);
    const differing = pages.filter((page) => {
      const read = (dist: string) => canonicalHtmlForRendering(readFileSync(path.join(dist, page), 'utf8'));
      return read(satteri) !== read(remark);
    });
    expect(differing.filter((page) => !(page in KNOWN_DIFFERENCES))).toEqual([]);
    // A listed difference that no longer occurs is taken off the list.
    expect(Object.keys(KNOWN_DIFFERENCES).filter((page) => !differing.includes(page))).toEqual([]);
  });

  it('make the same heading ids and anchors (rehype-slug and our Sätteri plugin)', () => {
    const page = '2022/05/09/markup-in-the-copy/index.html';
    for (const dist of [satteri, remark]) {
      const html = readFileSync(path.join(dist, page), 'utf8');
      expect(html).toContain('<h2 id="links-that-would-run-a-script">Links that would run a script<a class="heading-anchor" href="#links-that-would-run-a-script"');
    }
  });
});

/** Every URL-holding attribute of a page. */
function urlAttributes(html: string): string[] {
  const urls: string[] = [];
  const parser = new Parser({
    onopentag(_name, attributes) {
      for (const name of ['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'xlink:href']) {
        const value = attributes[name];
        if (value !== undefined) urls.push(...(name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value]));
      }
    },
  });
  parser.write(html);
  parser.end();
  return urls;
}

describe.each([['Sätteri', 'fixture'], ['remark', 'fixtureRemark']] as [string, SiteName][])('pages built with %s', (_pipeline, site) => {
  it('carry no unsafe URL (javascript:, vbscript:, data: …) in any attribute', () => {
    const dist = distDir(site);
    const unsafe = pagesOf(dist).flatMap((page) => urlAttributes(readFileSync(path.join(dist, page), 'utf8')).filter((url) => !isSafeUrl(url)).map((url) => `${page}: ${url}`));
    expect(unsafe).toEqual([]);
  });

  it('show the unsafe links of the fixture article as their words', () => {
    const html = readFileSync(path.join(distDir(site), '2022/05/09/markup-in-the-copy/index.html'), 'utf8');
    expect(html).toContain('linked a prize page, a shouting one, a disguised one, an old one, a data page, a prize draw and javascript:window.__pwned=true, and a chart drawn as data.');
    expect(html).toContain('<a href="https://example.org/original/markup-in-the-copy">original report</a>');
  });
});

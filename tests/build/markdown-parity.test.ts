/**
 * The fixture archive built with each Markdown pipeline (Sätteri, the
 * default, and remark with rehype-slug, MARKDOWN=remark): every page the
 * same, as a browser reads it, and no unsafe URL on any page of either.
 *
 * "The same" is compared after tests/helpers/canonical-html.ts, which
 * forgives two differences of spelling only: character references (Sätteri
 * writes `&lt;`, unified `&#x3C;`) and white space between block elements
 * (Sätteri ends a body with a newline). Any other difference must be one of
 * KNOWN_DIFFERENCES, with its reason, or the test fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/lib/safe-url';
import { distDir, filesUnder, type SiteName } from '../helpers/builds';
import { canonicalHtmlForRendering } from '../helpers/canonical-html';
import { all, attr, isElement, only, readPage, text, textRuns } from '../helpers/html';

interface KnownDifference {
  reason: string;
  /** Makes both pipelines' HTML the same where they differ for this reason only. */
  fold(html: string): string;
  /** Pages of the fixture archive that show it (the test fails if they no longer do). */
  pages: string[];
}

const KNOWN_DIFFERENCES: KnownDifference[] = [
  {
    reason:
      "Smart punctuation: Sätteri's and remark-smartypants' rules differ at the edges. After a zero-width " +
      'joiner or a bracket an apostrophe opens in remark (Xtra‍‘s) and closes in Sätteri (Xtra‍’s); a double ' +
      'quote after a closing single quote closes in remark (’ ”) and opens in Sätteri (’ “); four dots are ' +
      'an ellipsis and a period in Sätteri (….) and one ellipsis in remark (…). 20 of the 295 bundled ' +
      'articles hold one of these; straight quotes in the source are what both pipelines read.',
    fold: (html) => html.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/…\./g, '…'),
    pages: ['2022/05/09/markup-in-the-copy/index.html'],
  },
];

const satteri = distDir('fixture');
const remark = distDir('fixtureRemark');
const pagesOf = (dist: string) => filesUnder(dist).filter((file) => file.endsWith('.html'));
const read = (dist: string, page: string) =>
  canonicalHtmlForRendering(readFileSync(path.join(dist, page), 'utf8'));

describe('Markdown pipelines: Sätteri and remark', () => {
  it('write the same set of pages', () => {
    expect(pagesOf(remark)).toEqual(pagesOf(satteri));
  });

  it('write the same HTML on every page, article bodies included, but for the differences listed with their reasons', () => {
    const pages = pagesOf(satteri);
    expect(
      pages.filter((page) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(page)).length,
    ).toBeGreaterThan(20);
    const unexplained: string[] = [];
    const explained = new Map<KnownDifference, string[]>();
    for (const page of pages) {
      let [mine, theirs] = [read(satteri, page), read(remark, page)];
      for (const difference of KNOWN_DIFFERENCES) {
        if (mine === theirs) break;
        [mine, theirs] = [difference.fold(mine), difference.fold(theirs)];
        explained.set(difference, [...(explained.get(difference) ?? []), page]);
      }
      if (mine !== theirs) unexplained.push(page);
    }
    expect(unexplained).toEqual([]);
    // Each listed difference still occurs where the fixture shows it, and nowhere unexpected.
    for (const difference of KNOWN_DIFFERENCES)
      expect(explained.get(difference) ?? []).toEqual(difference.pages);
  });

  it('make the same heading ids and anchors (rehype-slug and our Sätteri plugin)', () => {
    const page = '2022/05/09/markup-in-the-copy/index.html';
    for (const dist of [satteri, remark]) {
      // The heading's text, then at once its anchor link.
      const [title, anchor] = only(
        'h2#links-that-would-run-a-script',
        readPage(dist, page),
      ).children;
      expect(title?.type === 'text' ? title.data : undefined).toBe('Links that would run a script');
      expect(
        isElement(anchor) ? [anchor.name, attr(anchor, 'class'), attr(anchor, 'href')] : undefined,
      ).toEqual(['a', 'heading-anchor', '#links-that-would-run-a-script']);
    }
  });
});

/** Every URL-holding attribute of a page. */
function urlAttributes(html: string): string[] {
  const urls: string[] = [];
  const parser = new Parser({
    onopentag(_name, attributes) {
      for (const name of [
        'href',
        'src',
        'action',
        'formaction',
        'poster',
        'srcset',
        'xlink:href',
      ]) {
        const value = attributes[name];
        if (value !== undefined)
          urls.push(
            ...(name === 'srcset'
              ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
              : [value]),
          );
      }
    },
  });
  parser.write(html);
  parser.end();
  return urls;
}

describe.each([
  ['Sätteri', 'fixture'],
  ['remark', 'fixtureRemark'],
] as [string, SiteName][])('pages built with %s', (_pipeline, site) => {
  it('carry no unsafe URL (javascript:, vbscript:, data: …) in any attribute', () => {
    const dist = distDir(site);
    const unsafe = pagesOf(dist).flatMap((page) =>
      urlAttributes(readFileSync(path.join(dist, page), 'utf8'))
        .filter((url) => !isSafeUrl(url))
        .map((url) => `${page}: ${url}`),
    );
    expect(unsafe).toEqual([]);
  });

  it('show the unsafe links of the fixture article as their words', () => {
    const html = readPage(distDir(site), '2022/05/09/markup-in-the-copy/index.html');
    // One run of text: no link, no element at all, inside the sentence.
    expect(
      textRuns(html).filter((run) =>
        run.includes(
          'linked a prize page, a shouting one, a disguised one, an old one, a data page, a prize draw and javascript:window.__pwned=true, and a chart drawn as data.',
        ),
      ).length,
    ).toBeGreaterThan(0);
    const links = all('a', html).map((link) => [
      attr(link, 'href'),
      text(link),
      Object.keys(link.attribs).length,
    ]);
    expect(links).toContainEqual([
      'https://example.org/original/markup-in-the-copy',
      'original report',
      1,
    ]);
  });
});

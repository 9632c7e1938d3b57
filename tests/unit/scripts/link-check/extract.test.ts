import { describe, expect, it } from 'vitest';
import {
  extractFromHtml,
  extractFromXml,
  srcsetUrls,
} from '../../../../scripts/link-check/extract';

describe('extracting references', () => {
  it('finds links, loaded resources, srcset candidates and anchors', () => {
    const { references, anchors } = extractFromHtml(`
      <link rel="stylesheet" href="/_astro/site.css"><link rel="canonical" href="https://x.example/a/">
      <a href="/people/" id="top">People</a><a name="old"></a>
      <img src="a.png" srcset="a-1x.png 1x, a-2x.png 2x"><script src="/_astro/app.js"></script>
      <form action="/search/"></form><svg><use href="#icon"></use></svg>
      <a href="/x/?q=a&amp;b=c">entity</a>`);
    const simplified = references.map(({ url, kind }) => `${kind} ${url}`);
    expect(simplified).toEqual([
      'resource /_astro/site.css',
      'reference https://x.example/a/',
      'navigation /people/',
      'resource a.png',
      'resource a-1x.png',
      'resource a-2x.png',
      'resource /_astro/app.js',
      'navigation /search/',
      'resource #icon',
      'navigation /x/?q=a&b=c',
    ]);
    expect([...anchors]).toEqual(['top', 'old']);
  });

  it('reads page and image URLs of social cards and JSON-LD, without graph fragments', () => {
    const { references } =
      extractFromHtml(`<meta property="og:url" content="https://s.example/a/"><meta name="twitter:image" content="/card.png">
      <script type="application/ld+json">{"@context":"https://schema.org","@id":"https://s.example/a/#article","headline":"https://not-a-url-key.example/",
      "publisher":{"logo":{"url":"https://s.example/logo.svg"}},"itemListElement":[{"item":"https://s.example/"}]}</script>`);
    expect(references.map(({ url, where }) => `${where} ${url}`)).toEqual([
      'meta[property=og:url] https://s.example/a/',
      'meta[name=twitter:image] /card.png',
      'JSON-LD https://s.example/a/',
      'JSON-LD https://s.example/logo.svg',
      'JSON-LD https://s.example/',
    ]);
  });

  it('splits srcset on commas between candidates only', () => {
    expect(srcsetUrls('a.png 480w,  b.png 800w')).toEqual(['a.png', 'b.png']);
  });

  it('reads item links, guids, Atom links and sitemap locations from XML', () => {
    const rss = `<rss><channel><link>https://s.example/</link><atom:link href="https://s.example/rss.xml" rel="self"/>
      <item><link>https://s.example/2020/01/01/a/</link><guid isPermaLink="false">tag:1</guid></item></channel></rss>`;
    expect(extractFromXml(rss).map((reference) => reference.url)).toEqual([
      'https://s.example/',
      'https://s.example/rss.xml',
      'https://s.example/2020/01/01/a/',
    ]);
    expect(
      extractFromXml('<urlset><url><loc>https://s.example/b/</loc></url></urlset>').map(
        (r) => r.url,
      ),
    ).toEqual(['https://s.example/b/']);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFromHtml, extractFromXml, refreshUrl, srcsetUrls } from '../../scripts/link-check/extract';
import { fileForPath, pageUrl, resolveReference } from '../../scripts/link-check/resolve';
import { checkSite } from '../../scripts/link-check/check-site';

const NEWS = { origin: 'https://example.github.io', basePath: '/news/' };

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
    const { references } = extractFromHtml(`<meta property="og:url" content="https://s.example/a/"><meta name="twitter:image" content="/card.png">
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
    expect(extractFromXml('<urlset><url><loc>https://s.example/b/</loc></url></urlset>').map((r) => r.url)).toEqual(['https://s.example/b/']);
  });
});

describe('resolving references under a base path', () => {
  it('serves pages at their folder URL', () => {
    expect(pageUrl('people/index.html', NEWS).href).toBe('https://example.github.io/news/people/');
    expect(pageUrl('404.html', NEWS).href).toBe('https://example.github.io/news/404.html');
  });

  it('maps root-relative, relative and absolute same-origin URLs into dist/', () => {
    expect(resolveReference('/news/people/li-qiang/', 'index.html', NEWS)).toEqual({ kind: 'internal', path: 'people/li-qiang/', fragment: '' });
    expect(resolveReference('../places/#map', 'people/index.html', NEWS)).toEqual({ kind: 'internal', path: 'places/', fragment: 'map' });
    expect(resolveReference('https://example.github.io/news/', 'a/index.html', NEWS)).toEqual({ kind: 'internal', path: '', fragment: '' });
  });

  it('flags a link that forgot the base path, javascript: URLs, and tells other hosts apart', () => {
    expect(resolveReference('/people/', 'index.html', NEWS).kind).toBe('outside-base');
    expect(resolveReference('javascript:alert(1)', 'index.html', NEWS).kind).toBe('script');
    expect(resolveReference('https://other.example/x.png', 'index.html', NEWS).kind).toBe('external');
    expect(resolveReference('mailto:desk@example.org', 'index.html', NEWS).kind).toBe('external');
  });

  it('finds the file a static host would serve', () => {
    const files = new Set(['index.html', 'people/index.html', 'favicon.svg']);
    const exists = (file: string) => files.has(file);
    expect(fileForPath('', exists)).toBe('index.html');
    expect(fileForPath('people/', exists)).toBe('people/index.html');
    expect(fileForPath('people', exists)).toBe('people/index.html');
    expect(fileForPath('favicon.svg', exists)).toBe('favicon.svg');
    expect(fileForPath('places/', exists)).toBeUndefined();
  });
});

describe('checking a built site', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'link-check-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), html);
  };
  write('index.html', `<link rel="stylesheet" href="/news/site.css"><a href="#main">skip</a><main id="main">
    <a href="/news/a/">A</a><a href="/news/missing/">gone</a><a href="/b/">no base</a>
    <a href="/news/a/#nowhere">bad anchor</a><a href="javascript:void(0)">js</a>
    <img src="https://cdn.example/x.png"><a href="https://elsewhere.example/">fine</a></main>`);
  write('site.css', 'body{}');
  write('a/index.html', '<h1 id="top">A</h1><a href="/news/">home</a><a href="/news/missing/">gone again</a>');
  write('orphan/index.html', '<a href="/news/">home</a>');
  write('404.html', '<a href="/news/">home</a>');
  write('rss.xml', '<rss><channel><item><link>https://example.github.io/news/a/</link></item><item><link>https://example.github.io/news/gone/</link></item></channel></rss>');

  const report = checkSite({ distDir: dist, ...NEWS });

  it('reports every kind of broken reference once, with how often it occurs', () => {
    const found = report.problems.map((problem) => `${problem.kind} ${problem.url} ×${problem.occurrences}`).sort();
    expect(found).toEqual([
      'external-resource https://cdn.example/x.png ×1',
      'missing /news/missing/ ×2',
      'missing https://example.github.io/news/gone/ ×1',
      'missing-anchor /news/a/#nowhere ×1',
      'outside-base /b/ ×1',
      'script-url javascript:void(0) ×1',
    ]);
  });

  it('reports pages no link reaches, except the 404 page', () => {
    expect(report.unreachable).toEqual(['orphan/index.html']);
    expect(report.pages).toBe(4);
    expect(report.feeds).toBe(1);
  });
});

describe('following redirects, data files and search descriptions', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'link-check-redirects-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), text);
  };
  write('index.html', '<link rel="search" href="/news/opensearch.xml"><a href="/news/story/">story</a><a href="/news/people/ann.json">data</a>');
  write('story/index.html', '<h1>Story</h1>');
  // Old paths: nothing links to them; one leads to the story, one nowhere.
  write('2019/01/02/old/index.html', '<meta http-equiv="refresh" content="0; url=/news/story/"><a href="/news/story/">moved</a>');
  write('stories/lost/index.html', "<meta http-equiv=\"refresh\" content=\"0;URL='/news/gone/'\">");
  write('_redirects', '# comment\n/news/2019/01/02/old/ /news/story/ 301\n\n/news/stories/lost/ /news/also-gone/ 301\n');
  write('people/ann.json', JSON.stringify({ url: 'https://example.github.io/news/people/ann/', stories: [{ url: 'https://example.github.io/news/story/' }] }));
  write('opensearch.xml', '<OpenSearchDescription><Image>https://example.github.io/news/favicon.svg</Image><Url type="text/html" template="https://example.github.io/news/search/?q={searchTerms}"/></OpenSearchDescription>');

  const report = checkSite({ distDir: dist, ...NEWS });

  it('checks where each redirect page and _redirects rule leads, and every URL of JSON and OpenSearch files', () => {
    const found = report.problems.map((problem) => `${problem.kind} ${problem.url} (${problem.where})`).sort();
    expect(found).toEqual([
      'missing /news/also-gone/ (line 4)',
      'missing /news/gone/ (meta[http-equiv=refresh])',
      'missing https://example.github.io/news/favicon.svg (<image>)',
      'missing https://example.github.io/news/people/ann/ (JSON url)',
      'missing https://example.github.io/news/search/?q= (Url[template])',
    ]);
    expect(report).toMatchObject({ redirectPages: 2, redirectRules: 2, dataFiles: 1 });
  });

  it('does not ask for links to old paths', () => {
    expect(report.unreachable).toEqual([]);
  });

  it('reads meta refresh contents as browsers write them', () => {
    expect(refreshUrl('0; url=/a/')).toBe('/a/');
    expect(refreshUrl("0;URL='/a/'")).toBe('/a/');
    expect(refreshUrl('5')).toBeUndefined();
  });
});

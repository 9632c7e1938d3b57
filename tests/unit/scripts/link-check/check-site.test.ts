import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refreshUrl } from '../../../../scripts/link-check/extract';
import { checkSite } from '../../../../scripts/link-check/check-site';

const NEWS = { origin: 'https://example.github.io', basePath: '/news/' };

describe('checking a built site', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'link-check-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), html);
  };
  write(
    'index.html',
    `<link rel="stylesheet" href="/news/site.css"><a href="#main">skip</a><main id="main">
    <a href="/news/a/">A</a><a href="/news/missing/">gone</a><a href="/b/">no base</a>
    <a href="/news/a/#nowhere">bad anchor</a><a href="javascript:void(0)">js</a>
    <img src="https://cdn.example/x.png"><a href="https://elsewhere.example/">fine</a></main>`,
  );
  write('site.css', 'body{}');
  write(
    'a/index.html',
    '<h1 id="top">A</h1><a href="/news/">home</a><a href="/news/missing/">gone again</a>',
  );
  write('orphan/index.html', '<a href="/news/">home</a>');
  write('404.html', '<a href="/news/">home</a>');
  write(
    'rss.xml',
    '<rss><channel><item><link>https://example.github.io/news/a/</link></item><item><link>https://example.github.io/news/gone/</link></item></channel></rss>',
  );

  const report = checkSite({ distDir: dist, ...NEWS });

  it('reports every kind of broken reference once, with how often it occurs', () => {
    const found = report.problems
      .map((problem) => `${problem.kind} ${problem.url} ×${problem.occurrences}`)
      .sort();
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
  write(
    'index.html',
    '<link rel="search" href="/news/opensearch.xml"><a href="/news/story/">story</a><a href="/news/people/ann.json">data</a>',
  );
  write('story/index.html', '<h1>Story</h1>');
  // Old paths: nothing links to them; one leads to the story, one nowhere.
  write(
    '2019/01/02/old/index.html',
    '<meta http-equiv="refresh" content="0; url=/news/story/"><a href="/news/story/">moved</a>',
  );
  write('stories/lost/index.html', '<meta http-equiv="refresh" content="0;URL=\'/news/gone/\'">');
  write(
    '_redirects',
    '# comment\n/news/2019/01/02/old/ /news/story/ 301\n\n/news/stories/lost/ /news/also-gone/ 301\n',
  );
  write(
    'people/ann.json',
    JSON.stringify({
      url: 'https://example.github.io/news/people/ann/',
      stories: [{ url: 'https://example.github.io/news/story/' }],
    }),
  );
  write(
    'opensearch.xml',
    '<OpenSearchDescription><Image>https://example.github.io/news/favicon.svg</Image><Url type="text/html" template="https://example.github.io/news/search/?q={searchTerms}"/></OpenSearchDescription>',
  );

  const report = checkSite({ distDir: dist, ...NEWS });

  it('checks where each redirect page and _redirects rule leads, and every URL of JSON and OpenSearch files', () => {
    const found = report.problems
      .map((problem) => `${problem.kind} ${problem.url} (${problem.where})`)
      .sort();
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

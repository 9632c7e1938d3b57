/**
 * Old paths of a story (its `aliases`) in the fixture builds, at the site
 * root and under /news/: a redirect page at each (meta refresh, canonical,
 * visible link, noindex) and `_redirects` lines for hosts that read them.
 * The sitemap leaves them out (sitemap.test.ts); a browser follows them
 * (tests/e2e/permanent-links.test.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, ROOT, runAstroBuild, SITE_BUILDS, type SiteName } from '../helpers/builds';
import { all, attr, one, readPage, text } from '../helpers/html';

const STORY = '2020/03/13/national-basketball-association-suspends-season-due-to/';
const TITLE = 'National Basketball Association suspends season due to COVID-19 concerns';
/** The fixture article's `aliases`: one written without its final slash. */
const OLD_PATHS = ['2020/03/12/nba-suspends-season/', 'stories/nba-season/'];

describe.each<SiteName>(['fixture', 'fixtureUnderNews'])(
  'old paths of a story in the %s build',
  (name) => {
    const { basePath, siteUrl } = SITE_BUILDS[name];
    const dist = distDir(name);

    it.each(OLD_PATHS)('has a redirect page at /%s that leads to the story', (oldPath) => {
      const html = readPage(dist, path.join(oldPath, 'index.html'));
      expect(
        all('meta[http-equiv="refresh"]', html).map((meta) => attr(meta, 'content')),
      ).toContain(`0; url=${basePath}${STORY}`);
      expect(all('link[rel="canonical"]', html).map((link) => attr(link, 'href'))).toContain(
        `${siteUrl}${basePath}${STORY}`,
      );
      expect(all('meta[name="robots"]', html).map((meta) => attr(meta, 'content'))).toContain(
        'noindex',
      );
      expect(all('a[href]', html).map((link) => [attr(link, 'href'), text(link)])).toContainEqual([
        `${basePath}${STORY}`,
        TITLE,
      ]);
      // The story itself is where the redirect says.
      expect(text(one('h1#article-title', readPage(dist, path.join(STORY, 'index.html'))))).toBe(
        TITLE,
      );
    });

    it('writes _redirects lines for hosts that read them, under the base path', () => {
      expect(readFileSync(path.join(dist, '_redirects'), 'utf8')).toBe(
        [
          '# Old paths of stories (their aliases), written by the build',
          ...OLD_PATHS.map((oldPath) => `${basePath}${oldPath} ${basePath}${STORY} 301`),
          '',
        ].join('\n'),
      );
    });
  },
);

it('fails the build on an old path that is a live page, naming the file and the entry', () => {
  mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
  const work = mkdtempSync(path.join(ROOT, '.cache/alias-clash-'));
  try {
    const article = (file: string, frontmatter: string) => {
      mkdirSync(path.dirname(path.join(work, 'archive/articles', file)), { recursive: true });
      writeFileSync(
        path.join(work, 'archive/articles', file),
        `---\n${frontmatter}\n---\n\nText.\n`,
      );
    };
    article('2020/01/01-first.md', 'title: "First"\ndate: "2020-01-01"');
    article(
      '2020/01/02-second.md',
      'title: "Second"\ndate: "2020-01-02"\naliases: ["/2020/01/01/first/"]',
    );
    const result = runAstroBuild({
      archiveDir: path.join(work, 'archive'),
      basePath: '/',
      siteUrl: 'https://archive.example',
      outDir: path.join(work, 'dist'),
      cacheDir: path.join(work, 'cache'),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      '2020/01/02-second.md: aliases[0] "/2020/01/01/first/" is the path of 2020/01/01-first.md',
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 300_000);

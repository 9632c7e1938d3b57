/**
 * Old paths of a story (its `aliases`) in the fixture builds, at the site
 * root and under /news/: a redirect page at each (meta refresh, canonical,
 * visible link, noindex) and `_redirects` lines for hosts that read them.
 * The sitemap leaves them out (sitemap.test.ts); a browser follows them
 * (tests/e2e/permanent-links.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, SITE_BUILDS, type SiteName } from '../helpers/builds';

const STORY = '2020/03/13/national-basketball-association-suspends-season-due-to/';
const TITLE = 'National Basketball Association suspends season due to COVID-19 concerns';
/** The fixture article's `aliases`: one written without its final slash. */
const OLD_PATHS = ['2020/03/12/nba-suspends-season/', 'stories/nba-season/'];

describe.each<SiteName>(['fixture', 'fixtureUnderNews'])('old paths of a story in the %s build', (name) => {
  const { basePath, siteUrl } = SITE_BUILDS[name];
  const dist = distDir(name);

  it.each(OLD_PATHS)('has a redirect page at /%s that leads to the story', (oldPath) => {
    const html = readFileSync(path.join(dist, oldPath, 'index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${basePath}${STORY}">`);
    expect(html).toContain(`<link rel="canonical" href="${siteUrl}${basePath}${STORY}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<a href="${basePath}${STORY}">${TITLE}</a>`);
    // The story itself is where the redirect says.
    expect(readFileSync(path.join(dist, STORY, 'index.html'), 'utf8')).toContain(`<h1 id="article-title">${TITLE}</h1>`);
  });

  it('writes _redirects lines for hosts that read them, under the base path', () => {
    expect(readFileSync(path.join(dist, '_redirects'), 'utf8')).toBe([
      '# Old paths of stories (their aliases), written by the build',
      ...OLD_PATHS.map((oldPath) => `${basePath}${oldPath} ${basePath}${STORY} 301`),
      '',
    ].join('\n'));
  });
});

/**
 * Adding a name to the registry re-tags and re-links an article that was
 * already built, with the content-layer cache of the first build kept: the
 * article's rendered Markdown comes from that cache, its links must not.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, runAstroBuild } from '../helpers/builds';
import { all, attr, only, parseHtml, text } from '../helpers/html';

const WORK = path.join(ROOT, '.cache/builds/registry-change');
const ARCHIVE = path.join(WORK, 'archive');
const SEED = '2023/03/22/li-qiang-hunan-advanced-manufacturing';

function build(outDir: string): void {
  const result = runAstroBuild({
    archiveDir: ARCHIVE,
    basePath: '/',
    siteUrl: 'https://archive.example',
    outDir,
    cacheDir: path.join(WORK, 'astro-cache'),
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
}

describe('a registry change on a cached build', () => {
  let before: string;
  let after: string;

  beforeAll(() => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(path.join(ARCHIVE, 'articles/2023/03'), { recursive: true });
    cpSync(
      path.join(FIXTURES, `archive/articles/${SEED.replace(/\/(\d\d)\/([^/]+)$/, '/$1-$2')}.md`),
      path.join(ARCHIVE, 'articles/2023/03/22-li-qiang-hunan-advanced-manufacturing.md'),
    );
    writeFileSync(
      path.join(ARCHIVE, 'organizations.yaml'),
      '- id: state-council\n  name: State Council\n  aliases: []\n',
    );
    build(path.join(WORK, 'dist-before'));
    before = readFileSync(path.join(WORK, 'dist-before', SEED, 'index.html'), 'utf8');
    writeFileSync(
      path.join(ARCHIVE, 'organizations.yaml'),
      '- id: political-bureau\n  name: Political Bureau of the CPC Central Committee\n  aliases: [Political Bureau]\n- id: state-council\n  name: State Council\n  aliases: []\n',
    );
    build(path.join(WORK, 'dist-after'));
    after = readFileSync(path.join(WORK, 'dist-after', SEED, 'index.html'), 'utf8');
  }, 600_000);

  it('did not know the new name before', () => {
    expect(before).toContain('Political Bureau');
    expect(before).not.toContain('/organizations/political-bureau/');
  });

  it('tags the article and links the first mention in its text after', () => {
    // The text says "Political Bureau of the CPC Central Committee": the full name, the longest match, wins.
    const page = parseHtml(after);
    const mentions = all('a[class="entity-mention"]', page).map((link) => [
      attr(link, 'href'),
      text(link),
    ]);
    expect(mentions).toContainEqual([
      '/organizations/political-bureau/',
      'Political Bureau of the CPC Central Committee',
    ]);
    expect(
      all('[href]', only('aside.entity-box', page)).map((link) => attr(link, 'href')),
    ).toContain('/organizations/political-bureau/');
    expect(
      existsSync(path.join(WORK, 'dist-after/organizations/political-bureau/index.html')),
    ).toBe(true);
  });
});

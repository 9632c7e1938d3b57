/**
 * A rebuild renders only the pages whose content changed (Astro's incremental
 * build with this project's page keys: src/data/page-cache-keys.ts,
 * src/integrations/incremental-pages.ts), and leaves exactly what a clean
 * build of the same archive leaves, file for file and byte for byte.
 *
 * One output folder and one cache folder: a cold build, a build with nothing
 * changed, a build after three articles were added (one naming people and
 * places the archive already has, the newest; one in a year and month without
 * stories; one on a day that has a story), then a build after one article's
 * title changed, another was removed and the registry learnt a name an article
 * already had (the entities each text mentions are kept between builds:
 * src/lib/entities/match-cache.ts). After each change the same archive is
 * also built into an empty folder with the incremental build off, and the two
 * outputs must agree.
 */
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileHashes, FIXTURES, ROOT, runAstroBuild, writeFileWithFolders } from '../helpers/builds';

const WORK = path.join(ROOT, '.cache/builds/incremental-build');
const ARCHIVE = path.join(WORK, 'archive');
const OUT = path.join(WORK, 'dist');
const CACHE = path.join(WORK, 'astro-cache');

function article(fields: {
  title: string;
  date: string;
  people: string[];
  places: string[];
  body: string;
}): string {
  return [
    '---',
    `title: ${JSON.stringify(fields.title)}`,
    `date: "${fields.date}"`,
    'source: "Wikinews"',
    `people: ${JSON.stringify(fields.people)}`,
    `places: ${JSON.stringify(fields.places)}`,
    'topics: ["Politics and conflicts"]',
    '---',
    '',
    fields.body,
    '',
  ].join('\n');
}

const ADDED = {
  // The newest story: it moves every home page, and joins pages and feeds of people and places.
  'articles/2023/03/25-li-qiang-rides-the-changsha-metro.md': article({
    title: 'Li Qiang rides the Changsha metro',
    date: '2023-03-25',
    people: ['Li Qiang', 'Xi Jinping'],
    places: ['Changsha', 'Hunan'],
    body: 'Premier Li Qiang rode the new metro line in Changsha, Hunan, on Saturday, and praised its builders.',
  }),
  // No story in 2021 yet: a new year, month and day page, and new neighbours on either side.
  'articles/2021/06/15-hong-kong-holds-a-harbour-swim.md': article({
    title: 'Hong Kong holds a harbour swim',
    date: '2021-06-15',
    people: [],
    places: ['Hong Kong'],
    body: 'Swimmers crossed Victoria Harbour in Hong Kong on Tuesday in the first race there for years.',
  }),
  // A second story on a day that has one.
  'articles/2019/09/17-trump-speaks-at-a-rally-in-new-mexico.md': article({
    title: 'Trump speaks at a rally in New Mexico',
    date: '2019-09-17',
    people: ['Donald Trump'],
    places: ['United States'],
    body: 'US President Donald Trump spoke at a rally in Rio Rancho, New Mexico, in the United States on Monday.',
  }),
};
const RETITLED = path.join(
  ARCHIVE,
  'articles/2020/04/10-bernie-sanders-ends-2020-us-presidential-bid.md',
);
const REMOVED = path.join(
  ARCHIVE,
  'articles/2019/02/23-zebra-stripes-may-dazzle-pathogen-packing-horse.md',
);

interface Build {
  output: string;
  /** Files this build wrote (the others it kept from the last build), relative to the output folder. */
  rendered: string[];
  /** Pages Astro reports it kept. */
  cached: number;
  files: Map<string, string>;
}

function build(outDir: string, cacheDir: string, env: Record<string, string> = {}): Build {
  const started = Date.now();
  const result = runAstroBuild({
    archiveDir: ARCHIVE,
    basePath: '/',
    siteUrl: 'https://archive.example',
    outDir,
    cacheDir,
    env,
  });
  if (result.status !== 0) throw new Error(`build into ${outDir} failed:\n${result.output}`);
  const files = fileHashes(outDir);
  return {
    output: result.output,
    // Astro's log lines of pages interleave when it renders several at once: file times are exact.
    rendered: [...files.keys()].filter(
      (file) => statSync(path.join(outDir, file)).mtimeMs >= started,
    ),
    cached: result.output.match(/\(cached\)/g)?.length ?? 0,
    files,
  };
}

/** A build of the archive as it is now into an empty folder, with no cache and no incremental build. */
function cleanBuild(name: string): Map<string, string> {
  const outDir = path.join(WORK, `clean-${name}`);
  const cacheDir = path.join(WORK, `clean-cache-${name}`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const files = build(outDir, cacheDir, { INCREMENTAL_BUILD: '0' }).files;
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  return files;
}

function differences(actual: Map<string, string>, expected: Map<string, string>) {
  return {
    missing: [...expected.keys()].filter((file) => !actual.has(file)),
    extra: [...actual.keys()].filter((file) => !expected.has(file)),
    differing: [...expected]
      .filter(([file, hash]) => actual.has(file) && actual.get(file) !== hash)
      .map(([file]) => file),
  };
}

const NONE = { missing: [], extra: [], differing: [] };

describe('incremental rebuilds of the fixture archive', () => {
  const builds: Record<string, Build> = {};
  const clean: Record<string, Map<string, string>> = {};

  beforeAll(() => {
    rmSync(WORK, { recursive: true, force: true });
    cpSync(path.join(FIXTURES, 'archive'), ARCHIVE, { recursive: true });
    builds.cold = build(OUT, CACHE);
    builds.unchanged = build(OUT, CACHE);
    for (const [file, text] of Object.entries(ADDED))
      writeFileWithFolders(path.join(ARCHIVE, file), text);
    builds.added = build(OUT, CACHE);
    clean.added = cleanBuild('added');
    const retitled = readFileSync(RETITLED, 'utf8');
    expect(retitled).toContain('title: "Bernie Sanders ends 2020 US presidential bid"');
    writeFileSync(
      RETITLED,
      retitled.replace(
        'Bernie Sanders ends 2020 US presidential bid',
        'Sanders leaves the 2020 race',
      ),
    );
    rmSync(REMOVED);
    const registry = path.join(ARCHIVE, 'organizations.yaml');
    writeFileSync(
      registry,
      `${readFileSync(registry, 'utf8')}- id: political-bureau\n  name: Political Bureau of the CPC Central Committee\n  aliases: [Political Bureau]\n`,
    );
    builds.changed = build(OUT, CACHE);
    clean.changed = cleanBuild('changed');
  }, 1_200_000);
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it('renders every page on the first build', () => {
    expect(builds.cold!.cached).toBe(0);
    expect(builds.cold!.rendered.length).toBeGreaterThan(100);
  });

  it('keeps what the next build reuses besides pages: entity matches, search page digests', () => {
    for (const kept of ['news-archive-entity-matches.json', 'news-archive-search-pages.json'])
      expect(existsSync(path.join(CACHE, kept)), kept).toBe(true);
    // A page hashed within 2 s of being written is read again next time (page-digests.ts): on a
    // fast machine that is every page of the cold build, so the second build may read them all.
    // The third reads again only what it wrote anew, not the pages it kept.
    const fingerprinted = (output: string) =>
      /(\d+) HTML files, (\d+) of them read to fingerprint/.exec(output)!.slice(1).map(Number);
    const [pages, read] = fingerprinted(builds.added!.output);
    expect(read).toBeLessThan(pages!);
    expect(read).toBeLessThanOrEqual(builds.added!.rendered.length);
  });

  it('renders only the pages without a key when nothing changed, and writes the same bytes', () => {
    expect(builds.unchanged!.cached).toBeGreaterThan(100);
    // Routes without getStaticPaths (home, indexes, search, the archive's feed) always render;
    // the sitemap, redirects and search index are written after the pages.
    const keyed = /^(\d{4}|archive\/\d{4}|archive\/on|page|people|places|organizations)\/./;
    expect(
      builds.unchanged!.rendered.filter(
        (file) => keyed.test(file) && !/^\w+\/index\.html$/.test(file),
      ),
    ).toEqual([]);
    expect(differences(builds.unchanged!.files, builds.cold!.files)).toEqual(NONE);
  });

  it('after three articles were added, renders the pages that show them and leaves what a clean build leaves', () => {
    const { rendered, cached, files } = builds.added!;
    expect(differences(files, clean.added!)).toEqual(NONE);
    // The new pages, and pages that list or link to the new stories.
    for (const page of [
      '2023/03/25/li-qiang-rides-the-changsha-metro/index.html',
      '2021/06/15/hong-kong-holds-a-harbour-swim/index.html',
      'archive/2021/index.html',
      'archive/2021/06/index.html',
      'archive/2019/09/17/index.html',
      'people/li-qiang/index.html',
      'people/li-qiang/rss.xml',
      'people/li-qiang.json',
      'places/hong-kong/index.html',
      // The story before the newest now links to it as newer.
      '2023/03/22/li-qiang-hunan-advanced-manufacturing/index.html',
    ])
      expect(rendered, page).toContain(page);
    // Pages that none of the new stories is on, next to or related to are kept.
    for (const page of [
      '2019/01/04/magnitogorsk-apartment-building-collapses-after-explosion-dozens/index.html',
      'archive/2019/01/index.html',
      'places/karaj/index.html',
      'places/karaj/rss.xml',
      'places/karaj.json',
    ])
      expect(rendered, page).not.toContain(page);
    expect(cached).toBeGreaterThan(50);
  });

  it('after a title changed, an article was removed and the registry changed, leaves what a clean build leaves', () => {
    const { rendered, files } = builds.changed!;
    expect(differences(files, clean.changed!)).toEqual(NONE);
    expect(rendered).toContain(
      '2020/04/10/bernie-sanders-ends-2020-us-presidential-bid/index.html',
    );
    // The article that mentions the newly registered name is tagged with it.
    expect(files.has('organizations/political-bureau/index.html')).toBe(true);
    expect(
      [...files.keys()].some((file) =>
        file.includes('zebra-stripes-may-dazzle-pathogen-packing-horse'),
      ),
    ).toBe(false);
  });
});

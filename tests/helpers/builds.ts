/**
 * The sites the build and browser tests look at: each a fixture archive built
 * with its own settings into its own folder under `.cache/builds/`.
 *
 * A build is reused while nothing it depends on has changed (source, fixture,
 * config, lock file), so the build and e2e projects share one build per run.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { one, readPage } from './html';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
const BUILDS = path.join(ROOT, '.cache/builds');

export interface SiteBuild {
  /** Archive folder (holds `articles/` and the registry files). */
  archiveDir: string;
  basePath: string;
  siteUrl: string;
  /** Further settings, e.g. `MARKDOWN: 'remark'`. */
  env?: Record<string, string>;
}

/** Every site the tests use, by name. */
export const SITE_BUILDS = {
  fixture: {
    archiveDir: path.join(FIXTURES, 'archive'),
    basePath: '/',
    siteUrl: 'https://archive.example',
  },
  fixtureUnderNews: {
    archiveDir: path.join(FIXTURES, 'archive'),
    basePath: '/news/',
    siteUrl: 'https://example.github.io',
  },
  tagging: {
    archiveDir: path.join(FIXTURES, 'tagging'),
    basePath: '/',
    siteUrl: 'https://archive.example',
  },
  // The same archive through the other Markdown pipeline (tests/build/markdown-parity.test.ts).
  fixtureRemark: {
    archiveDir: path.join(FIXTURES, 'archive'),
    basePath: '/',
    siteUrl: 'https://archive.example',
    env: { MARKDOWN: 'remark' },
  },
} satisfies Record<string, SiteBuild>;

export type SiteName = keyof typeof SITE_BUILDS;

export function distDir(name: SiteName): string {
  return path.join(BUILDS, name, 'dist');
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** A fingerprint of everything a build reads. */
function inputsHash(build: SiteBuild): string {
  const hash = createHash('sha256');
  // MARKDOWN set for the whole test run (e.g. `MARKDOWN=remark npm test`) changes every build.
  hash.update(JSON.stringify({ ...build, inheritedMarkdown: process.env.MARKDOWN ?? '' }));
  const files = [
    ...listFiles(path.join(ROOT, 'src')),
    ...listFiles(path.join(ROOT, 'public')),
    ...listFiles(build.archiveDir),
    path.join(ROOT, 'astro.config.mjs'),
    path.join(ROOT, 'package-lock.json'),
  ];
  for (const file of files) {
    if (!existsSync(file)) continue;
    hash.update(path.relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` on an archive with the given settings; returns its exit status and output. */
export function runAstroBuild(
  options: SiteBuild & { outDir: string; cacheDir: string },
): BuildResult {
  // Astro stages prerendered chunks inside outDir only when outDir is inside the project;
  // otherwise in the project's shared `.astro/`, where two builds at once would collide.
  if (path.relative(ROOT, options.outDir).startsWith('..')) {
    throw new Error(`Build into a folder inside the project (e.g. .cache/), not ${options.outDir}`);
  }
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ARCHIVE_DIR: options.archiveDir,
        BASE_PATH: options.basePath,
        SITE_URL: options.siteUrl,
        OUT_DIR: options.outDir,
        ASTRO_CACHE_DIR: options.cacheDir,
        ...options.env,
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds a named site unless an up-to-date build of it exists. */
export function ensureBuilt(name: SiteName): string {
  const build = SITE_BUILDS[name];
  const folder = path.join(BUILDS, name);
  const stampFile = path.join(folder, 'inputs.sha256');
  const stamp = inputsHash(build);
  if (
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp &&
    existsSync(distDir(name))
  ) {
    return distDir(name);
  }
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const started = Date.now();
  const result = runAstroBuild({
    ...build,
    outDir: distDir(name),
    cacheDir: path.join(folder, 'astro-cache'),
  });
  if (result.status !== 0) {
    throw new Error(`Building the "${name}" test site failed:\n${result.output}`);
  }
  writeFileSync(stampFile, stamp);
  console.log(`built test site "${name}" in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return distDir(name);
}

/** Paths of every file under a folder, relative to it, with `/` separators. */
export function filesUnder(dir: string): string[] {
  return listFiles(dir).map((file) => path.relative(dir, file).split(path.sep).join('/'));
}

/** The SHA-256 of every file under a folder, by its path relative to it: two builds compared byte for byte. */
export function fileHashes(dir: string): Map<string, string> {
  return new Map(
    filesUnder(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/** Writes a file, making its folders first. */
export function writeFileWithFolders(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

export function isDirectory(file: string): boolean {
  return existsSync(file) && statSync(file).isDirectory();
}

const ARTICLE_PAGE = /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;

/** Whether a built page is a redirect page (an old path of a story, src/pages/[...oldPath].astro). */
export function isRedirectPage(dir: string, file: string): boolean {
  return one('meta[http-equiv="refresh"]', readPage(dir, file)) !== undefined;
}

/**
 * The article pages of a build, `YYYY/MM/DD/<slug>/index.html`: an old path
 * of a story has the same shape but holds a redirect page, which is left out.
 */
export function articlePagesOf(dir: string): string[] {
  return filesUnder(dir).filter((file) => ARTICLE_PAGE.test(file) && !isRedirectPage(dir, file));
}

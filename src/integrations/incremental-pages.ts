/**
 * What Astro's incremental build (`experimental.incrementalBuild`) needs
 * around it in this project; the pages' cache keys are in
 * `src/data/page-cache-keys.ts`.
 *
 * - No second copy of every page. Astro keeps a copy of each page it renders
 *   in `<cacheDir>/dist/`, to restore a skipped page when the output folder was
 *   emptied; that copy made a cold build about 30% slower here
 *   (docs/performance.md). This project builds over the last output
 *   (output-in-place.ts), where a skipped page already is, so that folder is
 *   made a link to the output folder: the copy is the page itself.
 * - No trust in an interrupted build. Astro reads the last build's manifest and
 *   skips a page whose key matches if its file exists. A build stopped after
 *   writing some pages but before writing its manifest would leave newer pages
 *   under older keys, so the manifest is removed when a build starts after one
 *   that did not finish, and every page is rendered. The same when the output
 *   folder is not the last build's (its files are not the manifest's), and when
 *   the code changed (`src/`, the config): Astro hashes each route's module
 *   graph, but a page also shows names of assets that other routes' code can
 *   change, so a code change renders everything. Data changes are what the
 *   incremental build is for.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Astro's names, in its cache folder (astro/dist/core/build/incremental.js). */
export const ASTRO_MANIFEST = 'incremental-build.json';
export const ASTRO_PAGE_COPIES = 'dist';
/** Present while a build runs: left behind, it says the last build did not finish. */
export const BUILD_RUNNING = 'incremental-build.running';
/** A hash of the code the last build ran. */
export const BUILT_FROM = 'incremental-build.source';
/**
 * The hash of the code this build runs, for the build's other caches (src/data/build-cache.ts):
 * set only while `astro build` runs, in its own process, where the pages are rendered.
 */
export const BUILD_SOURCE_ENV = 'NEWS_ARCHIVE_BUILD_SOURCE';
/** What a page's HTML can depend on besides its data, relative to the project root. */
const SOURCES = ['src', 'astro.config.mjs', 'package-lock.json'];

export default function incrementalPages(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let root = '';
  return {
    name: 'news-archive:incremental-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        if (!cacheDir) return;
        await fs.mkdir(cacheDir, { recursive: true });
        const running = path.join(cacheDir, BUILD_RUNNING);
        const copies = path.join(cacheDir, ASTRO_PAGE_COPIES);
        const interrupted = await exists(running);
        const sameOutput = (await linkTarget(copies)) === path.resolve(outDir);
        const source = await sourceHash(root);
        const builtFrom = path.join(cacheDir, BUILT_FROM);
        const sameSource = (await fs.readFile(builtFrom, 'utf8').catch(() => '')) === source;
        if (interrupted || !sameOutput || !sameSource) {
          await fs.rm(path.join(cacheDir, ASTRO_MANIFEST), { force: true });
          if (interrupted) logger.info('The last build did not finish: every page is rendered.');
          else if (!sameSource) logger.info('The code changed: every page is rendered.');
        }
        await fs.writeFile(running, `${new Date().toISOString()}\n`);
        await fs.writeFile(builtFrom, source);
        process.env[BUILD_SOURCE_ENV] = source;
        if (!sameOutput) await linkPageCopiesToOutput(copies, outDir, logger);
      },
      'astro:build:done': async () => {
        if (cacheDir) await fs.rm(path.join(cacheDir, BUILD_RUNNING), { force: true });
      },
    },
  };
}

/** A hash of every file of the project's code, by path and content. */
async function sourceHash(root: string): Promise<string> {
  const files: string[] = [];
  for (const name of SOURCES) {
    const full = path.join(root, name);
    const stat = await fs.stat(full).catch(() => undefined);
    if (stat?.isFile()) files.push(name);
    if (stat?.isDirectory()) {
      for (const entry of await fs.readdir(full, { recursive: true, withFileTypes: true })) {
        if (entry.isFile())
          files.push(path.relative(root, path.join(entry.parentPath, entry.name)));
      }
    }
  }
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash.update(`${file}\n`);
    hash.update(await fs.readFile(path.join(root, file)));
    hash.update('\n');
  }
  return hash.digest('hex');
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

/** Where the symbolic link `link` points, as an absolute path; `undefined` if it is none. */
async function linkTarget(link: string): Promise<string | undefined> {
  const target = await fs.readlink(link).catch(() => undefined);
  return target === undefined ? undefined : path.resolve(path.dirname(link), target);
}

/** Makes `copies` a symbolic link to `outDir`, replacing whatever is there. */
async function linkPageCopiesToOutput(
  copies: string,
  outDir: string,
  logger: { warn(message: string): void },
): Promise<void> {
  const target = path.resolve(outDir);
  await fs.rm(copies, { recursive: true, force: true });
  await fs.mkdir(target, { recursive: true });
  try {
    await fs.symlink(target, copies, 'dir');
  } catch (error) {
    // Astro then keeps its own copies: slower, still correct.
    logger.warn(`Could not link ${copies} to the output folder: ${String(error)}`);
  }
}

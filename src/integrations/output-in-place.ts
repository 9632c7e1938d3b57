/**
 * Builds into the last build's output folder in place, then removes what that
 * build wrote and this one did not.
 *
 * Astro empties `outDir` before a build; on a large archive that deletion is
 * much of a second build: at 10,000 articles, removing the 52,000 files of the
 * last build took 32 s on the 2-core machine of docs/performance.md, and the
 * page writes that followed ran slower while the disk caught up. Writing over
 * the old files instead, and removing only the stale ones, leaves the same
 * output as an emptied folder would.
 *
 * Which files are stale is told by modification time: at `astro:build:start`
 * a marker file is written into the output folder, and when Astro has written
 * the pages, any file older than the marker was not written by this build and
 * is removed, and so are folders left empty. This runs at the start of
 * `astro:build:done`, before the integrations listed after this one: those
 * then see only this build's pages, and write their own files afterwards (an
 * earlier build's sitemap is removed here and written anew). Top-level folders
 * that an integration manages itself (the search index) are left to it, and
 * like Astro's own emptying, a `.git` folder is kept. Pages and endpoints this
 * build generated are never removed, whatever their time says.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Written at the start of a build; its modification time divides this build's files from older ones. */
export const BUILD_MARKER = '.news-archive-build-started';
/** Kept, as Astro keeps it when it empties the folder. */
const ALWAYS_KEPT = ['.git'];

export interface PruneResult {
  removedFiles: number;
  removedFolders: number;
}

/**
 * Removes every file under `dir` last modified before `since` (milliseconds),
 * except `keep` (`/`-separated paths relative to `dir`) and what is under the
 * top-level names in `skip`, then the folders that left empty. Returns how
 * many files and folders went.
 */
export async function removeFilesOlderThan(
  dir: string,
  since: number,
  options: { keep?: ReadonlySet<string>; skip?: readonly string[] } = {},
): Promise<PruneResult> {
  const keep = options.keep ?? new Set<string>();
  const skip = new Set(options.skip ?? []);
  const result: PruneResult = { removedFiles: 0, removedFolders: 0 };
  /** Returns whether the folder is empty after pruning. */
  const prune = async (folder: string, relative: string): Promise<boolean> => {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    const kept = await Promise.all(
      entries.map(async (entry) => {
        const child = relative ? `${relative}/${entry.name}` : entry.name;
        const full = path.join(folder, entry.name);
        if (!relative && skip.has(entry.name)) return true;
        if (entry.isDirectory()) {
          if (!(await prune(full, child))) return true;
          await fs.rmdir(full);
          result.removedFolders++;
          return false;
        }
        if (keep.has(child) || (await fs.lstat(full)).mtimeMs >= since) return true;
        await fs.rm(full, { force: true });
        result.removedFiles++;
        return false;
      }),
    );
    return kept.every((isKept) => !isKept);
  };
  await prune(dir, '');
  return result;
}

/** `leaveToOwners`: top-level folders of the output that an integration keeps current itself. */
export default function outputInPlace(options: { leaveToOwners?: readonly string[] } = {}): AstroIntegration {
  const skip = [...ALWAYS_KEPT, ...(options.leaveToOwners ?? [])];
  let outDir = '';
  /** Whether the folder held an earlier build's files when this build started. */
  let hadEarlierOutput = false;
  const marker = () => path.join(outDir, BUILD_MARKER);
  return {
    name: 'news-archive:output-in-place',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        await fs.mkdir(outDir, { recursive: true });
        const entries = await fs.readdir(outDir);
        hadEarlierOutput = entries.some((name) => name !== BUILD_MARKER && !ALWAYS_KEPT.includes(name));
        await fs.writeFile(marker(), `${new Date().toISOString()}\n`);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        if (hadEarlierOutput) {
          const started = performance.now();
          const since = (await fs.stat(marker())).mtimeMs;
          // What Astro says it generated stays, even if a clock step made it look old.
          const generated = new Set<string>();
          for (const urls of assets.values()) {
            for (const url of urls) generated.add(path.relative(root, fileURLToPath(url)).split(path.sep).join('/'));
          }
          const { removedFiles, removedFolders } = await removeFilesOlderThan(root, since, { keep: generated, skip });
          logger.info(
            `Removed ${removedFiles} files and ${removedFolders} folders of earlier builds ` +
              `(output written in place) in ${Math.round(performance.now() - started)} ms.`,
          );
        }
        await fs.rm(marker(), { force: true });
      },
    },
  };
}

/**
 * Builds over the last build's output instead of letting Astro empty it first
 * (that deletion was much of a second build: docs/performance.md), then removes
 * what this build did not write: files older than a marker written at
 * `astro:build:start`, and folders left empty. It runs first in
 * `astro:build:done`, so later integrations see only this build's pages; folders
 * an integration manages itself, `.git`, and this build's own routes are kept.
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
export default function outputInPlace(
  options: { leaveToOwners?: readonly string[] } = {},
): AstroIntegration {
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
        hadEarlierOutput = entries.some(
          (name) => name !== BUILD_MARKER && !ALWAYS_KEPT.includes(name),
        );
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
            for (const url of urls)
              generated.add(path.relative(root, fileURLToPath(url)).split(path.sep).join('/'));
          }
          const { removedFiles, removedFolders } = await removeFilesOlderThan(root, since, {
            keep: generated,
            skip,
          });
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

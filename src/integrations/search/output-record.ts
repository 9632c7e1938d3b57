/**
 * What a shard's folder in the output held when the search stage last wrote it:
 * the bundle's fingerprint and each file's size and modification time. A
 * rebuild that reuses a shard's cached bundle finds it already in the output
 * (the build writes over its last output, and leaves `pagefind/` to this
 * integration), so when the folder is exactly as recorded, the bundle is not
 * written again: thousands of files per shard otherwise.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { listTree } from './list-tree';
import { FILE_CONCURRENCY } from './read-in-order';

interface OutputRecord {
  folder: string;
  fingerprint: string;
  /** Each file's path, size and modification time (ns), in the bundle's order. */
  files: [string, string, string][];
}

async function statAll(folder: string, files: readonly string[]): Promise<[string, string][]> {
  const stats: [string, string][] = new Array<[string, string]>(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const at = next++;
      const stat = await fs.stat(path.join(folder, files[at]!), { bigint: true });
      stats[at] = [String(stat.size), String(stat.mtimeNs)];
    }
  };
  await Promise.all(Array.from({ length: FILE_CONCURRENCY }, worker));
  return stats;
}

/** Records that `folder` now holds the bundle of `fingerprint`, made of `files`. */
export async function recordOutput(
  record: string,
  folder: string,
  fingerprint: string,
  files: readonly string[],
): Promise<void> {
  const stats = await statAll(folder, files);
  const content: OutputRecord = {
    folder: path.resolve(folder),
    fingerprint,
    files: files.map((file, at) => [file, ...stats[at]!]),
  };
  await fs.writeFile(record, JSON.stringify(content));
}

/**
 * Whether `folder` holds the bundle of `fingerprint` as recorded: the same
 * folders and files, none more, each with its recorded size and time.
 */
export async function outputHolds(
  record: string,
  folder: string,
  fingerprint: string,
  bundle: { folders: readonly string[]; files: readonly string[] },
): Promise<boolean> {
  try {
    const recorded = JSON.parse(await fs.readFile(record, 'utf8')) as OutputRecord;
    if (recorded.folder !== path.resolve(folder) || recorded.fingerprint !== fingerprint)
      return false;
    const present = await listTree(folder);
    const same = (a: readonly string[], b: readonly string[]) =>
      a.length === b.length && a.every((name, at) => name === b[at]);
    const files = recorded.files.map(([file]) => file);
    if (!same(files, bundle.files)) return false;
    if (
      !same(present.files, [...files].sort()) ||
      !same(present.folders, [...bundle.folders].sort())
    )
      return false;
    const stats = await statAll(folder, files);
    return recorded.files.every(
      ([, size, mtime], at) => stats[at]![0] === size && stats[at]![1] === mtime,
    );
  } catch {
    // No record, or the folder gone or changed under it: the bundle is written again.
    return false;
  }
}

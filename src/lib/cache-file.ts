/**
 * The JSON files a build keeps in Astro's cache folder for the next one (entity
 * matches, page digests, gazetteer answers): read leniently, since a missing,
 * cut short or outdated file only means work is done again, and written whole.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** The file's value when `accept` takes it; `undefined` when it is missing, unreadable or not accepted. */
export async function readCacheFile<T>(
  file: string,
  accept: (value: unknown) => value is T,
): Promise<T | undefined> {
  try {
    const value: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
    return accept(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Written to a temporary file, then renamed over `file`: a reader finds the old file or the new one, whole. */
export async function writeCacheFile(file: string, value: unknown): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(temp, JSON.stringify(value));
  await fs.rename(temp, file);
}

/**
 * What the build's caches keep: entries by key, valid for one `owner` (the code and
 * registry they were computed with, or the folder their paths are relative to) and
 * one `format` (bumped when an entry's meaning changes).
 */
interface KeptEntries<V> {
  format: number;
  owner: string;
  entries: Record<string, V>;
}

/** The entries kept in `file` for this format and owner; none when it is missing, cut short or another's. */
export async function readKeptEntries<V>(
  file: string,
  format: number,
  owner: string,
): Promise<Map<string, V>> {
  const kept = await readCacheFile(
    file,
    (value): value is KeptEntries<V> =>
      (value as Partial<KeptEntries<V>> | null)?.format === format &&
      (value as KeptEntries<V>).owner === owner &&
      (value as KeptEntries<V>).entries instanceof Object,
  );
  return new Map(kept ? Object.entries(kept.entries) : []);
}

export async function writeKeptEntries<V>(
  file: string,
  format: number,
  owner: string,
  entries: ReadonlyMap<string, V>,
): Promise<void> {
  const kept: KeptEntries<V> = { format, owner, entries: Object.fromEntries(entries) };
  await writeCacheFile(file, kept);
}

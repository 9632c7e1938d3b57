/**
 * The last build's search bundle, kept in Astro's cache folder and copied into
 * `<outDir>/pagefind/<shard>/` when the shard's input has the same fingerprint (one
 * cache folder per shard, `<cacheDir>/news-archive-search/<shard>/`). It is one
 * pack file (a JSON header line, then the files' bytes), because creating files
 * is what costs (docs/performance.md); a new pack is renamed over the old one,
 * so a reader never finds half of one.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { SearchInput } from './fingerprint';
import { listTree } from './list-tree';
import { outputHolds, recordOutput } from './output-record';
import { FILE_CONCURRENCY, readInOrder } from './read-in-order';

/** The cache's folder inside Astro's `cacheDir`. */
export const CACHE_FOLDER = 'news-archive-search';
/** Bump when the fingerprint or the layout changes: old entries then never match. */
export const CACHE_FORMAT = 5;
/** One file: a JSON header line (fingerprint, folders, files and their lengths), then the files' bytes. */
const PACK = 'index.pack';
/** What the shard's folder in the output held when last written (./output-record.ts). */
const OUTPUT_RECORD = 'output.json';
const TEMP_SUFFIX = '.tmp';
/** Leftovers of an interrupted write (a temporary pack) older than this are removed. */
const STALE_MS = 60 * 60 * 1000;

interface PackHeader {
  format: number;
  fingerprint: string;
  pageCount: number;
  /** The bundle's folders, parents first, as `/`-separated paths. */
  folders: string[];
  /** The bundle's files in the order their bytes follow the header: path and length. */
  files: [string, number][];
}

function isPackHeader(value: unknown): value is PackHeader {
  const header = value as Partial<PackHeader> | null;
  const isRelative = (name: unknown) =>
    typeof name === 'string' &&
    name !== '' &&
    !name.split('/').some((part) => part === '' || part === '.' || part === '..');
  return (
    typeof header === 'object' &&
    header !== null &&
    header.format === CACHE_FORMAT &&
    typeof header.fingerprint === 'string' &&
    typeof header.pageCount === 'number' &&
    Array.isArray(header.folders) &&
    header.folders.every(isRelative) &&
    Array.isArray(header.files) &&
    header.files.every(
      (file) =>
        Array.isArray(file) && isRelative(file[0]) && Number.isSafeInteger(file[1]) && file[1] >= 0,
    )
  );
}

/** Reads the pack's first line; `header` is `undefined` when that is not a header of this format. */
async function readPackHeader(
  handle: fs.FileHandle,
): Promise<{ header: PackHeader | undefined; bodyStart: number }> {
  const chunks: Buffer[] = [];
  let position = 0;
  for (;;) {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(64 * 1024), position });
    if (bytesRead === 0) throw new Error('the cached index has no header line');
    const chunk = buffer.subarray(0, bytesRead);
    const newline = chunk.indexOf(0x0a);
    if (newline >= 0) {
      chunks.push(chunk.subarray(0, newline));
      const header: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      return {
        header: isPackHeader(header) ? header : undefined,
        bodyStart: position + newline + 1,
      };
    }
    chunks.push(chunk);
    position += bytesRead;
  }
}

/**
 * Writes the cached bundle into `target` if it was built from input with this
 * fingerprint, in place of whatever `target` held; returns its page count, or
 * `undefined` on a miss. Throws when the cache cannot be read, is cut short,
 * or the writing fails; `target` may then hold part of a bundle.
 */
export async function restoreIndex(
  cacheRoot: string,
  fingerprint: string,
  target: string,
): Promise<{ pageCount: number } | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path.join(cacheRoot, PACK), 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const { header, bodyStart } = await readPackHeader(handle);
    if (!header || header.fingerprint !== fingerprint) return undefined;
    const record = path.join(cacheRoot, OUTPUT_RECORD);
    const names = header.files.map(([file]) => file);
    // The last build left this very bundle there, untouched since: nothing to write.
    if (await outputHolds(record, target, fingerprint, { folders: header.folders, files: names }))
      return { pageCount: header.pageCount };
    const expectedSize = header.files.reduce((sum, [, size]) => sum + size, bodyStart);
    const { size } = await handle.stat();
    if (size !== expectedSize)
      throw new Error(
        `the cached index holds ${size} bytes where its header lists ${expectedSize}`,
      );

    // Written over an earlier bundle in place, then its files that are not part of this one
    // removed: deleting a 10,000-file bundle first would cost more than writing it.
    await fs.mkdir(target, { recursive: true });
    for (const folder of header.folders)
      await fs.mkdir(path.join(target, folder), { recursive: true });
    const offsets: number[] = [];
    let offset = bodyStart;
    for (const [, length] of header.files) {
      offsets.push(offset);
      offset += length;
    }
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < header.files.length) {
        const index = next++;
        const [file, length] = header.files[index]!;
        const buffer = Buffer.alloc(length);
        const { bytesRead } =
          length === 0
            ? { bytesRead: 0 }
            : await handle.read({ buffer, position: offsets[index]!, length });
        if (bytesRead !== length) throw new Error(`the cached index ended inside ${file}`);
        await fs.writeFile(path.join(target, file), buffer);
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(FILE_CONCURRENCY, header.files.length) }, worker),
    );
    await removeOthers(target, new Set(names), new Set(header.folders));
    await recordOutput(record, target, fingerprint, names);
    return { pageCount: header.pageCount };
  } finally {
    await handle.close();
  }
}

/** Removes what is under `dir` but neither in `files` nor in `folders` (`/`-separated relative paths). */
async function removeOthers(
  dir: string,
  files: ReadonlySet<string>,
  folders: ReadonlySet<string>,
): Promise<void> {
  const present = await listTree(dir);
  await Promise.all(
    present.files
      .filter((file) => !files.has(file))
      .map((file) => fs.rm(path.join(dir, file), { force: true })),
  );
  // Sorted, a folder comes before what it holds; reversed, after it.
  for (const folder of present.folders.filter((name) => !folders.has(name)).reverse()) {
    await fs.rm(path.join(dir, folder), { recursive: true, force: true });
  }
}

/**
 * Makes `source` (a freshly written `pagefind/` folder) the cached bundle for
 * this fingerprint: packed into a temporary file beside the cache's pack, then
 * renamed over it, so a reader finds the old pack or the new one, never part
 * of one.
 */
export async function storeIndex(
  cacheRoot: string,
  input: SearchInput,
  source: string,
): Promise<void> {
  await fs.mkdir(cacheRoot, { recursive: true });
  const { folders, files } = await listTree(source);
  const temp = path.join(cacheRoot, `${PACK}.${process.pid}-${Date.now()}${TEMP_SUFFIX}`);
  const handle = await fs.open(temp, 'wx');
  try {
    // Lengths go in the header, before the bytes.
    const sizes = await Promise.all(
      files.map(async (file) => (await fs.stat(path.join(source, file))).size),
    );
    const header: PackHeader = {
      format: CACHE_FORMAT,
      fingerprint: input.fingerprint,
      pageCount: input.pageCount,
      folders,
      files: files.map((file, index) => [file, sizes[index]!]),
    };
    await handle.write(`${JSON.stringify(header)}\n`);
    let i = 0;
    for await (const content of readInOrder(source, files)) {
      if (content.length !== sizes[i]) throw new Error(`${files[i]} changed while it was cached`);
      await handle.write(content);
      i++;
    }
    await handle.close();
    await fs.rename(temp, path.join(cacheRoot, PACK));
    await recordOutput(path.join(cacheRoot, OUTPUT_RECORD), source, input.fingerprint, files);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  // Leftovers of interrupted writes, and the layout of earlier versions. Failing here costs only disk space.
  const now = Date.now();
  const names = await fs.readdir(cacheRoot).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name !== PACK && name !== OUTPUT_RECORD)
      .map(async (name) => {
        const file = path.join(cacheRoot, name);
        const stale = !name.endsWith(TEMP_SUFFIX) || now - (await fs.stat(file)).mtimeMs > STALE_MS;
        if (stale) await fs.rm(file, { recursive: true, force: true });
      })
      .map((removal) => removal.catch(() => undefined)),
  );
}

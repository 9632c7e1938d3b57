import fs from 'node:fs/promises';
import path from 'node:path';

/** Files read or written at once: keeps the disk and libuv's threads busy with bounded memory. */
export const FILE_CONCURRENCY = 16;

/**
 * The contents of `files` (relative to `dir`), in order, read a few ahead of
 * the one handed out: the disk stays busy, and memory holds a few files, never
 * all of them.
 */
export async function* readInOrder(dir: string, files: readonly string[]): AsyncGenerator<Buffer> {
  const reads: Promise<Buffer>[] = [];
  for (let i = 0; i < files.length; i++) {
    while (reads.length < FILE_CONCURRENCY && i + reads.length < files.length) {
      const read = fs.readFile(path.join(dir, files[i + reads.length]!));
      // Awaited in turn; this only keeps a read that fails after an earlier one from going unhandled.
      read.catch(() => undefined);
      reads.push(read);
    }
    yield await reads.shift()!;
  }
}

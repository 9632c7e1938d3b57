/**
 * Digests of the pages a search shard's fingerprint covers, kept between
 * builds with each file's size, times and inode. A rebuild keeps most pages
 * where they are (the incremental build does not touch a page whose key did
 * not change), so a page whose file is as it was when last hashed keeps its
 * digest and its bytes are not read again; only pages written since are read.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { readKeptEntries, writeKeptEntries } from '../../lib/cache-file';
import { FILE_CONCURRENCY } from './read-in-order';
import { withoutUnreadRegions } from './unread-regions';

/** Bump when what a digest covers changes. */
const FORMAT = 1;
/**
 * A file changed this soon after it was hashed could change again within the
 * same timestamp tick unseen, so such a digest is not trusted the next time.
 */
const RACY_MS = 2000n;

/** Size, modification and change times (ns), inode, and the digest taken when the file was so. */
type Entry = [size: string, mtimeNs: string, ctimeNs: string, ino: string, digest: string];

export interface PageDigests {
  /** The digest of each of `files` (relative to the folder), in order. */
  digestsOf(files: readonly string[]): Promise<string[]>;
  /** Files whose bytes were read since opening (the others' digests were reused). */
  readonly filesRead: number;
  /** Keeps the digests of the files asked for since opening, for the next build. */
  save(): Promise<void>;
}

/** What Pagefind reads of a page, hashed: its bytes less the regions it never reads. */
export function pageDigest(page: Buffer): string {
  return createHash('sha256').update(withoutUnreadRegions(page)).digest('hex');
}

/** Digests of pages under `dir`, reusing those kept in `file` (none when `undefined`). */
export async function openPageDigests(dir: string, file: string | undefined): Promise<PageDigests> {
  // None kept yet, cut short, or another folder's: every page is read.
  const last = file ? await readKeptEntries<Entry>(file, FORMAT, dir) : new Map<string, Entry>();
  const now = new Map<string, Entry>();
  let filesRead = 0;

  async function digestOf(name: string): Promise<string> {
    const full = path.join(dir, name);
    const stat = await fs.stat(full, { bigint: true });
    const seen: Entry = [
      String(stat.size),
      String(stat.mtimeNs),
      String(stat.ctimeNs),
      String(stat.ino),
      '',
    ];
    const kept = last.get(name);
    if (kept && kept.slice(0, 4).every((value, at) => value === seen[at])) {
      now.set(name, kept);
      return kept[4];
    }
    const hashedAt = BigInt(Date.now()) * 1_000_000n;
    const digest = pageDigest(await fs.readFile(full));
    filesRead++;
    // A file written just before it was read may change again unseen: read it again next time.
    if (hashedAt - stat.mtimeNs > RACY_MS * 1_000_000n)
      now.set(name, [...seen.slice(0, 4), digest] as Entry);
    return digest;
  }

  return {
    async digestsOf(files) {
      const digests: string[] = new Array<string>(files.length);
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < files.length) {
          const at = next++;
          digests[at] = await digestOf(files[at]!);
        }
      };
      await Promise.all(Array.from({ length: FILE_CONCURRENCY }, worker));
      return digests;
    },
    get filesRead() {
      return filesRead;
    },
    async save() {
      if (!file) return;
      // Kept for this folder only: the paths are relative to it.
      await writeKeptEntries(file, FORMAT, dir, now);
    },
  };
}

/**
 * The fingerprint covers exactly Pagefind's input: the paths and contents of
 * the files the glob matches (matched the way Pagefind's glob walker does,
 * less the regions it never reads: ./unread-regions.ts), the installed
 * Pagefind version and binary, and the options it is given. Each page stands in
 * it as a digest of its contents, taken again only when its file changed
 * (./page-digests.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CACHE_FORMAT } from './index-cache';
import { openPageDigests, type PageDigests } from './page-digests';
import { listGlobFiles } from './pagefind-glob';

/** A package's `package.json`, found the way Node looks packages up from `from`. */
function findPackageJson(name: string, from: string): string | undefined {
  // `pagefind` exports only `.` (and only for `import`), so `require('pagefind/package.json')`
  // is refused: look in the folders `require` would search instead.
  for (const folder of createRequire(from).resolve.paths(name) ?? []) {
    const file = path.join(folder, name, 'package.json');
    if (existsSync(file)) return file;
  }
  return undefined;
}

function packageVersion(file: string | undefined): string | null {
  if (!file) return null;
  const { version } = createRequire(file)(file) as { version?: unknown };
  return typeof version === 'string' ? version : null;
}

/**
 * What decides Pagefind's output besides the pages: the installed wrapper and
 * the platform binary it runs (the one `pagefind/lib/resolveBinary.js` picks),
 * and the environment variables that override that binary.
 */
export function pagefindIdentity(): Record<string, unknown> {
  const wrapper = findPackageJson('pagefind', import.meta.url);
  if (!wrapper) throw new Error('Pagefind is not installed (no pagefind/package.json found).');
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const arch = process.env['npm_config_arch'] || process.arch;
  const binaryPackage = `@pagefind/${platform}-${arch}`;
  return {
    pagefind: packageVersion(wrapper),
    binary: {
      name: binaryPackage,
      version: packageVersion(findPackageJson(binaryPackage, wrapper)),
    },
    env: Object.fromEntries(
      Object.entries(process.env)
        .filter(([name]) => name.startsWith('PAGEFIND_'))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
  };
}

export interface SearchInput {
  /** Hex SHA-256 of the settings and of every page's path and bytes (less its unread regions). */
  fingerprint: string;
  /** Files the glob matches: Pagefind's page count when it reads them all. */
  pageCount: number;
}
/**
 * Hashes `settings` (anything JSON) and, in order, each file's path and the
 * digest of its bytes, the contents of its unread regions left out.
 */
export async function fingerprintFiles(
  dir: string,
  files: readonly string[],
  settings: unknown,
  digests?: PageDigests,
): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${JSON.stringify({ format: CACHE_FORMAT, settings })}\0`);
  const pages = await (digests ?? (await openPageDigests(dir, undefined))).digestsOf(files);
  files.forEach((file, at) => hash.update(`${file}\0${pages[at]}\0`));
  return hash.digest('hex');
}

/** The fingerprint of what `addDirectory({ path: dir, glob })` with these options would read. */
export async function fingerprintSearchInput(
  dir: string,
  options: { glob: string; config: unknown },
): Promise<SearchInput> {
  const files = await listGlobFiles(dir, options.glob);
  const fingerprint = await fingerprintFiles(dir, files, {
    ...options,
    pagefind: pagefindIdentity(),
  });
  return { fingerprint, pageCount: files.length };
}

/** The fingerprint of one search shard's input: its pages, its glob, the options and Pagefind itself. */
export async function fingerprintShard(
  dir: string,
  shard: { glob: string; files: readonly string[] },
  config: unknown,
  digests?: PageDigests,
): Promise<SearchInput> {
  const settings = { glob: shard.glob, config, pagefind: pagefindIdentity() };
  const fingerprint = await fingerprintFiles(dir, shard.files, settings, digests);
  return { fingerprint, pageCount: shard.files.length };
}

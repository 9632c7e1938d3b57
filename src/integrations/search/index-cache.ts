/**
 * The search index of the last build, kept in Astro's cache folder: when the
 * pages Pagefind would read are byte-for-byte those it read last time (and
 * Pagefind and its options are the same), that build's bundle is copied into
 * `<outDir>/pagefind/` instead of running Pagefind again.
 *
 * The fingerprint covers exactly Pagefind's input: the paths and contents of
 * the files the glob matches (matched the way Pagefind's glob walker does),
 * the installed Pagefind version and binary, and the options it is given.
 *
 * Layout under `<cacheDir>/news-archive-search/`:
 * - `bundle-XXXXXX/`: a complete copy of one build's `pagefind/` folder;
 * - `manifest.json`: fingerprint, page count and which `bundle-*` folder holds
 *   that index. It is replaced by a rename, and only after its bundle is
 *   complete, so a reader sees the old entry or the new one, never half of one.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The cache's folder inside Astro's `cacheDir`. */
export const CACHE_FOLDER = 'news-archive-search';
/** Bump when the fingerprint or the layout changes: old entries then never match. */
const CACHE_FORMAT = 1;
const MANIFEST = 'manifest.json';
const BUNDLE_PREFIX = 'bundle-';
/** Leftovers of an interrupted write (an unreferenced bundle, a temporary manifest) older than this are removed. */
const STALE_MS = 60 * 60 * 1000;
/** Files read ahead of the one being hashed: keeps the disk busy with bounded memory. */
const READ_AHEAD = 16;

// ---------------------------------------------------------------------------
// Which files Pagefind reads

/**
 * One path segment of a glob as a regular expression, the way Pagefind's glob
 * crate (wax) reads it: `*` is any run of characters but `/` (leading dots
 * included), `?` one character, `[...]` a class; matching is case-sensitive.
 * Anything else wax supports (`**`, `{a,b}`, `<...>`, `[!...]`, flags) is
 * refused rather than guessed: the cache is then unavailable, never wrong.
 */
function segmentPattern(segment: string, glob: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === '*') {
      if (segment[i + 1] === '*') throw new Error(`Unsupported glob for the search cache: ${glob}`);
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '[') {
      const end = segment.indexOf(']', i + 1);
      const body = end < 0 ? '' : segment.slice(i + 1, end);
      if (!/^(?:[A-Za-z0-9](?:-[A-Za-z0-9])?)+$/.test(body)) throw new Error(`Unsupported glob for the search cache: ${glob}`);
      source += `[${body}]`;
      i = end;
    } else if (/^[\w.-]$/.test(char)) {
      source += char === '.' ? '\\.' : char;
    } else {
      throw new Error(`Unsupported glob for the search cache: ${glob}`);
    }
  }
  return new RegExp(`^${source}$`);
}

/**
 * The files under `dir` that Pagefind's `addDirectory({ path: dir, glob })`
 * reads, as sorted `/`-separated paths relative to `dir`. Like Pagefind's
 * walker, symbolic links to folders are not followed; a matching symbolic link
 * to a file counts (Pagefind reads its target).
 */
export async function listGlobFiles(dir: string, glob: string): Promise<string[]> {
  const segments = glob.split('/').map((segment) => segmentPattern(segment, glob));
  const found: string[] = [];
  const walk = async (relative: string, depth: number): Promise<void> => {
    const pattern = segments[depth]!;
    const last = depth === segments.length - 1;
    const entries = await fs.readdir(path.join(dir, relative), { withFileTypes: true });
    await Promise.all(
      entries
        .filter((entry) => pattern.test(entry.name))
        .map(async (entry) => {
          const child = relative ? `${relative}/${entry.name}` : entry.name;
          if (last) {
            if (entry.isFile() || entry.isSymbolicLink()) found.push(child);
          } else if (entry.isDirectory()) {
            await walk(child, depth + 1);
          }
        }),
    );
  };
  await walk('', 0);
  return found.sort();
}

// ---------------------------------------------------------------------------
// The fingerprint

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
    binary: { name: binaryPackage, version: packageVersion(findPackageJson(binaryPackage, wrapper)) },
    env: Object.fromEntries(
      Object.entries(process.env)
        .filter(([name]) => name.startsWith('PAGEFIND_'))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
  };
}

export interface SearchInput {
  /** Hex SHA-256 of the settings and of every page's path and bytes. */
  fingerprint: string;
  /** Files the glob matches: Pagefind's page count when it reads them all. */
  pageCount: number;
}

/**
 * Hashes `settings` (anything JSON) and, in order, each file's path, length
 * and bytes. Files are read one at a time (a few ahead), never all at once.
 */
export async function fingerprintFiles(dir: string, files: readonly string[], settings: unknown): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${JSON.stringify({ format: CACHE_FORMAT, settings })}\0`);
  const reads: Promise<Buffer>[] = [];
  for (let i = 0; i < files.length; i++) {
    while (reads.length < READ_AHEAD && i + reads.length < files.length) {
      const read = fs.readFile(path.join(dir, files[i + reads.length]!));
      // Awaited below; this only keeps a read that fails after an earlier one from going unhandled.
      read.catch(() => undefined);
      reads.push(read);
    }
    const content = await reads.shift()!;
    hash.update(`${files[i]}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest('hex');
}

/** The fingerprint of what `addDirectory({ path: dir, glob })` with these options would read. */
export async function fingerprintSearchInput(dir: string, options: { glob: string; config: unknown }): Promise<SearchInput> {
  const files = await listGlobFiles(dir, options.glob);
  const fingerprint = await fingerprintFiles(dir, files, { ...options, pagefind: pagefindIdentity() });
  return { fingerprint, pageCount: files.length };
}

// ---------------------------------------------------------------------------
// The cached bundle

interface Manifest {
  format: number;
  fingerprint: string;
  pageCount: number;
  /** The `bundle-*` folder beside the manifest. */
  bundle: string;
  /** Files and folders in the bundle (as `copyTree` counts them): a copy with fewer is incomplete. */
  entries: number;
}

function isManifest(value: unknown): value is Manifest {
  const manifest = value as Partial<Manifest> | null;
  return (
    typeof manifest === 'object' && manifest !== null &&
    manifest.format === CACHE_FORMAT &&
    typeof manifest.fingerprint === 'string' &&
    typeof manifest.pageCount === 'number' &&
    typeof manifest.entries === 'number' &&
    typeof manifest.bundle === 'string' && new RegExp(`^${BUNDLE_PREFIX}[\\w-]+$`).test(manifest.bundle)
  );
}

async function readManifest(cacheRoot: string): Promise<Manifest | undefined> {
  let text: string;
  try {
    text = await fs.readFile(path.join(cacheRoot, MANIFEST), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const manifest: unknown = JSON.parse(text);
  return isManifest(manifest) ? manifest : undefined;
}

/** Files copied at once: enough to keep the disk and libuv's threads busy. */
const COPY_CONCURRENCY = 16;

/**
 * Copies a folder of folders and plain files into `to` (new or empty);
 * returns how many files and folders it copied. (`fs.promises.cp` took 1.5 to
 * 3 times as long on a 10,000-page bundle: it copies one file after another,
 * with several stats each.) Copies share blocks where the file system can.
 */
async function copyTree(from: string, to: string): Promise<number> {
  const entries = await fs.readdir(from, { recursive: true, withFileTypes: true });
  const folders: string[] = [];
  const files: string[] = [];
  for (const entry of entries) {
    const relative = path.relative(from, path.join(entry.parentPath, entry.name));
    if (entry.isDirectory()) folders.push(relative);
    else if (entry.isFile()) files.push(relative);
    else throw new Error(`not a file or folder: ${path.join(from, relative)}`);
  }
  await fs.mkdir(to, { recursive: true });
  // Parents before children: a shorter path cannot be a child of a longer one.
  for (const folder of folders.sort((a, b) => a.length - b.length)) await fs.mkdir(path.join(to, folder), { recursive: true });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++]!;
      await fs.copyFile(path.join(from, file), path.join(to, file), fs.constants.COPYFILE_FICLONE);
    }
  };
  await Promise.all(Array.from({ length: Math.min(COPY_CONCURRENCY, files.length) }, worker));
  return entries.length;
}

/**
 * Copies the cached bundle to `target` if it was built from input with this
 * fingerprint; returns its page count, or `undefined` on a miss. Throws when
 * the cache cannot be read or the copy fails; `target` may then hold part of
 * a bundle.
 */
export async function restoreIndex(cacheRoot: string, fingerprint: string, target: string): Promise<{ pageCount: number } | undefined> {
  const manifest = await readManifest(cacheRoot);
  if (!manifest || manifest.fingerprint !== fingerprint) return undefined;
  await fs.rm(target, { recursive: true, force: true });
  const copied = await copyTree(path.join(cacheRoot, manifest.bundle), target);
  // Another build replacing the entry meanwhile could leave a partial copy.
  if (copied !== manifest.entries) throw new Error(`copied ${copied} of ${manifest.entries} files and folders of the cached index`);
  return { pageCount: manifest.pageCount };
}

/**
 * Makes `source` (a freshly written `pagefind/` folder) the cached bundle for
 * this fingerprint: copied to a new folder first, then the manifest swapped
 * in by a rename, then the previous bundle removed.
 */
export async function storeIndex(cacheRoot: string, input: SearchInput, source: string): Promise<void> {
  await fs.mkdir(cacheRoot, { recursive: true });
  const previous = await readManifest(cacheRoot).catch(() => undefined);
  const bundleDir = await fs.mkdtemp(path.join(cacheRoot, BUNDLE_PREFIX));
  const bundle = path.basename(bundleDir);
  const manifestTemp = path.join(cacheRoot, `${MANIFEST}.${bundle}.tmp`);
  try {
    const entries = await copyTree(source, bundleDir);
    const manifest: Manifest = { format: CACHE_FORMAT, fingerprint: input.fingerprint, pageCount: input.pageCount, bundle, entries };
    await fs.writeFile(manifestTemp, `${JSON.stringify(manifest, null, 2)}\n`);
    await fs.rename(manifestTemp, path.join(cacheRoot, MANIFEST));
  } catch (error) {
    await fs.rm(manifestTemp, { force: true }).catch(() => undefined);
    await fs.rm(bundleDir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  // Clean up: the bundle just replaced, and leftovers of interrupted writes. Failing here costs only disk space.
  const now = Date.now();
  const names = await fs.readdir(cacheRoot).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name !== MANIFEST && name !== bundle)
      .map(async (name) => {
        const file = path.join(cacheRoot, name);
        const stale = name === previous?.bundle || now - (await fs.stat(file)).mtimeMs > STALE_MS;
        if (stale) await fs.rm(file, { recursive: true, force: true });
      })
      .map((removal) => removal.catch(() => undefined)),
  );
}

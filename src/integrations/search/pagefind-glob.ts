/** Which files Pagefind reads: its glob, matched the way Pagefind matches it. */
import fs from 'node:fs/promises';
import path from 'node:path';

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
      if (!/^(?:[A-Za-z0-9](?:-[A-Za-z0-9])?)+$/.test(body))
        throw new Error(`Unsupported glob for the search cache: ${glob}`);
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

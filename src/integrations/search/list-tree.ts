import fs from 'node:fs/promises';
import path from 'node:path';

/** The folders (parents first) and files under `dir`, as sorted `/`-separated paths. */
export async function listTree(dir: string): Promise<{ folders: string[]; files: string[] }> {
  const folders: string[] = [];
  const files: string[] = [];
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    const relative = path
      .relative(dir, path.join(entry.parentPath, entry.name))
      .split(path.sep)
      .join('/');
    if (entry.isDirectory()) folders.push(relative);
    else if (entry.isFile()) files.push(relative);
    else throw new Error(`not a file or folder: ${path.join(dir, relative)}`);
  }
  // Sorted, a parent comes before its children.
  return { folders: folders.sort(), files: files.sort() };
}

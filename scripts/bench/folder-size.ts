/** What a build's output folder holds: files, HTML pages among them, bytes. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface FolderSize {
  files: number;
  htmlFiles: number;
  bytes: number;
}

export function sizeOf(dir: string): FolderSize {
  const size: FolderSize = { files: 0, htmlFiles: 0, bytes: 0 };
  if (!existsSync(dir)) return size;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    size.files++;
    if (entry.name.endsWith('.html')) size.htmlFiles++;
    size.bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return size;
}

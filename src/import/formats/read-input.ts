/**
 * Reads one input file and hands it to the parser for its format. Files that are
 * too big or not UTF-8 are refused whole, with one report line. A `.gz` file is
 * read as the file it compresses (`wikinews-en.jsonl.gz` as JSON lines), so a
 * corpus can stay compressed on disk.
 */
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { ParsedInput } from '../types';
import { controlCharacterInText } from './control-characters';
import { parseJsonLines } from './json-lines';
import { parseMarkdown } from './markdown';
import { parseRawText } from './raw-text';

/** The whole Wikinews corpus is 14 MB; a file several times that is a mistake. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

export const INPUT_EXTENSIONS = ['.txt', '.jsonl', '.ndjson', '.md', '.markdown'] as const;

const GZIP_EXTENSION = '.gz';
const gunzipAsync = promisify(gunzip);

/** The file's name without `.gz`: its format is that of the file it compresses. */
function uncompressedName(file: string): string {
  const lower = file.toLowerCase();
  return lower.endsWith(GZIP_EXTENSION) ? lower.slice(0, -GZIP_EXTENSION.length) : lower;
}

export function isInputFile(file: string): boolean {
  const name = uncompressedName(file);
  return INPUT_EXTENSIONS.some((ext) => name.endsWith(ext));
}

/** The file's bytes, decompressed if it is gzip, or why they cannot be read; the limit holds once decompressed too. */
async function readBytes(
  file: string,
  maxBytes: number,
): Promise<{ bytes: Buffer } | { problem: string }> {
  const bytes = await readFile(file);
  if (!file.toLowerCase().endsWith(GZIP_EXTENSION)) return { bytes };
  try {
    // maxOutputLength stops a small file that inflates without end before it fills memory.
    return { bytes: await gunzipAsync(bytes, { maxOutputLength: maxBytes }) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      return { problem: `oversized file (over ${maxBytes} bytes once decompressed)` };
    return { problem: 'unreadable gzip data' };
  }
}

export async function readInput(
  file: string,
  displayName: string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<ParsedInput> {
  const origin = { file: displayName };
  const size = (await stat(file)).size;
  if (size > maxBytes)
    return {
      records: [],
      problems: [{ origin, reason: `oversized file (${size} bytes, limit ${maxBytes})` }],
    };
  const read = await readBytes(file, maxBytes);
  if ('problem' in read) return { records: [], problems: [{ origin, reason: read.problem }] };
  const { bytes } = read;
  let text: string;
  try {
    // fatal: a wrong byte must stop the file rather than become U+FFFD in the archive.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { records: [], problems: [{ origin, reason: 'unreadable encoding (not UTF-8)' }] };
  }
  if (text.includes('\u0000'))
    return { records: [], problems: [{ origin, reason: 'unreadable encoding (binary data)' }] };
  const control = controlCharacterInText(text);
  if (control)
    return { records: [], problems: [{ origin, reason: `unreadable text (${control})` }] };
  text = text.replace(/\r\n?/g, '\n');
  const lower = uncompressedName(file);
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson'))
    return parseJsonLines(text, displayName);
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return parseMarkdown(text, displayName);
  return parseRawText(text, displayName);
}

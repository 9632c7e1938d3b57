/**
 * Reads one input file and hands it to the parser for its format. Files that are
 * too big or not UTF-8 are refused whole, with one report line.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ParsedInput } from '../types';
import { controlCharacterInText } from './control-characters';
import { parseJsonLines } from './json-lines';
import { parseMarkdown } from './markdown';
import { parseRawText } from './raw-text';

/** The whole Wikinews corpus is 14 MB; a file several times that is a mistake. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

export const INPUT_EXTENSIONS = ['.txt', '.jsonl', '.ndjson', '.md', '.markdown'] as const;

export function isInputFile(file: string): boolean {
  return INPUT_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext));
}

export async function readInput(file: string, displayName: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<ParsedInput> {
  const origin = { file: displayName };
  const size = (await stat(file)).size;
  if (size > maxBytes) return { records: [], problems: [{ origin, reason: `oversized file (${size} bytes, limit ${maxBytes})` }] };
  const bytes = await readFile(file);
  let text: string;
  try {
    // fatal: a wrong byte must stop the file rather than become U+FFFD in the archive.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { records: [], problems: [{ origin, reason: 'unreadable encoding (not UTF-8)' }] };
  }
  if (text.includes('\u0000')) return { records: [], problems: [{ origin, reason: 'unreadable encoding (binary data)' }] };
  const control = controlCharacterInText(text);
  if (control) return { records: [], problems: [{ origin, reason: `unreadable text (${control})` }] };
  text = text.replace(/\r\n?/g, '\n');
  const lower = file.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return parseJsonLines(text, displayName);
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return parseMarkdown(text, displayName);
  return parseRawText(text, displayName);
}

/**
 * The registry: content/people.yaml, places.yaml, organizations.yaml. Each is a
 * YAML list sorted by id of `{ id, name, aliases, description?, wikidata? }`
 * (places also `kind, parent?, latitude?, longitude?, country?`). People edit these
 * files; the importer reads them first (their aliases win over any guess) and only
 * ever appends entries it found, keeping hand edits and comments.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { writeFileAtomic } from '../atomic-write';
import type { PlaceKind } from './gazetteer';

export type RegistryKind = 'people' | 'places' | 'organizations';

export interface RegistryEntry {
  id: string;
  name: string;
  aliases: string[];
  description?: string | undefined;
  wikidata?: string | undefined;
  kind?: PlaceKind | undefined;
  parent?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  country?: string | undefined;
}

export function registryFile(archiveDir: string, kind: RegistryKind): string {
  return path.join(archiveDir, `${kind}.yaml`);
}

function loadDocument(file: string): Document {
  const document = parseDocument(existsSync(file) ? readFileSync(file, 'utf8') : '[]\n');
  if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]?.message ?? 'invalid YAML'}`);
  return document;
}

export function readRegistry(archiveDir: string, kind: RegistryKind): RegistryEntry[] {
  const file = registryFile(archiveDir, kind);
  const value: unknown = loadDocument(file).toJS();
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${file}: expected a list of entries`);
  return value
    .filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null && typeof entry.name === 'string')
    .map((entry) => ({
      ...(entry as unknown as RegistryEntry),
      id: String(entry['id'] ?? ''),
      aliases: Array.isArray(entry['aliases']) ? entry['aliases'].map(String) : [],
    }));
}

/** Drops undefined fields so that YAML shows only what is known. */
function compact(entry: RegistryEntry): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
}

/**
 * Adds entries whose ids the file does not have yet, keeps everything else as it
 * was (comments and hand edits included), sorts by id and writes atomically.
 * Returns how many entries were added.
 */
export async function addToRegistry(archiveDir: string, kind: RegistryKind, additions: RegistryEntry[]): Promise<number> {
  const file = registryFile(archiveDir, kind);
  const document = loadDocument(file);
  if (!isSeq(document.contents)) document.contents = document.createNode([]);
  const list = document.contents;
  if (!isSeq(list)) throw new Error(`${file}: expected a list of entries`);
  const known = new Set(list.items.map((item) => (isMap(item) ? String(item.get('id')) : '')));
  let added = 0;
  for (const entry of additions) {
    if (known.has(entry.id)) continue;
    known.add(entry.id);
    const node = document.createNode(compact(entry));
    // Short lists read better inline: `aliases: [Huxiang]`.
    const aliases = isMap(node) ? node.get('aliases', true) : undefined;
    if (isSeq(aliases)) aliases.flow = true;
    list.items.push(node);
    added += 1;
  }
  if (added === 0 && existsSync(file)) return 0;
  // The file's opening comment belongs to the file, not to whichever entry sorts first.
  const first = list.items[0];
  if (isMap(first) && first.commentBefore && !document.commentBefore) {
    document.commentBefore = first.commentBefore;
    first.commentBefore = null;
  }
  const idOf = (item: unknown) => (isMap(item) ? String(item.get('id')) : '');
  list.items.sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
  await writeFileAtomic(file, document.toString({ lineWidth: 0 }));
  return added;
}

/**
 * The registry: content/{people,places,organizations}.yaml, each a YAML list of
 * `RegistryEntry` sorted by id. People edit these files; the importer reads them first
 * (their aliases win over any guess) and only ever appends entries it found, keeping hand
 * edits and comments; the review commands (src/import/review/) go through `RegistryFile`.
 * Every write is in block style, sorted by id, so that a change is one readable hunk.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { writeFileAtomic } from '../atomic-write';
import { blockStyle } from './block-style';
import type { PlaceKind } from '../../lib/entities/gazetteer';
import { readRejected } from './rejected';
import { ReviewMemory } from './review-memory';

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
  /** Entries an editor merged into this one, renamed or moved here: `<kind>/<id>` (src/import/entities/review-memory.ts). */
  replaces?: string[] | undefined;
}

/** Fields only places have: dropped when an entry moves to another kind. */
export const PLACE_FIELDS = ['kind', 'parent', 'latitude', 'longitude', 'country'] as const;

export function registryFile(archiveDir: string, kind: RegistryKind): string {
  return path.join(archiveDir, `${kind}.yaml`);
}

function loadDocument(file: string): Document {
  const document = parseDocument(existsSync(file) ? readFileSync(file, 'utf8') : '[]\n');
  if (document.errors.length > 0)
    throw new Error(`${file}: ${document.errors[0]?.message ?? 'invalid YAML'}`);
  return document;
}

function toEntry(value: Record<string, unknown>): RegistryEntry {
  const entry: RegistryEntry = {
    ...(value as unknown as RegistryEntry),
    id: String(value['id'] ?? ''),
    aliases: Array.isArray(value['aliases']) ? value['aliases'].map(String) : [],
  };
  if (entry.replaces !== undefined)
    entry.replaces = Array.isArray(entry.replaces)
      ? entry.replaces.map(String)
      : [String(entry.replaces)];
  return entry;
}

export function readRegistry(archiveDir: string, kind: RegistryKind): RegistryEntry[] {
  return RegistryFile.load(archiveDir, kind).entries();
}

/** The editor's merges, renames and kind changes, as the three registry files record them. */
export function readReviewMemory(archiveDir: string): ReviewMemory {
  return new ReviewMemory({
    people: readRegistry(archiveDir, 'people'),
    places: readRegistry(archiveDir, 'places'),
    organizations: readRegistry(archiveDir, 'organizations'),
  });
}

/** Drops undefined fields so that YAML shows only what is known. */
function compact(entry: Partial<RegistryEntry>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined));
}

const idOf = (item: unknown) => (isMap(item) ? String(item.get('id')) : '');

/**
 * One registry file as a YAML document: entries are read, added, changed and
 * removed in place, so comments and hand-written fields survive; `toString()`
 * gives the file's new text (nothing is written until the caller says so).
 */
export class RegistryFile {
  private constructor(
    readonly file: string,
    readonly kind: RegistryKind,
    private readonly document: Document,
    private readonly list: YAMLSeq,
  ) {}

  static load(archiveDir: string, kind: RegistryKind): RegistryFile {
    const file = registryFile(archiveDir, kind);
    const document = loadDocument(file);
    if (
      document.contents === null ||
      (isMap(document.contents) && document.contents.items.length === 0)
    )
      document.contents = document.createNode([]);
    const list = document.contents;
    if (!isSeq(list)) throw new Error(`${file}: expected a list of entries`);
    // The file's opening comment belongs to the file, not to whichever entry sorts first.
    const first = list.items[0];
    if (isMap(first) && first.commentBefore && !document.commentBefore) {
      document.commentBefore = first.commentBefore;
      first.commentBefore = null;
    }
    return new RegistryFile(file, kind, document, list);
  }

  entries(): RegistryEntry[] {
    return this.list.items
      .filter((item): item is YAMLMap => isMap(item) && typeof item.get('name') === 'string')
      .map((item) => toEntry(item.toJSON() as Record<string, unknown>));
  }

  get(id: string): RegistryEntry | undefined {
    const node = this.node(id);
    return node ? toEntry(node.toJSON() as Record<string, unknown>) : undefined;
  }

  /** The entry of an id, or an error that names the file and the id. */
  require(id: string): RegistryEntry {
    const entry = this.get(id);
    if (!entry) throw new Error(`${this.file}: no entry with id "${id}"`);
    return entry;
  }

  has(id: string): boolean {
    return this.node(id) !== undefined;
  }

  /** Appends an entry unless its id is taken; true when it was added. */
  add(entry: RegistryEntry): boolean {
    if (this.has(entry.id)) return false;
    this.list.items.push(this.document.createNode(compact(entry)));
    return true;
  }

  remove(id: string): RegistryEntry {
    const entry = this.require(id);
    this.list.items = this.list.items.filter((item) => idOf(item) !== id);
    return entry;
  }

  /** Sets (or, with `undefined`, deletes) fields of an entry, keeping the others and their comments. */
  update(id: string, changes: Partial<RegistryEntry>): void {
    const node = this.node(id);
    if (!node) throw new Error(`${this.file}: no entry with id "${id}"`);
    for (const [field, value] of Object.entries(changes)) {
      if (value === undefined) node.delete(field);
      else node.set(field, this.document.createNode(value));
    }
  }

  /** The file's text: entries sorted by id, every list and map in block style. */
  toString(): string {
    this.list.items.sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
    return blockStyle(this.document).toString({ lineWidth: 0 });
  }

  private node(id: string): YAMLMap | undefined {
    const found = this.list.items.find((item) => idOf(item) === id);
    return isMap(found) ? found : undefined;
  }
}

/**
 * Adds entries with new ids, except names an editor rejected (content/rejected.yaml) and
 * ids an editor merged, renamed or moved away (`replaces` in the registry), keeping
 * everything else (comments, hand edits); sorts by id, writes atomically and returns how
 * many entries were added.
 */
export async function addToRegistry(
  archiveDir: string,
  kind: RegistryKind,
  additions: RegistryEntry[],
  memory = readReviewMemory(archiveDir),
): Promise<number> {
  const registry = RegistryFile.load(archiveDir, kind);
  const rejected = readRejected(archiveDir);
  let added = 0;
  for (const entry of additions) {
    if (rejected.isRejected(kind, entry) || memory.isReplaced(kind, entry.id)) continue;
    if (registry.add(entry)) added += 1;
  }
  if (added === 0 && existsSync(registry.file)) return 0;
  await writeFileAtomic(registry.file, registry.toString());
  return added;
}

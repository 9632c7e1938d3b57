/**
 * Names an editor rejected (`npm run entities -- reject`), kept in
 * `<archive>/rejected.yaml` by kind as `{ name, id, reason }`, each list sorted by name.
 * The importer reads it so that a re-import never adds a rejected name to the registry or
 * an article again; matching by id and by the name's slug also catches other spellings
 * ("ABRAHAM ACCORDSIMAGE" for "Abraham AccordsImage").
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type Document, type YAMLSeq } from 'yaml';
import { ENTITY_KINDS } from '../../lib/entities/entities';
import { slugify } from '../../lib/slug';
import { blockStyle } from './block-style';
import type { RegistryKind } from './registry';

export interface RejectedName {
  name: string;
  id: string;
  reason?: string | undefined;
}

const HEADER =
  ' Names an editor rejected (npm run entities -- reject), by kind, sorted by name.\n' +
  ' The importer never adds them to the registry or to an article again; delete a line to allow one back.';

export function rejectedFile(archiveDir: string): string {
  return path.join(archiveDir, 'rejected.yaml');
}

export class RejectedList {
  private readonly keys = new Map<RegistryKind, Set<string>>();

  private constructor(
    readonly file: string,
    private readonly document: Document,
  ) {
    for (const kind of ENTITY_KINDS) {
      const keys = new Set<string>();
      for (const entry of this.names(kind)) {
        keys.add(entry.id);
        keys.add(slugify(entry.name));
      }
      this.keys.set(kind, keys);
    }
  }

  static load(archiveDir: string): RejectedList {
    const file = rejectedFile(archiveDir);
    const document: Document = parseDocument(
      existsSync(file) ? readFileSync(file, 'utf8') : '{}\n',
    );
    if (document.errors.length > 0)
      throw new Error(`${file}: ${document.errors[0]?.message ?? 'invalid YAML'}`);
    if (document.contents === null) document.contents = document.createNode({});
    if (!isMap(document.contents))
      throw new Error(`${file}: expected people, places and organizations lists`);
    for (const kind of ENTITY_KINDS) {
      const list = document.contents.get(kind, true);
      if (list !== undefined && list !== null && !(isSeq(list) && list.items.every(isMap))) {
        throw new Error(`${file}: ${kind} must be a list of { name, id, reason? }`);
      }
    }
    if (!existsSync(file)) document.commentBefore = HEADER;
    return new RejectedList(file, document);
  }

  names(kind: RegistryKind): RejectedName[] {
    const list = this.list(kind);
    if (!list) return [];
    return list.items.filter(isMap).map((item) => {
      const name = String(item.get('name') ?? '');
      const reason = item.get('reason');
      return {
        name,
        id: String(item.get('id') ?? slugify(name)),
        reason: reason === undefined ? undefined : String(reason),
      };
    });
  }

  /** Whether an entity (by its id or the slug of its name) was rejected for this kind. */
  isRejected(kind: RegistryKind, entity: { id: string; name: string }): boolean {
    const keys = this.keys.get(kind)!;
    return keys.has(entity.id) || keys.has(slugify(entity.name));
  }

  add(kind: RegistryKind, rejected: RejectedName): void {
    if (this.isRejected(kind, rejected)) return;
    const root = this.document.contents as unknown as {
      get(key: string, keep: true): unknown;
      set(key: string, value: unknown): void;
    };
    if (!isSeq(this.list(kind))) root.set(kind, this.document.createNode([]));
    const fields = rejected.reason ? rejected : { name: rejected.name, id: rejected.id };
    this.list(kind)!.items.push(this.document.createNode(fields));
    this.keys.get(kind)!.add(rejected.id).add(slugify(rejected.name));
  }

  toString(): string {
    for (const kind of ENTITY_KINDS) {
      const list = this.list(kind);
      const nameOf = (item: unknown) => (isMap(item) ? String(item.get('name')) : '');
      list?.items.sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en'));
    }
    return blockStyle(this.document).toString({ lineWidth: 0 });
  }

  private list(kind: RegistryKind): YAMLSeq | undefined {
    const root = this.document.contents;
    const list = isMap(root) ? root.get(kind, true) : undefined;
    return isSeq(list) ? list : undefined;
  }
}

export function readRejected(archiveDir: string): RejectedList {
  return RejectedList.load(archiveDir);
}

/** A story's entities without the names an editor rejected, so no import writes them into an article again. */
export function withoutRejected<Found extends Record<RegistryKind, { id: string; name: string }[]>>(
  rejected: RejectedList,
  found: Found,
): Found {
  return {
    ...found,
    people: found.people.filter((entity) => !rejected.isRejected('people', entity)),
    places: found.places.filter((entity) => !rejected.isRejected('places', entity)),
    organizations: found.organizations.filter(
      (entity) => !rejected.isRejected('organizations', entity),
    ),
  };
}

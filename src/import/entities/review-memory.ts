/**
 * What an editor's merge, rename (with a new id) and kind change leave behind, so that a
 * re-import keeps them: the entry that stayed lists the entries it replaces in its own
 * `replaces` field, as `<kind>/<id>` ("people/ben-bernankeis" on Ben Bernanke after a
 * merge, "people/wells-fargo" on the organization Wells Fargo after a kind change). The
 * importer then files whatever it finds under a replaced id under the entry that replaced
 * it, and never adds a replaced id to the registry again. The list lives in the registry
 * YAML, sorted, one line each; delete a line to let the importer guess again.
 */
import { ENTITY_KINDS, type EntityKind } from '../../lib/entities/entities';
import type { EntityName, FoundEntities } from './find-entities';
import type { RegistryEntry } from './registry';

/** How an entry names one it replaces: "people/ben-bernankeis". */
export function replacedKey(kind: EntityKind, id: string): string {
  return `${kind}/${id}`;
}

/**
 * The `replaces` list of an entry of `kind` after it takes over `others` (each with its own
 * `replaces`): sorted, once each, never the entry itself (a kind change back and forth).
 */
export function replacesAfter(
  kind: EntityKind,
  entry: Pick<RegistryEntry, 'id' | 'replaces'>,
  others: { kind: EntityKind; entry: Pick<RegistryEntry, 'id' | 'replaces'> }[],
): string[] | undefined {
  const own = replacedKey(kind, entry.id);
  const keys = new Set(entry.replaces ?? []);
  for (const other of others) {
    keys.add(replacedKey(other.kind, other.entry.id));
    for (const key of other.entry.replaces ?? []) keys.add(key);
  }
  keys.delete(own);
  const sorted = [...keys].sort();
  return sorted.length > 0 ? sorted : undefined;
}

interface Successor {
  kind: EntityKind;
  entity: EntityName;
}

export class ReviewMemory {
  private readonly successors = new Map<string, Successor>();

  constructor(registry: Record<EntityKind, readonly RegistryEntry[]>) {
    for (const kind of ENTITY_KINDS) {
      for (const entry of registry[kind]) {
        for (const key of entry.replaces ?? []) {
          // An entry that still exists is itself, whatever another entry claims.
          this.successors.set(key, { kind, entity: { id: entry.id, name: entry.name } });
        }
      }
    }
    for (const kind of ENTITY_KINDS)
      for (const entry of registry[kind]) this.successors.delete(replacedKey(kind, entry.id));
  }

  /** The entry that replaced `kind`/`id`, if an editor merged, renamed or moved it. */
  successor(kind: EntityKind, id: string): Successor | undefined {
    return this.successors.get(replacedKey(kind, id));
  }

  isReplaced(kind: EntityKind, id: string): boolean {
    return this.successors.has(replacedKey(kind, id));
  }

  get size(): number {
    return this.successors.size;
  }
}

/**
 * A story's entities with every replaced one filed under its successor, in the
 * successor's kind, once per list, in the order the story named them (those moved
 * in from another kind last).
 */
export function followReview(memory: ReviewMemory, found: FoundEntities): FoundEntities {
  if (memory.size === 0) return found;
  const lists: Record<EntityKind, EntityName[]> = { people: [], places: [], organizations: [] };
  // A list's own entities first, then those moved in from another kind.
  for (const sameKind of [true, false]) {
    for (const kind of ENTITY_KINDS) {
      for (const entity of found[kind]) {
        const next = memory.successor(kind, entity.id) ?? { kind, entity };
        if ((next.kind === kind) !== sameKind) continue;
        if (!lists[next.kind].some((present) => present.id === next.entity.id))
          lists[next.kind].push(next.entity);
      }
    }
  }
  return { ...found, ...lists };
}

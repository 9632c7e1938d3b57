/**
 * The editor's commands on the registry: merge, reject, rename and change kind.
 * Each one plans every file it changes (registry files, rejected.yaml, articles)
 * in memory, checks everything first, then writes all files together, so a
 * command that fails changes nothing.
 *
 * An article the importer owned stays its own when rewritten here (its importHash
 * is renewed): the registry keeps the decision, so a re-import writes the same
 * lists and later rules still reach the article (src/import/writer.ts).
 */
import type { EntityKind, EntityReference } from '../../lib/entities/entities';
import type { EntityResolver } from '../../lib/entities/resolver';
import { buildGazetteer, type GazetteerPlace } from '../../lib/entities/gazetteer';
import { SLUG_PATTERN } from '../../lib/slug';
import { PLACE_FIELDS, type RegistryEntry } from '../entities/registry';
import { replacesAfter } from '../entities/review-memory';
import {
  loadReviewArchive,
  referencedId,
  referenceTo,
  resolverOf,
  type ReviewArchive,
} from './archive';
import { keepImporterOwned } from '../writer';
import { withLists, type ListedReference } from './frontmatter-lists';
import { writeFilesTogether } from './write-files';

export interface CommandPlan {
  /** New content of every file the command changes. */
  files: Map<string, string>;
  /** What the command does, in one line. */
  summary: string;
}

interface Target {
  kind: EntityKind;
  id: string;
  reference: EntityReference;
}

/**
 * Every article reference to `kind`/`id` replaced by the target (kept once per
 * list), or removed when there is no target.
 */
function rewriteReferences(
  archive: ReviewArchive,
  resolver: EntityResolver,
  kind: EntityKind,
  id: string,
  target: Target | null,
  files: Map<string, string>,
): number {
  let changed = 0;
  for (const article of archive.articles) {
    const list = article.lists[kind];
    const isHit = (item: ListedReference) => referencedId(resolver, kind, item.reference) === id;
    const firstHit = list.findIndex(isHit);
    if (firstHit < 0) continue;
    const replacements: Partial<Record<EntityKind, ListedReference[]>> = {};
    const kept = list.filter((item) => !isHit(item));
    replacements[kind] = kept;
    if (target) {
      const targetList = target.kind === kind ? kept : article.lists[target.kind];
      const present = targetList.some(
        (item) => referencedId(resolver, target.kind, item.reference) === target.id,
      );
      if (!present && target.kind === kind)
        kept.splice(list.slice(0, firstHit).filter((item) => !isHit(item)).length, 0, {
          reference: target.reference,
        });
      else if (!present)
        replacements[target.kind] = [...targetList, { reference: target.reference }];
    }
    files.set(article.file, keepImporterOwned(article.text, withLists(article, replacements)));
    changed += 1;
  }
  return changed;
}

function distinctAliases(name: string, aliases: readonly string[]): string[] {
  return [...new Set(aliases)].filter((alias) => alias !== name);
}

function sameEntryCheck(kind: EntityKind, fromId: string, intoId: string): void {
  if (fromId === intoId) throw new Error(`cannot merge ${kind} "${fromId}" into itself`);
}

/** The from entry's name and aliases become the into entry's aliases; references follow; the from entry goes. */
export function planMerge(
  archiveDir: string,
  kind: EntityKind,
  fromId: string,
  intoId: string,
): CommandPlan {
  sameEntryCheck(kind, fromId, intoId);
  const archive = loadReviewArchive(archiveDir);
  const registry = archive.registries[kind];
  const from = registry.require(fromId);
  const into = registry.require(intoId);
  const resolver = resolverOf(archive);
  const files = new Map<string, string>();
  const articles = rewriteReferences(
    archive,
    resolver,
    kind,
    fromId,
    { kind, id: intoId, reference: referenceTo(into) },
    files,
  );
  registry.remove(fromId);
  const changes: Partial<RegistryEntry> = {
    aliases: distinctAliases(into.name, [...into.aliases, from.name, ...from.aliases]),
    // Remembered, so that a re-import files the from entry's finds under the into entry.
    replaces: replacesAfter(kind, into, [{ kind, entry: from }]),
  };
  if (!into.description && from.description) changes.description = from.description;
  if (!into.wikidata && from.wikidata) changes.wikidata = from.wikidata;
  registry.update(intoId, changes);
  files.set(registry.file, registry.toString());
  return {
    files,
    summary: `merged ${kind} "${from.name}" (${fromId}) into "${into.name}" (${intoId}); ${articles} article(s) rewritten`,
  };
}

/** The entry leaves the registry and every article; its name is remembered so no import adds it again. */
export function planReject(
  archiveDir: string,
  kind: EntityKind,
  id: string,
  reason?: string,
): CommandPlan {
  const archive = loadReviewArchive(archiveDir);
  const registry = archive.registries[kind];
  const entry = registry.require(id);
  const files = new Map<string, string>();
  const articles = rewriteReferences(archive, resolverOf(archive), kind, id, null, files);
  registry.remove(id);
  archive.rejected.add(kind, { name: entry.name, id, reason });
  files.set(registry.file, registry.toString());
  files.set(archive.rejected.file, archive.rejected.toString());
  return {
    files,
    summary: `rejected ${kind} "${entry.name}" (${id}); removed from ${articles} article(s)`,
  };
}

function assertIdFree(archive: ReviewArchive, kind: EntityKind, id: string): void {
  if (!SLUG_PATTERN.test(id))
    throw new Error(`id "${id}" must be lower-case words joined by hyphens`);
  if (archive.registries[kind].has(id))
    throw new Error(
      `${archive.registries[kind].file}: id "${id}" is taken (merge into it instead)`,
    );
}

/** A new name (the old one kept as an alias); with a new id, every reference is rewritten to it. */
export function planRename(
  archiveDir: string,
  kind: EntityKind,
  id: string,
  newName: string,
  newId?: string,
): CommandPlan {
  const name = newName.trim();
  if (name === '') throw new Error('the new name must not be empty');
  const archive = loadReviewArchive(archiveDir);
  const registry = archive.registries[kind];
  const entry = registry.require(id);
  const owner = registry
    .entries()
    .find((other) => other.id !== id && (other.name === name || other.aliases.includes(name)));
  if (owner)
    throw new Error(
      `${registry.file}: "${name}" already names ${owner.id} (merge ${id} into ${owner.id} instead)`,
    );
  const renamed: RegistryEntry = {
    ...entry,
    name,
    aliases: distinctAliases(name, [...entry.aliases, entry.name]),
  };
  const files = new Map<string, string>();
  let articles = 0;
  if (newId !== undefined && newId !== id) {
    assertIdFree(archive, kind, newId);
    renamed.id = newId;
    renamed.replaces = replacesAfter(kind, renamed, [{ kind, entry }]);
    articles = rewriteReferences(
      archive,
      resolverOf(archive),
      kind,
      id,
      { kind, id: newId, reference: referenceTo(renamed) },
      files,
    );
    registry.remove(id);
    registry.add(renamed);
  } else {
    registry.update(id, { name: renamed.name, aliases: renamed.aliases });
  }
  files.set(registry.file, registry.toString());
  return {
    files,
    summary: `renamed ${kind} ${id} "${entry.name}" to "${name}"${renamed.id === id ? '' : ` (${renamed.id})`}; ${articles} article(s) rewritten`,
  };
}

/** The gazetteer place an entry becomes when it moves into places, or an error saying why none. */
function gazetteerPlaceFor(entry: RegistryEntry, placeId: string | undefined): GazetteerPlace {
  const gazetteer = buildGazetteer();
  if (placeId) {
    const chosen = gazetteer.find((place) => place.id === placeId);
    if (!chosen) throw new Error(`the gazetteer has no place with id "${placeId}"`);
    return chosen;
  }
  const names = new Set([entry.name, ...entry.aliases]);
  const candidates = gazetteer.filter(
    (place) => names.has(place.name) || place.aliases.some((alias) => names.has(alias)),
  );
  if (candidates.length === 0) {
    throw new Error(
      `the gazetteer does not know "${entry.name}": add it to places.yaml by hand with its kind and coordinates`,
    );
  }
  if (candidates.length > 1) {
    const listed = candidates
      .slice(0, 8)
      .map(
        (place) =>
          `${place.id} (${place.kind}, ${place.region ? `${place.region}, ` : ''}${place.country ?? '?'}${place.population ? `, ${place.population} people` : ''})`,
      );
    throw new Error(
      `"${entry.name}" is ${candidates.length} places in the gazetteer; choose one with --place: ${listed.join(', ')}`,
    );
  }
  return candidates[0]!;
}

/** Moves an entry to another registry file; article references move from one list to the other. */
export function planKindChange(
  archiveDir: string,
  fromKind: EntityKind,
  id: string,
  toKind: EntityKind,
  placeId?: string,
): CommandPlan {
  if (fromKind === toKind) throw new Error(`${id} is already in ${toKind}`);
  const archive = loadReviewArchive(archiveDir);
  const entry = archive.registries[fromKind].require(id);
  const moved: RegistryEntry = { ...entry };
  delete moved.replaces;
  for (const field of PLACE_FIELDS) delete moved[field];
  if (toKind === 'places') {
    const place = gazetteerPlaceFor(entry, placeId);
    Object.assign(moved, {
      id: place.id,
      kind: place.kind,
      parent: place.parent,
      latitude: place.latitude,
      longitude: place.longitude,
      country: place.country,
    });
    moved.aliases = distinctAliases(moved.name, moved.aliases);
  }
  moved.replaces = replacesAfter(toKind, moved, [{ kind: fromKind, entry }]);
  if (archive.registries[toKind].has(moved.id)) {
    throw new Error(
      `${archive.registries[toKind].file} already has "${moved.id}": reject ${fromKind} ${id} instead of moving it`,
    );
  }
  const files = new Map<string, string>();
  const articles = rewriteReferences(
    archive,
    resolverOf(archive),
    fromKind,
    id,
    { kind: toKind, id: moved.id, reference: referenceTo(moved) },
    files,
  );
  archive.registries[fromKind].remove(id);
  archive.registries[toKind].add(moved);
  files.set(archive.registries[fromKind].file, archive.registries[fromKind].toString());
  files.set(archive.registries[toKind].file, archive.registries[toKind].toString());
  return {
    files,
    summary: `moved "${entry.name}" from ${fromKind} to ${toKind} (${moved.id}); ${articles} article(s) rewritten`,
  };
}

export async function applyPlan(plan: CommandPlan): Promise<void> {
  await writeFilesTogether(plan.files);
}

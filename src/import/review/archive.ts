/**
 * The part of an archive the review commands read and change: the three
 * registry files, the rejected list and every article's entity lists, with a
 * resolver that decides which entity a frontmatter reference means exactly as
 * the build does (src/lib/entities/resolver.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityKind, EntityReference } from '../../lib/entities/entities';
import { createEntityResolver, type EntityResolver } from '../../lib/entities/resolver';
import { slugify } from '../../lib/slug';
import { readRejected, type RejectedList } from '../entities/rejected';
import { wordKnowledge } from '../entities/word-knowledge';
import { ENTITY_KINDS } from '../../lib/entities/entities';
import { RegistryFile, type RegistryEntry } from '../entities/registry';
import { readArticleLists, type ArticleLists } from './frontmatter-lists';

export interface ReviewArchive {
  dir: string;
  registries: Record<EntityKind, RegistryFile>;
  rejected: RejectedList;
  articles: ArticleLists[];
}

export function articleFiles(archiveDir: string): string[] {
  const folder = path.join(archiveDir, 'articles');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => path.join(folder, file));
}

export function loadReviewArchive(archiveDir: string): ReviewArchive {
  const registries = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, RegistryFile.load(archiveDir, kind)]),
  ) as Record<EntityKind, RegistryFile>;
  const articles = articleFiles(archiveDir).map((file) =>
    readArticleLists(file, readFileSync(file, 'utf8')),
  );
  return { dir: archiveDir, registries, rejected: readRejected(archiveDir), articles };
}

/** The build's resolver, with the same word knowledge, so stories are counted as readers see them. */
export function resolverOf(archive: ReviewArchive): EntityResolver {
  return createEntityResolver(
    {
      people: archive.registries.people.entries(),
      places: archive.registries.places.entries(),
      organizations: archive.registries.organizations.entries(),
    },
    wordKnowledge,
  );
}

/** The id a frontmatter reference stands for, as the build resolves it. */
export function referencedId(
  resolver: EntityResolver,
  kind: EntityKind,
  reference: EntityReference,
): string {
  return (
    resolver.resolveReference(kind, reference)?.id ??
    slugify(typeof reference === 'string' ? reference : reference.name)
  );
}

/** How an article names an entry: by its name, or with its id where the name's slug is not the id. */
export function referenceTo(entry: RegistryEntry): EntityReference {
  return slugify(entry.name) === entry.id ? entry.name : { name: entry.name, id: entry.id };
}

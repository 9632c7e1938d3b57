/**
 * How an article's frontmatter names a person, place or organization, and the
 * id its page lives under.
 */
import { slugify } from '../slug';

export type EntityKind = 'people' | 'places' | 'organizations';

/** Every kind, in the order pages and files list them. */
export const ENTITY_KINDS: readonly EntityKind[] = ['people', 'places', 'organizations'];

export type EntityReference = string | { name: string; id: string };

export interface EntityLink {
  id: string;
  name: string;
}

export function referenceName(reference: EntityReference): string {
  return typeof reference === 'string' ? reference : reference.name;
}

/** The id of a referenced entity: the one given, or the slug of its name. */
export function referenceId(reference: EntityReference): string {
  return typeof reference === 'string' ? slugify(reference) : reference.id;
}

/** Distinct entities of a list, in the order the article names them. */
export function entityLinks(references: readonly EntityReference[]): EntityLink[] {
  const seen = new Set<string>();
  const links: EntityLink[] = [];
  for (const reference of references) {
    const id = referenceId(reference);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    links.push({ id, name: referenceName(reference) });
  }
  return links;
}

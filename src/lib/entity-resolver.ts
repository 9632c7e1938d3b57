/**
 * Turns what an article says into entity ids, through the registry:
 * - a frontmatter reference: an explicit id, a registered name or alias, a
 *   variant that ends in one ("Premier Li Qiang" → li-qiang), or else the slug
 *   of the name (an entity the registry does not know still gets a page);
 * - the article's text: every registered name and alias, found in one pass by
 *   a single matcher over all three kinds, so that the longest name wins across
 *   kinds too ("Hunan University" the organization over "Hunan" the place).
 */
import type { EntityKind, EntityReference } from './entities';
import { referenceId, referenceName } from './entities';
import { createNameMatcher, normaliseName, type NameEntry, type NameMatcher } from './name-matcher';

export interface RegisteredEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

export type RegistryByKind = Record<EntityKind, readonly RegisteredEntity[]>;

export interface ResolvedEntity {
  kind: EntityKind;
  id: string;
  /** The registry's name, or the article's when the registry does not know it. */
  name: string;
}

export interface EntityResolver {
  resolveReference(kind: EntityKind, reference: EntityReference): ResolvedEntity | undefined;
  /** Entities named in a text, in order of first appearance, each once. */
  entitiesInText(text: string): ResolvedEntity[];
  /** The registered entry of an id, if any. */
  registered(kind: EntityKind, id: string): RegisteredEntity | undefined;
}

const KINDS: readonly EntityKind[] = ['people', 'places', 'organizations'];
const SEPARATOR = ':'; // ids are slugs and never contain it

export function createEntityResolver(registry: RegistryByKind): EntityResolver {
  const byId = new Map<string, RegisteredEntity>();
  const matcherEntries: NameEntry[] = [];
  for (const kind of KINDS) {
    for (const entity of registry[kind]) {
      const key = kind + SEPARATOR + entity.id;
      byId.set(key, entity);
      matcherEntries.push({ id: key, names: [entity.name, ...entity.aliases] });
    }
  }
  const textMatcher = createNameMatcher(matcherEntries);
  // Frontmatter names are resolved per kind: "Washington" the person is not the place.
  const kindMatchers = new Map<EntityKind, NameMatcher>(
    KINDS.map((kind) => [kind, createNameMatcher(matcherEntries.filter((entry) => entry.id.startsWith(kind + SEPARATOR)))]),
  );

  const resolved = (key: string): ResolvedEntity => {
    const at = key.indexOf(SEPARATOR);
    return { kind: key.slice(0, at) as EntityKind, id: key.slice(at + 1), name: byId.get(key)!.name };
  };

  /** A registered name that the whole reference is, or ends with (after titles such as "Premier"). */
  function registeredNameIn(kind: EntityKind, name: string): string | undefined {
    const normalised = normaliseName(name);
    const matches = kindMatchers.get(kind)!.findAll(normalised);
    const last = matches.at(-1);
    if (!last) return undefined;
    const rest = normalised.slice(last.end).replace(/^['’]s?/, '').trim();
    if (rest !== '' || matches.length > 1) return undefined;
    return last.id;
  }

  return {
    resolveReference(kind, reference) {
      const name = referenceName(reference);
      if (typeof reference !== 'string') {
        const entity = byId.get(kind + SEPARATOR + reference.id);
        return { kind, id: reference.id, name: entity?.name ?? name };
      }
      const key = registeredNameIn(kind, name);
      if (key) return resolved(key);
      const id = referenceId(reference);
      if (!id) return undefined;
      return { kind, id, name: byId.get(kind + SEPARATOR + id)?.name ?? name };
    },
    entitiesInText(text) {
      const seen = new Set<string>();
      const found: ResolvedEntity[] = [];
      for (const match of textMatcher.findAll(text)) {
        if (seen.has(match.id)) continue;
        seen.add(match.id);
        found.push(resolved(match.id));
      }
      return found;
    },
    registered: (kind, id) => byId.get(kind + SEPARATOR + id),
  };
}

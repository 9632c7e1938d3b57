/**
 * Scoring entities against hand-annotated gold (tests/fixtures/entity-eval/README.md).
 *
 * Stricter than the importer's own evaluation (src/import/evaluate.ts) where readers would
 * notice: a name with a title glued on ("Prosecutor María Ospina") is wrong, not a hit, and
 * a surname alone ("Pelosi") earns half: the reader sees the person, not who they are.
 */
import type { EntityKind } from '../../src/lib/entities/entities';
import { slugify } from '../../src/lib/slug';

/** What a page or the importer says an article is about: a shown name and the entity's id. */
export interface ShownEntity {
  name: string;
  id: string;
}

/** Credit for a surname (or any single word of the gold name) shown alone. */
export const PARTIAL_CREDIT = 0.5;

const words = (name: string) => slugify(name).split('-').filter(Boolean);

/** Gold names may list alternatives: `Ghana Cocoa Board|Cocobod`. */
export function alternatives(gold: string): string[] {
  return gold
    .split('|')
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * 1 for the same person ("Lula da Silva" for "Luiz Inacio Lula da Silva": every word of the
 * shown name in the gold one, same last word), PARTIAL_CREDIT for one word of the gold name
 * alone ("Zapatero", "Ma"), 0 otherwise, also for a shown name with extra words ("Speaker X").
 */
export function personCredit(shown: ShownEntity, gold: string): number {
  let best = 0;
  for (const name of alternatives(gold)) {
    const a = words(shown.name);
    const b = words(name);
    if (a.join('-') === b.join('-')) return 1;
    if (
      a.length >= 2 &&
      a.length < b.length &&
      a.at(-1) === b.at(-1) &&
      a.every((word) => b.includes(word))
    )
      return 1;
    if (a.length === 1 && b.length > 1 && b.includes(a[0] ?? '')) best = PARTIAL_CREDIT;
  }
  return best;
}

/** `Name#id` needs the very place (Hamilton, Ontario is `hamilton-ca`); a plain name, the same name. */
export function placeCredit(shown: ShownEntity, gold: string): number {
  for (const option of alternatives(gold)) {
    const [name = '', id] = option.split('#');
    if (id ? shown.id === id : slugify(shown.name) === slugify(name) || shown.id === slugify(name))
      return 1;
  }
  return 0;
}

export function organizationCredit(shown: ShownEntity, gold: string): number {
  return alternatives(gold).some(
    (name) => slugify(shown.name) === slugify(name) || shown.id === slugify(name),
  )
    ? 1
    : 0;
}

export const CREDIT: Record<EntityKind, (shown: ShownEntity, gold: string) => number> = {
  people: personCredit,
  places: placeCredit,
  organizations: organizationCredit,
};

export interface KindResult {
  /** Sum of credits: 1 a hit, PARTIAL_CREDIT a surname alone. */
  credit: number;
  /** Shown entities that count (optional ones left out). */
  predicted: number;
  gold: number;
  wrong: string[];
  missed: string[];
  partial: string[];
}

/**
 * Matches shown entities to gold ones, each gold entry used once: full matches first, so that
 * "Ma Ying-jeou" shown next to "Ma" takes the hit and "Ma" is then wrong (a duplicate). A
 * shown entity matching an `optional` name is neither a hit nor an error.
 */
export function scoreKind(
  kind: EntityKind,
  shown: readonly ShownEntity[],
  gold: readonly string[],
  optional: readonly string[] = [],
): KindResult {
  const credit = CREDIT[kind];
  const unmatched = new Set(gold);
  const result: KindResult = {
    credit: 0,
    predicted: 0,
    gold: gold.length,
    wrong: [],
    missed: [],
    partial: [],
  };
  const pending: ShownEntity[] = [];
  for (const entity of shown) {
    const hit = [...unmatched].find((g) => credit(entity, g) === 1);
    if (hit) {
      unmatched.delete(hit);
      result.credit += 1;
      result.predicted += 1;
    } else pending.push(entity);
  }
  for (const entity of pending) {
    const partial = [...unmatched].find((g) => credit(entity, g) > 0);
    if (partial) {
      unmatched.delete(partial);
      result.credit += credit(entity, partial);
      result.predicted += 1;
      result.partial.push(`${entity.name} for ${partial}`);
    } else if (
      optional.some((name) => credit(entity, name) === 1 || placeCredit(entity, name) === 1)
    ) {
      continue;
    } else {
      result.predicted += 1;
      const shownAs =
        entity.id === slugify(entity.name) ? entity.name : `${entity.name} (${entity.id})`;
      // A second name for someone already shown ("Fernández Ruiz" next to the full name) is one entity too many.
      const twin = gold.find((g) => !unmatched.has(g) && credit(entity, g) > 0);
      result.wrong.push(twin ? `${shownAs} (again, for ${twin})` : shownAs);
    }
  }
  result.missed = gold.filter((g) => unmatched.has(g));
  return result;
}

export interface Totals {
  credit: number;
  predicted: number;
  gold: number;
  articles: number;
}

export const emptyTotals = (): Totals => ({ credit: 0, predicted: 0, gold: 0, articles: 0 });

export function addTo(totals: Totals, result: KindResult): void {
  totals.credit += result.credit;
  totals.predicted += result.predicted;
  totals.gold += result.gold;
  totals.articles += 1;
}

/** Nothing predicted is precision 1; nothing to find is recall 1. */
export function precision(totals: Totals): number {
  return totals.predicted === 0 ? 1 : totals.credit / totals.predicted;
}

export function recall(totals: Totals): number {
  return totals.gold === 0 ? 1 : totals.credit / totals.gold;
}

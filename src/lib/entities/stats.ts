/**
 * What an entity page says about its articles: how many per year, the first and
 * last mention, and who or what else appears in the same stories. Each is one
 * pass over the entity's own articles.
 */
import { foldAccents } from '../slug';
import type { EntityKind } from './entities';

export interface YearCount {
  year: number;
  count: number;
}

/**
 * Articles per year from the first year to the last, years without any
 * included (a gap in coverage is information too).
 */
export function mentionsPerYear(dates: readonly string[]): YearCount[] {
  if (dates.length === 0) return [];
  const counts = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const date of dates) {
    const year = Number(date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  const years: YearCount[] = [];
  for (let year = first; year <= last; year++) years.push({ year, count: counts.get(year) ?? 0 });
  return years;
}

/** Earliest and latest of ISO dates (`YYYY-MM-DD` sorts as text). */
export function firstAndLast(
  dates: readonly string[],
): { first: string; last: string } | undefined {
  if (dates.length === 0) return undefined;
  let first = dates[0]!;
  let last = dates[0]!;
  for (const date of dates) {
    if (date < first) first = date;
    if (date > last) last = date;
  }
  return { first, last };
}

export interface EntityRef {
  kind: EntityKind;
  id: string;
}

export interface CoMention<T> {
  item: T;
  count: number;
}

/**
 * The entities that share most articles with `subject`: up to `limitPerKind`
 * people, places and organizations each (so a story full of companies does not
 * crowd out its places), most first, then by id so that builds are reproducible.
 */
export function coMentioned(
  subject: EntityRef,
  articles: readonly Record<EntityKind, readonly { id: string }[]>[],
  limitPerKind: number,
): CoMention<EntityRef>[] {
  // One map per kind, by id: a key string per mention would be made millions of times a build.
  const counts = new Map<EntityKind, Map<string, CoMention<EntityRef>>>();
  for (const entities of articles) {
    for (const kind of Object.keys(entities) as EntityKind[]) {
      let ofKind = counts.get(kind);
      if (!ofKind) counts.set(kind, (ofKind = new Map()));
      for (const { id } of entities[kind]) {
        if (kind === subject.kind && id === subject.id) continue;
        const found = ofKind.get(id);
        if (found) found.count++;
        else ofKind.set(id, { item: { kind, id }, count: 1 });
      }
    }
  }
  const taken = new Map<EntityKind, number>();
  return [...counts.values()]
    .flatMap((ofKind) => [...ofKind.values()])
    .sort(
      (a, b) =>
        b.count - a.count ||
        a.item.kind.localeCompare(b.item.kind) ||
        a.item.id.localeCompare(b.item.id),
    )
    .filter(({ item }) => {
      const count = taken.get(item.kind) ?? 0;
      taken.set(item.kind, count + 1);
      return count < limitPerKind;
    });
}

/** Groups names by initial letter for jump links: accents folded, digits and symbols under "#". */
export function initialOf(name: string): string {
  const letter = foldAccents(name).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(letter) ? letter : /\p{L}/u.test(letter) ? letter : '#';
}

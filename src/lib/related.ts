/**
 * Related stories: for each article, the others sharing the most people, places and
 * organizations with it, ties broken by nearness in time. Computed for the whole archive
 * through an inverted index (entity → articles in time order), never pair by pair; from
 * each entity's list only the `window` articles nearest in time are candidates, so the
 * cost stays linear even for an entity most articles name, and those neighbours are the
 * ones the tie-break would prefer anyway (figures: docs/performance.md).
 */

export interface RelatedInput {
  /** `YYYY-MM-DD` */
  date: string;
  /** Keys of the entities the article names, e.g. `people/li-qiang`; each once. */
  entities: readonly string[];
}

export interface RelatedOptions {
  /** Related stories per article. */
  limit?: number;
  /** Candidates taken from each entity's list on either side of the article. */
  window?: number;
}

export const RELATED_LIMIT = 5;
export const RELATED_WINDOW = 100;

const MS_PER_DAY = 86_400_000;

function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/**
 * For each input, the indices of its related inputs, best first: most shared
 * entities, then nearest in time, then the newer, then the earlier index.
 */
export function rankRelated(
  items: readonly RelatedInput[],
  options: RelatedOptions = {},
): number[][] {
  const limit = options.limit ?? RELATED_LIMIT;
  const window = options.window ?? RELATED_WINDOW;
  const days = items.map((item) => dayNumber(item.date));
  const timeOrder = items.map((_, index) => index).sort((a, b) => days[a]! - days[b]! || a - b);

  // The inverted index: entity → articles naming it, oldest first, and where
  // each article sits in each of its entities' lists.
  const entityIds = new Map<string, number>();
  const postings: number[][] = [];
  const mentions: { entity: number; position: number }[][] = items.map(() => []);
  for (const index of timeOrder) {
    for (const key of items[index]!.entities) {
      let entity = entityIds.get(key);
      if (entity === undefined) {
        entity = postings.length;
        entityIds.set(key, entity);
        postings.push([]);
      }
      const list = postings[entity]!;
      mentions[index]!.push({ entity, position: list.length });
      list.push(index);
    }
  }

  // Shared-entity counts, reused for every article and reset through `touched`.
  const shared = new Uint32Array(items.length);
  const touched: number[] = [];
  const better = (a: number, b: number, day: number): boolean => {
    if (shared[a] !== shared[b]) return shared[a]! > shared[b]!;
    const distanceA = Math.abs(days[a]! - day);
    const distanceB = Math.abs(days[b]! - day);
    if (distanceA !== distanceB) return distanceA < distanceB;
    if (days[a] !== days[b]) return days[a]! > days[b]!;
    return a < b;
  };

  return items.map((_, index) => {
    for (const { entity, position } of mentions[index]!) {
      const list = postings[entity]!;
      const end = Math.min(list.length, position + window + 1);
      for (let at = Math.max(0, position - window); at < end; at++) {
        const other = list[at]!;
        if (other === index) continue;
        if (shared[other] === 0) touched.push(other);
        shared[other] = shared[other]! + 1;
      }
    }
    // Keep the best `limit` candidates in order: insertion into a short list.
    const best: number[] = [];
    const day = days[index]!;
    for (const candidate of touched) {
      let at = best.length;
      while (at > 0 && better(candidate, best[at - 1]!, day)) at--;
      if (at < limit) {
        best.splice(at, 0, candidate);
        if (best.length > limit) best.pop();
      }
    }
    for (const other of touched) shared[other] = 0;
    touched.length = 0;
    return best;
  });
}

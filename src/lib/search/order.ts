/**
 * Search results in the order the reader chose, across language indexes.
 *
 * Pagefind sorts each language index by date on its own, then interleaves the
 * indexes by score, which is not date order once there are two. Each index's
 * own list is in order, so merging the lists by the date at the head of each
 * restores it, reading only the dates of the results it hands out plus one
 * waiting head per index: never the whole list.
 */
export type ResultOrder = 'relevance' | 'newest' | 'oldest';

export interface OrderedResults<T> {
  readonly total: number;
  /** The next `count` results (fewer at the end). Call again only after the last call settled. */
  take(count: number): Promise<T[]>;
}

export function orderResults<T>(
  results: readonly T[],
  order: ResultOrder,
  indexOf: (result: T) => string,
  dateOf: (result: T) => Promise<string>,
): OrderedResults<T> {
  const runs = new Map<string, T[]>();
  if (order !== 'relevance') {
    for (const result of results) {
      const key = indexOf(result);
      const run = runs.get(key);
      if (run) run.push(result);
      else runs.set(key, [result]);
    }
  }
  if (runs.size <= 1) {
    let next = 0;
    return {
      total: results.length,
      take: async (count) => results.slice(next, (next += count)),
    };
  }

  const lists = [...runs.values()];
  const positions = lists.map(() => 0);
  const dates = new Map<T, Promise<string>>();
  const cachedDate = (result: T) => {
    let date = dates.get(result);
    if (!date) dates.set(result, (date = dateOf(result)));
    return date;
  };
  const before =
    order === 'newest' ? (a: string, b: string) => a > b : (a: string, b: string) => a < b;

  return {
    total: results.length,
    async take(count) {
      const taken: T[] = [];
      while (taken.length < count) {
        const heads = lists.map((list, i) => list[positions[i] ?? 0]);
        const headDates = await Promise.all(
          heads.map((head) => (head === undefined ? undefined : cachedDate(head))),
        );
        let best = -1;
        headDates.forEach((date, i) => {
          if (date !== undefined && (best < 0 || before(date, headDates[best]!))) best = i;
        });
        if (best < 0) break;
        taken.push(heads[best]!);
        positions[best] = (positions[best] ?? 0) + 1;
      }
      return taken;
    },
  };
}

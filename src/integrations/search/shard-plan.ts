/**
 * Which article pages go into which search shard (src/lib/search/index-shards.ts).
 * A shard is a year; a year with more than `maxPages` pages is cut into runs of
 * whole months, filled from January on, so new stories (at the end of the
 * archive) change only the last shard. A month is never cut: one larger than
 * `maxPages` is a shard of its own.
 */

/**
 * Pages per shard at most (unless one month has more). Pagefind holds about
 * 155 KB per page while it indexes (docs/performance.md): 5,000 pages keep one
 * run under about 0.8 GB, whatever the archive's size.
 */
export const MAX_PAGES_PER_SHARD = 5000;

export interface PlannedShard {
  id: string;
  /** First and last month, `YYYY-MM`. */
  from: string;
  to: string;
  /** Pagefind's glob for exactly these pages (relative to the site folder). */
  glob: string;
  /** The pages, sorted, relative to the site folder with `/`. */
  files: string[];
}

const ARTICLE_PAGE = /^(\d{4})\/(\d{2})\/\d{2}\/[^/]+\/index\.html$/;
const DAY_AND_PAGE = '[0-9][0-9]/*/index.html';

/** The shards of these article pages (`YYYY/MM/DD/<slug>/index.html`), newest first. */
export function planShards(
  files: readonly string[],
  maxPages: number = MAX_PAGES_PER_SHARD,
): PlannedShard[] {
  if (!(Number.isInteger(maxPages) && maxPages > 0))
    throw new Error(`Pages per search shard must be a positive whole number, not ${maxPages}.`);
  const months = new Map<string, Map<string, string[]>>();
  for (const file of files) {
    const match = ARTICLE_PAGE.exec(file);
    if (!match) throw new Error(`Not an article page, cannot place it in a search shard: ${file}`);
    const [, year = '', month = ''] = match;
    const ofYear = months.get(year) ?? new Map<string, string[]>();
    months.set(year, ofYear);
    const ofMonth = ofYear.get(month) ?? [];
    ofYear.set(month, ofMonth);
    ofMonth.push(file);
  }

  const shards: PlannedShard[] = [];
  for (const year of [...months.keys()].sort()) {
    const ofYear = months.get(year)!;
    const monthsOfYear = [...ofYear.keys()].sort();
    const runs: string[][] = [];
    let run: string[] = [];
    let pages = 0;
    for (const month of monthsOfYear) {
      const count = ofYear.get(month)!.length;
      if (run.length > 0 && pages + count > maxPages) {
        runs.push(run);
        run = [];
        pages = 0;
      }
      run.push(month);
      pages += count;
    }
    runs.push(run);
    const whole = runs.length === 1;
    for (const run of runs) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      shards.push({
        id: whole ? year : `${year}-${first}`,
        from: `${year}-${whole ? '01' : first}`,
        to: `${year}-${whole ? '12' : last}`,
        glob: whole
          ? `${year}/[0-9][0-9]/${DAY_AND_PAGE}`
          : run.length === 1
            ? `${year}/${first}/${DAY_AND_PAGE}`
            : `${year}/{${run.join(',')}}/${DAY_AND_PAGE}`,
        files: run.flatMap((month) => ofYear.get(month)!).sort(),
      });
    }
  }
  return shards.reverse();
}

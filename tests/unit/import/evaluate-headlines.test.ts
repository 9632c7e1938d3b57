/**
 * The importer over the raw headline set (tests/fixtures/import/raw-headlines/):
 * 83 raw articles written for issue 14 plus the seed; 22 were held out while the
 * rules were first tuned (two batches), 24 more (held-out-3) were written and judged
 * blind by another session, then informed round 2 (see judged.json). Floors for what a machine can check; the hand verdicts
 * in judged.json are checked to still describe the current output.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  evaluateHeadlines,
  SUMMARY_LIMIT,
  type HeadlineRow,
} from '../../../src/import/evaluate-headlines';
import { isPrintableTitle } from '../../../src/import/structure/title-summary';

const SET = fileURLToPath(new URL('../../fixtures/import/raw-headlines/', import.meta.url));

interface Judgement {
  file: string;
  headline: string;
  summary: string;
  headlineVerdict: string;
  summaryVerdict: string;
  judge: string;
}
const judged = (
  JSON.parse(readFileSync(`${SET}judged.json`, 'utf8')) as { judgements: Judgement[] }
).judgements;

function share(rows: HeadlineRow[], test: (row: HeadlineRow) => boolean): number {
  return rows.filter(test).length / rows.length;
}

describe('raw articles without a headline', () => {
  let tuned: HeadlineRow[];
  let heldOut: HeadlineRow[];
  let third: HeadlineRow[];
  beforeAll(async () => {
    const rows = await evaluateHeadlines(SET, [
      'dev',
      'seed',
      'held-out',
      'held-out-2',
      'held-out-3',
    ]);
    tuned = rows.filter((row) => !row.file.startsWith('held-out'));
    third = rows.filter((row) => row.file.startsWith('held-out-3/'));
    heldOut = rows.filter(
      (row) => row.file.startsWith('held-out') && !row.file.startsWith('held-out-3/'),
    );
  }, 120_000);

  it('imports every article of the set', () => {
    expect(tuned).toHaveLength(38);
    expect(heldOut).toHaveLength(22);
    expect(third).toHaveLength(24);
  });

  it('recognises the datelines: place, agency and date', () => {
    expect(share(tuned, (row) => row.datelineCorrect)).toBe(1);
    expect(share(heldOut, (row) => row.datelineCorrect)).toBeGreaterThanOrEqual(0.9);
    expect(share(third, (row) => row.datelineCorrect)).toBe(1);
  });

  it('never makes a title that is a dateline, ends in an ellipsis or runs over 80 characters', () => {
    for (const row of [...tuned, ...heldOut, ...third]) {
      expect(isPrintableTitle(row.title), `${row.file}: ${row.title}`).toBe(true);
      expect(row.title).not.toMatch(/…|\.\.\.$/);
      expect(row.title.length).toBeLessThanOrEqual(80);
      if (row.dateline)
        expect(row.title.toLowerCase().startsWith(`${row.dateline.place.toLowerCase()},`)).toBe(
          false,
        );
    }
  });

  it('makes summaries of whole sentences, without the dateline, of about 200 characters', () => {
    const all = [...tuned, ...heldOut, ...third];
    for (const row of all) {
      // A lead sentence nothing can shorten is kept whole: over 220 characters is the one problem allowed, and rarely.
      expect(
        row.problems.filter((problem) => !/^summary: \d+ characters$/.test(problem)),
        row.file,
      ).toEqual([]);
    }
    // "About 200" read as at most 220 (SUMMARY_LIMIT): 83 of 84 are within it; most are within 200.
    expect(share(all, (row) => row.summary.length <= SUMMARY_LIMIT)).toBeGreaterThanOrEqual(
      83 / 84,
    );
    expect(share(all, (row) => row.summary.length <= 200)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the hand verdicts current, and at least 90% of judged headlines and summaries acceptable', () => {
    const rows = new Map([...tuned, ...heldOut, ...third].map((row) => [row.file, row]));
    const covered = judged.filter((j) => rows.has(j.file));
    const current = covered.filter(
      (j) => rows.get(j.file)?.title === j.headline && rows.get(j.file)?.summary === j.summary,
    );
    // A rule change that alters output must come with a re-judged list (npm run eval:headlines).
    expect(current.length / covered.length).toBeGreaterThanOrEqual(0.9);
    // held-out-3 was judged blind by an independent session; its re-judged entries by the round-2 session (see judged.json).
    expect(
      covered.every(
        (j) =>
          j.judge.startsWith('helper session for issue 14') ||
          j.judge.startsWith('independent helper session'),
      ),
    ).toBe(true);
    expect(
      current.filter((j) => j.headlineVerdict === 'acceptable').length / current.length,
    ).toBeGreaterThanOrEqual(0.9);
    expect(
      current.filter((j) => j.summaryVerdict === 'acceptable').length / current.length,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('holds held-out-3 at what the summaries round reached: 24/24 headlines, 24/24 summaries acceptable', () => {
    const verdicts = judged.filter((j) => j.file.startsWith('held-out-3/'));
    const rows = new Map(third.map((row) => [row.file, row]));
    const current = verdicts.filter(
      (j) => rows.get(j.file)?.title === j.headline && rows.get(j.file)?.summary === j.summary,
    );
    expect(current).toHaveLength(24);
    expect(current.filter((j) => j.headlineVerdict === 'acceptable').length).toBeGreaterThanOrEqual(
      24,
    );
    expect(current.filter((j) => j.summaryVerdict === 'acceptable').length).toBeGreaterThanOrEqual(
      24,
    );
  });
});

// The two batches judged blind after round 3: held-out-4 (tuned on in round 4, re-judged by that
// session) and held-out-5 (both of its runs judged by independent sessions; its summaries then tuned
// on and re-judged by the issue-14 summaries session, so no longer unseen for summaries; its headlines
// then tuned on in round 5, branch h14-leads, and self-judged). Their floors are what they reach now,
// held-out-4 still below the 90% the issue aims at: they guard against going back. held-out-6 was
// written blind after round 4 and judged blind twice, before and after round 5, which never saw it
// (8/30 then 12/30 headlines), then tuned on in round 6 (branch h14-round6) and self-judged
// (21/30 headlines, 25/30 summaries). Round 7 (branch h14-round7) tuned on all three and self-judged
// what changed: the floors are what they reach now. held-out-7 was written blind after round 6 and
// judged blind on its first run (14/30 headlines, 20/30 summaries) and after round 7, which never
// saw it (16/30 and 20/30; 21/30 summaries once q13's misattribution was fixed and self-judged);
// round 8 (branch h14-round8) tuned on it and self-judged: 21/30 headlines, 29/30 summaries;
// round 9 (branch h14-round9, the story's place in a headline naming none) self-judged 23/30.
// held-out-8 was written blind after round 8 and judged blind on its first run: 11/30 headlines,
// 17/30 summaries; round 10 (branch h14-round10) tuned on it and self-judged 22/30 headlines.
describe('the blind batches held-out-4 to held-out-8', () => {
  const FLOORS = {
    'held-out-4': { articles: 40, headlines: 36, summaries: 38 },
    'held-out-5': { articles: 30, headlines: 29, summaries: 30 },
    'held-out-6': { articles: 30, headlines: 23, summaries: 28 },
    'held-out-7': { articles: 30, headlines: 23, summaries: 29 },
    'held-out-8': { articles: 30, headlines: 22, summaries: 17 },
  } as const;
  let rows: HeadlineRow[];
  beforeAll(async () => {
    rows = await evaluateHeadlines(SET, Object.keys(FLOORS));
  }, 120_000);

  it.each(Object.entries(FLOORS))(
    '%s: every dateline read, printable titles, verdicts current and at their floors',
    (batch, floor) => {
      const batchRows = rows.filter((row) => row.file.startsWith(`${batch}/`));
      expect(batchRows).toHaveLength(floor.articles);
      for (const row of batchRows) {
        expect(row.datelineCorrect, row.file).toBe(true);
        expect(isPrintableTitle(row.title), `${row.file}: ${row.title}`).toBe(true);
        expect(row.title.length).toBeLessThanOrEqual(80);
      }
      const byFile = new Map(batchRows.map((row) => [row.file, row]));
      const verdicts = judged.filter((j) => j.file.startsWith(`${batch}/`));
      const current = verdicts.filter(
        (j) =>
          byFile.get(j.file)?.title === j.headline && byFile.get(j.file)?.summary === j.summary,
      );
      // A rule change that alters this output must come with a re-judged entry.
      expect(current).toHaveLength(floor.articles);
      const acceptable = (field: 'headlineVerdict' | 'summaryVerdict') =>
        current.filter((j) => j[field] === 'acceptable').length;
      expect(acceptable('headlineVerdict')).toBeGreaterThanOrEqual(floor.headlines);
      expect(acceptable('summaryVerdict')).toBeGreaterThanOrEqual(floor.summaries);
    },
  );
});

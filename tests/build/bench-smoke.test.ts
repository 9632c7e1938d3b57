/**
 * The benchmark runs end to end on a small archive: a smoke test, not a timing.
 * (The figures for 1,000 / 10,000 / 100,000 articles are in docs/performance.md.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/builds';

it('benchmarks a 1,000-article archive built from the corpus', { timeout: 900_000 }, () => {
  const work = mkdtempSync(path.join(tmpdir(), 'bench-smoke-'));
  const report = path.join(work, 'report.json');
  try {
    const result = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/bench.ts',
        '--articles',
        '1000',
        '--out',
        report,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    expect(result.status, result.stderr.slice(-3000)).toBe(0);
    const figures = JSON.parse(readFileSync(report, 'utf8'));
    expect(figures.articles).toBe(1000);
    expect(figures.cold.exitCode).toBe(0);
    expect(figures.cold.pages).toBeGreaterThanOrEqual(1000);
    expect(figures.cold.contentSyncS).toBeGreaterThan(0);
    expect(figures.cold.peakMemoryMB).toBeGreaterThan(0);
    expect(figures.warm.exitCode).toBe(0);
    expect(figures.pagefind.files).toBeGreaterThan(0);
    // The first searches ran in Chromium on a sharded index (1,000 articles name
    // more than 500 people): the query found stories, and ticking a facet narrowed them.
    expect(figures.firstSearch.map((search: { sort: string }) => search.sort)).toContain('newest');
    for (const search of figures.firstSearch) {
      expect(search.results.afterQuery).toMatch(/^\d+ stor(y|ies) (from \d{4} on )?for/);
      expect(search.filterAppliedBy).toBe('checkbox');
      expect(search.results.afterFilter).toMatch(
        /^\d+ stor(y|ies) (from \d{4} on )?for .*, filtered by /,
      );
    }
    expect(result.stdout).toContain('cold build, wall');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

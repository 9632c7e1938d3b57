/**
 * The CI totals line (scripts/test-totals.mjs) counts what did not run as failed.
 * The sample reports in tests/fixtures/test-totals/ have the shape Vitest 5's JSON
 * reporter writes for each case (checked against real runs, trimmed by hand).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countTests, totalsLine } from '../../../scripts/test-totals.mjs';
import { FIXTURES, ROOT } from '../../helpers/builds';

const sample = (name: string) => path.join(FIXTURES, 'test-totals', name);
const totalsOf = (name: string, exitStatus = 1) =>
  countTests(JSON.parse(readFileSync(sample(name), 'utf8')), exitStatus);

describe('test totals', () => {
  it('counts the tests under a failed beforeAll as failed, not skipped', () => {
    const totals = totalsOf('failed-set-up.json');
    expect(totalsLine(totals)).toBe('1 passed, 2 failed, 1 skipped');
    expect(totals.notRun).toEqual(['/repo/tests/e2e/search.test.ts: 2 test(s) did not run']);
  });

  it('counts a file that failed to load as a failure, with its message', () => {
    const totals = totalsOf('unloadable-file.json');
    expect(totalsLine(totals)).toBe('1 passed, 1 failed');
    expect(totals.notRun[0]).toMatch(
      /^\/repo\/tests\/e2e\/csp\.test\.ts: no test ran \(Chromium at .* does not start/,
    );
  });

  it('keeps a skip on purpose in a passing or skipped file a skip', () => {
    expect(totalsLine(totalsOf('failing-test.json'))).toBe('1 passed, 1 failed, 1 skipped');
  });

  it('counts a file that failed after its tests passed (an afterAll) as one failure', () => {
    expect(totalsLine(totalsOf('failed-after-all.json'))).toBe('1 passed, 1 failed');
  });

  it('counts a run that failed before any test, with no report, as one failure', () => {
    expect(totalsLine(countTests({}, 2))).toBe('0 passed, 1 failed');
    expect(totalsLine(countTests({}, 0))).toBe('0 passed, 0 failed');
  });

  it('prints the line CI reads as its last line', () => {
    const result = spawnSync(
      process.execPath,
      ['scripts/test-totals.mjs', sample('failed-set-up.json'), '1'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      'counted as failed: /repo/tests/e2e/search.test.ts: 2 test(s) did not run',
      '1 passed, 2 failed, 1 skipped',
    ]);
  });
});

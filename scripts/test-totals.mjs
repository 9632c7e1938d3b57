// Prints "N passed, N failed" from Vitest's JSON report: the closing line CI reads.
//
// Vitest's own counts are not enough. When a beforeAll fails, it reports the tests under it as
// skipped, and a file that fails to load (a throwing import, a missing module) has no tests at
// all, so "1 failed, 40 skipped" can hide a whole file that never ran. Here a test file Vitest
// marks failed counts its skipped tests as failed (the report cannot tell them from a skip on
// purpose, so in a failing file those count too), and a failed file with no failed test counts as
// one failure. A run that failed before any test (e.g. type errors in `astro check`) counts as one.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const NOT_RUN = new Set(['skipped', 'pending', 'todo', 'disabled']);

/**
 * Totals of a Vitest JSON report (testResults[] with status, message and assertionResults[]).
 * @param {{ testResults?: { name?: string, status?: string, message?: string, assertionResults?: { status?: string }[] }[] }} report
 * @param {number} exitStatus the test command's exit status
 * @returns {{ passed: number, failed: number, skipped: number, notRun: string[] }}
 *   notRun names the failed files whose tests did not run, with Vitest's message
 */
export function countTests(report, exitStatus) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const notRun = [];
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    const fileFailed = file.status === 'failed';
    let unrun = 0;
    let failedHere = 0;
    for (const test of tests) {
      if (test.status === 'passed') passed++;
      else if (test.status === 'failed') failedHere++;
      else if (NOT_RUN.has(test.status ?? '') && fileFailed) unrun++;
      else skipped++;
    }
    failed += failedHere + unrun;
    if (fileFailed && failedHere + unrun === 0) failed++; // no test ran, or an afterAll failed
    if (fileFailed && (unrun > 0 || tests.length === 0)) {
      const what = tests.length === 0 ? 'no test ran' : `${unrun} test(s) did not run`;
      notRun.push(
        `${file.name ?? 'a test file'}: ${what}${file.message ? ` (${file.message.split('\n')[0]})` : ''}`,
      );
    }
  }
  if (exitStatus !== 0 && failed === 0) failed = 1;
  return { passed, failed, skipped, notRun };
}

/** The closing line: "N passed, N failed", and how many were skipped on purpose, if any. */
export function totalsLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [reportPath = 'test-results/vitest.json', exitStatus = '0'] = process.argv.slice(2);
  const report = existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : {};
  const totals = countTests(report, Number(exitStatus));
  for (const line of totals.notRun) console.log(`counted as failed: ${line}`);
  console.log(totalsLine(totals));
}

// Prints "N passed, N failed" from Vitest's JSON report: the closing line CI reads.
// A run that failed before any test (e.g. type errors in `astro check`) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath = 'test-results/vitest.json', exitStatus = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
if (Number(exitStatus) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

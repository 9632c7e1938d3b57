/**
 * Whether the end-to-end tests can use Chromium, as tests/helpers/browser-check.ts
 * found by launching it once before the tests.
 *
 * Without a working browser the tests are skipped, loudly; under CI (CI=true) a
 * missing browser, or one that will not start, is a failure, so a green CI run
 * always includes the browser tests.
 */
import { inject } from 'vitest';

export { CHROMIUM_PATH, launchBrowser } from './chromium';

const problem = inject('browserProblem');

export const hasBrowser = problem === null;

if (!hasBrowser) {
  const message = `${problem ?? 'The browser check (tests/helpers/browser-check.ts) did not run.'} Browser tests cannot run. Install Chromium (apt-get install chromium) or set CHROMIUM_PATH.`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n!!! SKIPPING END-TO-END TESTS — ${message}\n`);
}

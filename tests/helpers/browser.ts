/**
 * Headless Chromium for end-to-end tests: Debian's `/usr/bin/chromium` (or
 * CHROMIUM_PATH) driven by playwright-core. No test tool downloads a browser.
 *
 * Without a browser the tests are skipped, loudly; under CI a missing
 * browser is a failure, so a green CI run always includes the browser tests.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const hasBrowser = existsSync(CHROMIUM_PATH);

if (!hasBrowser) {
  const message = `No Chromium at ${CHROMIUM_PATH}: browser tests cannot run. Install it (apt-get install chromium) or set CHROMIUM_PATH.`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n!!! SKIPPING END-TO-END TESTS — ${message}\n`);
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A fresh browser; Playwright gives it a new, empty profile of its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}

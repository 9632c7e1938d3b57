/**
 * Headless Chromium: Debian's `/usr/bin/chromium` (or CHROMIUM_PATH) driven by
 * playwright-core. No test tool downloads a browser. Used by the end-to-end
 * tests (through ./browser.ts) and by the benchmark's first-search measurement.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

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

/**
 * Why the browser cannot run the tests, or null when it starts: a Chromium that is
 * installed but crashes at launch (missing libraries, no /dev/shm) counts as missing.
 */
export async function browserProblem(): Promise<string | null> {
  if (!existsSync(CHROMIUM_PATH)) return `No Chromium at ${CHROMIUM_PATH}.`;
  try {
    const browser = await launchBrowser();
    await browser.close();
    return null;
  } catch (error) {
    return `Chromium at ${CHROMIUM_PATH} does not start: ${(error as Error).message.split('\n')[0]}`;
  }
}

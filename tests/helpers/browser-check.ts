/**
 * Global set-up of the end-to-end tests: launches Chromium once and tells every
 * test file whether it started (./browser.ts reads the answer).
 */
import type { TestProject } from 'vitest/node';
import { browserProblem } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why Chromium cannot run the browser tests, or null when it started. */
    browserProblem: string | null;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('browserProblem', await browserProblem());
}

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The JSON report feeds the "N passed, N failed" line that CI reads (scripts/test-totals.mjs).
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          // Some files run astro builds of their own (reproducible, registry change, bench
          // smoke); two at once in one project break each other's prerender chunks.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Then Chromium is launched once: one that will not start skips, or under CI fails, every file.
          globalSetup: ['tests/helpers/global-setup.ts', 'tests/helpers/browser-check.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          // One browser at a time: this machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});

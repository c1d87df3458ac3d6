import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build-output and browser tests read dist/, which `npm test` builds first.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Chromium is heavy on a 2-core machine: browser test files run one at a time.
    fileParallelism: true,
    maxWorkers: 2,
  },
});

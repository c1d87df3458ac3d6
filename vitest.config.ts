import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build-output and browser tests read dist/, which `npm test` builds first.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two files at a time: the machine has two cores and each browser file starts its own Chromium.
    maxWorkers: 2,
    // The JSON report lets CI print a plain "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});

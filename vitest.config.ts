import { defineConfig } from 'vitest/config';

// Four projects: `unit` needs no build; `build` reads the built site in
// dist/ and `browser` drives Chromium over it (`npm test` builds once, first);
// `repro` builds the site again under other time zones and a base path
// (`npm run test:repro`).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two files at a time: the machine has two cores and each browser file starts its own Chromium.
    maxWorkers: 2,
    // The JSON report lets CI print a plain "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/schema/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      { extends: true, test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'] } },
      { extends: true, test: { name: 'repro', include: ['tests/repro/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 600_000 } },
    ],
  },
});

import { defineConfig } from 'vitest/config';

// `npm run test:pipelines` (.ci/run calls it after `npm test`): the pipelines' own jobs and steps,
// run for real. Each file installs and builds the site several times, so they run one at a time.
export default defineConfig({
  test: {
    include: ['tests/pipelines/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/pipelines.json' },
  },
});

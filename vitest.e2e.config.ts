import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: Debian's Chromium with the built extension (.output/chrome-mv3), driven by
 * puppeteer-core against the fixture pages on a local server. Build first: `npx wxt build`.
 * One file at a time, one browser per file.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    // A real browser on a loaded 2-core machine: one retry of a failed test, never of a file's setup.
    retry: 1,
  },
});

import { defineConfig } from 'vitest/config';

/**
 * Browser tests: one server (started by the global setup) and one test file at a time, each
 * driving Debian's Chromium through playwright-core.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

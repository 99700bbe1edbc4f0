import { defineConfig } from 'vitest/config';

/** `npm run test:e2e`: the built site, served under /policy-reader/, driven in the system Chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // One browser at a time: the machine has two cores, shared.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});

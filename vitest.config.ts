import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs two projects: `unit` (pipeline, shared rules and site helpers, tests beside their
 * modules, no site build) and `site` (tests/, sharing one real build of the site made by its setup).
 * `npm run test:unit` runs the first alone, in under a minute.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'pipeline/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts'],
          // Worker threads start and load modules faster than forked processes; no unit test changes
          // the working directory, which a thread cannot.
          pool: 'threads',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          // One real build of the site (under /policy-reader/) shared by every site test.
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 20_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';
import os from 'node:os';
import path from 'node:path';

// Plugins that keep files where the environment says (documents' default storage) keep them outside
// the repository during tests.
const testDataDir = path.join(os.tmpdir(), 'portico-test-data');

// Every server test runs twice: on embedded PGlite and on the machine's PostgreSQL. Each project's
// global setup migrates one template database; test files clone it.
const shared = {
  include: ['server/test/**/*.test.ts', 'plugins/*/test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
  // Widget tests run in Chromium under @web/test-runner, not here.
  exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  resolve: { conditions: ['portico-source', 'node', 'default'] },
  ssr: { resolve: { conditions: ['portico-source', 'node', 'default'], externalConditions: ['portico-source'] } },
  test: {
    projects: [
      // `*.postgres.test.ts` need a database server the test can cut off (see server/test/resilience).
      { extends: true, test: { ...shared, exclude: [...shared.exclude, '**/*.postgres.test.ts'], name: 'pglite', globalSetup: ['test/global-setup.ts'], env: { PORTICO_TEST_DB: 'pglite', PORTICO_DATA_DIR: testDataDir } } },
      // `*.pglite.test.ts` test what does not depend on the database (fuzzing input handling).
      { extends: true, test: { ...shared, exclude: [...shared.exclude, '**/*.pglite.test.ts'], name: 'postgres', globalSetup: ['test/global-setup.ts'], env: { PORTICO_TEST_DB: 'postgres', PORTICO_DATA_DIR: testDataDir } } },
    ],
  },
});

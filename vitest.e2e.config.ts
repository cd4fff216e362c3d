import { defineConfig } from 'vitest/config';

// End-to-end tests: real servers on 127.0.0.1 and the system's Chromium through playwright
// (`npm run test:e2e`). Apart from the unit and route suites: they need the widgets built, and they
// run one file at a time, as each starts a whole Portico and a browser.
export default defineConfig({
  resolve: { conditions: ['portico-source', 'node', 'default'] },
  ssr: { resolve: { conditions: ['portico-source', 'node', 'default'], externalConditions: ['portico-source'] } },
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

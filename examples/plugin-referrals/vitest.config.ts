import { defineConfig } from 'vitest/config';

// Self-contained: the @portico packages resolve to their published (built) files, as in any project
// that installed them. Each test file gets a server on a database of its own, cloned from the
// template that test/global-setup.ts migrates once per run (PGlite by default; PORTICO_TEST_DB=postgres
// for the PostgreSQL at PORTICO_TEST_PG_URL).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    server: {
      deps: {
        // The tests run the plugin from its sources, so the server imports src/migrations/*.ts. Vitest
        // processes these two packages (rather than leave them to Node, which does not load `.ts` on
        // Node 20), so that the server's import() of a TypeScript migration is compiled.
        inline: ['@portico/server', '@portico/testing'],
      },
    },
  },
});

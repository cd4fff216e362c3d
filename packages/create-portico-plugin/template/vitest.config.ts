import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Migrates one template database (PGlite, or PostgreSQL with PORTICO_TEST_DB=postgres) that every test file starts from.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The server imports this plugin's migrations, which are TypeScript while it is tested from src/:
    // it goes through vitest (as does the test kit that starts it) rather than plain Node, which cannot load .ts.
    server: { deps: { inline: ['@portico/server', '@portico/testing'] } },
  },
});

// vitest's global setup (vitest.config.ts): migrates one template database with the plugins under test,
// which every test file's harness starts from (PGlite by default; PORTICO_TEST_DB=postgres for PostgreSQL).
import { accessPlugin } from '@portico/plugin-access';
import { migrateTemplate } from '@portico/testing';
import { __CAMEL__Plugin } from '../src/index.js';

export default migrateTemplate(() => [accessPlugin, __CAMEL__Plugin]);

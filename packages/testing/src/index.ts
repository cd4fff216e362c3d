/**
 * `@portico/testing`: test a plugin the way the built-in plugins are tested — a migrated server on
 * PGlite or PostgreSQL with the plugins you choose, tenants, partners and people of any role, real
 * signed-in sessions, the outgoing mail, scheduled tasks run at a moment you choose, and the
 * registry-driven contract suite (401, 403, 400 naming the field, another tenant's 404, audit) over
 * your plugin's own routes, plus the plugin-boundaries suite.
 */
export { startHarness, type ApiAnswer, type ApiCall, type Harness, type HarnessOptions, type QueuedMail, type TestTenant } from './harness.js';
export { createTestDatabase, migrateTemplate, testDbKind, adminQuery, databaseUrl, ADMIN_URL, type TestDatabase, type TemplateDatabase } from './database.js';
export { createTestActors, type TestActors } from './actors.js';
export { asSession, asTenant, sessionFor, signedInPerson, TEST_USER_AGENT, type PersonSpec, type SessionOptions, type TestPerson, type TestSession } from './sessions.js';
export { routeContractSuite } from './route-contract.js';
export {
  filesUnder,
  importsOf,
  importViolation,
  pluginBoundariesSuite,
  pluginBoundaryViolations,
  pluginFolder,
  stripComments,
  tablesCreatedIn,
  tablesOf,
  tablesUsedIn,
  type BoundaryViolations,
  type PluginFolder,
} from './boundaries.js';
export { linkAndCode, startMailCatcher, type CaughtMail, type MailCatcher } from './mail.js';

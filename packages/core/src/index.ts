/**
 * `@portico/core`: the plugin contract, safe to import in a browser (no Node module, no database
 * driver at runtime): route, plugin and event declarations and their types, the actor, problems,
 * roles and permission declarations, locales, the brand, list shapes, common schemas and TypeBox.
 * What needs Node or the database (`keysetPage`, tenant tables for migrations, Markdown rendering)
 * is in `@portico/core/server`.
 */
export * from './plugin.js';
export * from './actor.js';
export * from './same-origin.js';
export * from './errors.js';
export * from './permissions.js';
export * from './pagination.js';
export * from './schemas.js';
export * from './locale.js';
export * from './brand.js';
export * from './identity.js';
export * from './portal.js';
export * from './bundles.js';
export * from './extensions.js';
export * from './audit.js';
export * from './dashboard.js';
export * from './dashboard-schemas.js';
export * from './notifications.js';
export { Type, type Static, type TSchema, type TObject } from '@sinclair/typebox';

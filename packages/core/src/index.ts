export * from './plugin.js';
export * from './actor.js';
export * from './errors.js';
export * from './permissions.js';
export * from './pagination.js';
export * from './schemas.js';
export * from './rls.js';
export * from './models.js';
export { Type, type Static, type TSchema, type TObject } from '@sinclair/typebox';

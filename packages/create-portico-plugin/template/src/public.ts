/**
 * The plugin's public face (`__PACKAGE__/public`): what widgets, the SDK and other plugins may know of
 * it, all of it safe to import in a browser — the schemas of its API, its permission keys, its events
 * with their payload schemas, and its elements' tag names. It imports nothing but `@portico/core` and
 * these files, and has no side effects.
 */
export * from './schemas.js';
export { __CAMEL__Events, type __PASCAL__Events } from './events.js';
export { P as __CAMEL__Permissions } from './permissions.js';
export { __CAMEL__Elements } from './elements.js';

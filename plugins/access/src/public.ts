/**
 * The access plugin's public face: what widgets, the SDK and other plugins may know of it, and all of
 * it safe to import in a browser (a test bundles it for one) — the schemas of its API, its
 * permission keys, its events with their payload schemas and its elements' tag names. Anything
 * else is the plugin's own.
 */
export * from './schemas.js';
export { accessEvents, type AccessEvents } from './events.js';
export { P as accessPermissions } from './permissions.js';
export { accessElements } from './elements.js';
export { SIGNED_OUT_COOKIE, SIGNED_OUT_REASONS, type SignedOutReason } from './signed-out.js';

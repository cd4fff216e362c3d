/**
 * The referrals plugin's public face, `portico-plugin-referrals/public`: what widgets, the SDK and
 * other plugins may know of it, all of it safe to import in a browser (nothing here imports more than
 * `@portico/core` and the plugin's own non-widget files) — the schemas of its API, its permission
 * keys, its events with their payload schemas and its elements' tag names.
 */
export * from './schemas.js';
export { referralEvents, type ReferralEvents } from './events.js';
export { P as referralPermissions } from './permissions.js';
export { referralElements } from './elements.js';

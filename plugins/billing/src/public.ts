/**
 * The billing plugin's public face: what widgets, the SDK and other plugins may know of it, and all of
 * it safe to import in a browser (a test bundles it for one) — the schemas of its API, its permission
 * keys, its events with their payload schemas and its elements' tag names. Anything else is the
 * plugin's own.
 */
export * from './schemas.js';
export { BillingSettings } from './settings.js';
export { billingEvents, type BillingEvents } from './events.js';
export { P as billingPermissions } from './permissions.js';
export { billingElements } from './elements.js';

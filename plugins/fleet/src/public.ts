/**
 * The fleet plugin's public face: what widgets, the SDK and other plugins may know of it, and all of
 * it safe to import in a browser (a test bundles it for one) — the schemas of its API, its
 * permission keys, its events with their payload schemas, its elements' tag names and the name of
 * the client 360 page's slot. Anything else is the plugin's own.
 */
export * from './schemas.js';
export { fleetEvents, type FleetEvents } from './events.js';
export { P as fleetPermissions } from './permissions.js';
export { fleetElements, CLIENT_360_SLOT } from './elements.js';
export { DEFAULT_CAPABILITIES, capabilityLabel, type Capability } from './capabilities.js';
export { FleetSettings } from './settings.js';

/**
 * The webhooks plugin's public face: what widgets, the SDK and other plugins may know of it, all safe
 * to import in a browser — the schemas of its API, its permission keys, its events and its elements'
 * tag names. Anything else is the plugin's own.
 */
export * from './schemas.js';
export { WebhooksSettings } from './settings.js';
export { webhooksEvents, type WebhooksEvents } from './events.js';
export { P as webhooksPermissions } from './permissions.js';
export { webhooksElements } from './elements.js';

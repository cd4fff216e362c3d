/**
 * The notifications plugin's public face, safe to import in a browser: the schemas of its API, its
 * settings, permission keys and elements' tag names. What a plugin declares to notify people is in
 * the contract (`notificationKinds`, `defineNotification` in @portico/core).
 */
export * from './schemas.js';
export { NotificationSettings } from './settings.js';
export { P as notificationsPermissions } from './permissions.js';
export { notificationsElements } from './elements.js';

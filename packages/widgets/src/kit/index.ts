/**
 * The kit: what every plugin's elements need beyond the primitives — page styles, form helpers,
 * problem texts, an untyped client for plugin routes, and session checks.
 */
export { pageStyles } from './styles.js';
export { submitOnEnter, readField } from './forms.js';
export { problemTexts } from './problems.js';
export type { ProblemTexts } from './problems.js';
export { pluginApi } from './client.js';
export type { PluginApi, ListPage } from './client.js';
export { PARTNER_ROLES, STAFF_ROLES, isStaff } from './session.js';

/**
 * The kit: what every plugin's elements need beyond the primitives — page styles, form helpers,
 * problem texts and session checks. Plugin routes are called with the provider's typed SDK client.
 */
export { pageStyles } from './styles.js';
export { submitOnEnter, readField } from './forms.js';
export { problemTexts } from './problems.js';
export type { ProblemTexts } from './problems.js';
export { PARTNER_ROLES, STAFF_ROLES, isStaff } from './session.js';

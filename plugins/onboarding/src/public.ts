/**
 * The onboarding plugin's public face, safe to import in a browser: the schemas of its API, its
 * settings, permission keys, events and elements' tag names.
 */
export * from './schemas.js';
export { OnboardingSettings, DEFAULT_STEPS, DEFAULT_CHECKLISTS } from './settings.js';
export { onboardingEvents, type OnboardingEvents } from './events.js';
export { P as onboardingPermissions } from './permissions.js';
export { onboardingElements } from './elements.js';

/**
 * The tag names of the onboarding plugin's custom elements (each is defined with `@customElement('…')`
 * in src/widgets; a test checks the two agree).
 */
export const onboardingElements = {
  checklist: 'portico-onboarding',
  banner: 'portico-onboarding-banner',
  progress: 'portico-onboarding-progress',
  settings: 'portico-onboarding-settings',
} as const;

/**
 * The tag names of the notifications plugin's custom elements (each is defined with
 * `@customElement('…')` in src/widgets; a test checks the two agree).
 */
export const notificationsElements = {
  bell: 'portico-notification-bell',
  centre: 'portico-notifications',
  preferences: 'portico-notification-preferences',
  settings: 'portico-notification-settings',
} as const;

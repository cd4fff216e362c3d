/**
 * The tag names of the access plugin's custom elements, for pages and other plugins' widgets that
 * place them (each is defined with `@customElement('…')` in src/widgets; a test checks the two agree).
 */
export const accessElements = {
  accessGroups: 'portico-access-groups',
  apiKeys: 'portico-api-keys',
  auditLog: 'portico-audit-log',
  brandSettings: 'portico-brand-settings',
  embedOrigins: 'portico-embed-origins',
  mfaSettings: 'portico-mfa-settings',
  partnerGroups: 'portico-partner-groups',
  partnerPermissions: 'portico-partner-permissions',
  partners: 'portico-partners',
  people: 'portico-people',
  permissionsMatrix: 'portico-permissions-matrix',
  profile: 'portico-profile',
  signIn: 'portico-sign-in',
} as const;

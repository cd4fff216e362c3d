/**
 * The tag names of the fleet plugin's custom elements, for pages and other plugins' widgets that
 * place them (each is defined with `@customElement('…')` in src/widgets; a test checks the two agree).
 */
export const fleetElements = {
  clientList: 'portico-client-list',
  client360: 'portico-client-360',
  clientInvitations: 'portico-client-invitations',
  mandateEditor: 'portico-mandate-editor',
  mandateProposals: 'portico-mandate-proposals',
} as const;

/**
 * The slot the client 360 page renders for other plugins' sections (deadlines, inbox items, alerts):
 * each element placed there (`defineWidgets({ slots: { 'fleet.client-360.sections': [...] } })`)
 * receives the property `clientId`.
 */
export const CLIENT_360_SLOT = 'fleet.client-360.sections';

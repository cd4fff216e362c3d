/**
 * The tag names of the team plugin's custom elements, for pages and other plugins' widgets that
 * place them (each is defined with `@customElement('…')` in src/widgets; a test checks the two agree).
 */
export const teamElements = {
  memberClients: 'portico-member-clients',
  teamClients: 'portico-team-clients',
  teamEscalations: 'portico-team-escalations',
  teamInvitations: 'portico-team-invitations',
  teamRoster: 'portico-team-roster',
} as const;

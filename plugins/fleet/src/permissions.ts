import type { PermissionDeclaration } from '@portico/core';

/** The permission keys of the fleet plugin; routes and widgets name them through `P`. */
export const P = {
  /** The client list, each client's 360 page, its mandate and history, invitations: a partner's people their own organisation's; staff every partner's. */
  read: 'fleet.read',
  /** Register a client company (a partner's people when the tenant allows it; staff for a named partner), and change one. */
  clientsRegister: 'fleet.clients.register',
  /** Invite a client company's contact, and resend or revoke one's own invitations. */
  invitationsSend: 'fleet.invitations.send',
  /** Resend or revoke anyone's invitations (a partner's people: their organisation's; staff: every partner's). */
  invitationsManage: 'fleet.invitations.manage',
  /** Change a mandate: reductions and ending apply at once; extensions are proposed for approval. */
  mandatesPropose: 'fleet.mandates.propose',
  /** Staff: approve or decline extension proposals, when the tenant's setting gives that to staff. */
  mandatesApprove: 'fleet.mandates.approve',
  /** The tenant's backend: push client companies and facts about them (the data feed). */
  feedWrite: 'fleet.feed.write',
  /** Staff: the fleet settings (capabilities, invitation lifetime, approvals, deep link). */
  settingsManage: 'fleet.settings.manage',
} as const;

export const permissions: Record<string, PermissionDeclaration> = {
  [P.read]: {
    description: 'See client companies, their 360 page, mandates and invitations (partner people: their organisation’s)',
    grantedTo: ['partner_admin', 'principal', 'salesperson', 'technical', 'partner_user', 'partner_manager', 'support'],
  },
  [P.clientsRegister]: { description: 'Register client companies (partners: when the programme allows it) and change them', grantedTo: ['partner_admin', 'principal', 'partner_manager'] },
  [P.invitationsSend]: { description: 'Invite a client company’s contact to give a mandate, and resend or revoke one’s own invitations', grantedTo: ['partner_admin', 'principal', 'salesperson'] },
  [P.invitationsManage]: { description: 'Resend or revoke anyone’s client invitations (partner people: their organisation’s)', grantedTo: ['partner_admin', 'principal', 'partner_manager'] },
  [P.mandatesPropose]: { description: 'Change mandates: reductions and ending apply at once, extensions need the client’s (or staff’s) approval', grantedTo: ['partner_admin', 'principal'] },
  [P.mandatesApprove]: { description: 'Approve or decline mandate extensions when the programme leaves that to its staff', grantedTo: ['partner_manager'] },
  [P.feedWrite]: { description: 'Push client companies and facts about them from the tenant’s own product (API keys only)', backend: true },
  [P.settingsManage]: { description: 'Change the fleet settings: mandate capabilities, invitation lifetime, who approves extensions, the deep link', administrative: true },
};

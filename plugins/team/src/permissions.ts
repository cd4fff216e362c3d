import type { PermissionDeclaration } from '@portico/core';
import { BUILT_IN_ROLES } from '@portico/core';

/** The permission keys of the team plugin. */
export const P = {
  /** The roster, one's own assigned clients and the escalation boundaries: everyone signed in. */
  read: 'team.read',
  /** Pending invitations, inviting, revoking, role changes, removal, every member's clients, assigning. */
  manage: 'team.manage',
  /** Registering and changing client companies (the programme's staff). */
  clientsManage: 'team.clients.manage',
  /** The team settings: the support contact partners are shown (the programme's staff). */
  settingsManage: 'team.settings.manage',
} as const;

export const permissions: Record<string, PermissionDeclaration> = {
  [P.read]: { description: 'See one’s organisation’s team, one’s own assigned clients and what only support can do', grantedTo: BUILT_IN_ROLES },
  [P.manage]: {
    description: 'Invite partner users, revoke invitations, change roles, remove members and assign clients (partner admins: in their organisation)',
    grantedTo: ['partner_admin', 'partner_manager'],
    administrative: true,
  },
  [P.clientsManage]: { description: 'Register and change partners’ client companies', grantedTo: ['partner_manager'], administrative: true },
  [P.settingsManage]: { description: 'Change the team settings: the support contact shown to partners', administrative: true },
};

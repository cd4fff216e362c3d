import type { PermissionDeclaration } from '@portico/core';
import { BUILT_IN_ROLES } from '@portico/core';

/** The permission keys of the access plugin. */
export const P = {
  /** Own session, profile and sessions list: everyone signed in. */
  self: 'access.self',
  /** MFA enrolment and challenge: everyone, also while a session waits for its second factor. */
  mfa: 'access.mfa',
  peopleRead: 'access.people.read',
  peopleManage: 'access.people.manage',
  groupsRead: 'access.groups.read',
  groupsManage: 'access.groups.manage',
  auditRead: 'access.audit.read',
  apiKeysManage: 'access.api-keys.manage',
  tenantManage: 'access.tenant.manage',
  embedMint: 'access.embed.mint',
  partnersRead: 'access.partners.read',
  partnersManage: 'access.partners.manage',
  /** A partner admin: their own organisation's access groups, and who in it holds which permission. */
  partnerGroupsManage: 'access.partner-groups.manage',
} as const;

export const permissions: Record<string, PermissionDeclaration> = {
  [P.self]: { description: 'See and edit one’s own profile and sessions', grantedTo: BUILT_IN_ROLES },
  [P.mfa]: { description: 'Set up and use two-factor authentication', grantedTo: BUILT_IN_ROLES },
  [P.peopleRead]: { description: 'See the people of the programme (partner admins: of their organisation)', grantedTo: ['partner_admin', 'partner_manager', 'support'] },
  [P.peopleManage]: { description: 'Invite, deactivate, reactivate and remove people', grantedTo: ['partner_admin', 'partner_manager'], administrative: true },
  [P.groupsRead]: { description: 'See access groups and who holds which permission', grantedTo: ['partner_manager', 'support'] },
  [P.groupsManage]: { description: 'Create, change and delete access groups and their members', administrative: true },
  [P.auditRead]: { description: 'Read and export the audit trail (partner admins: of their organisation)', grantedTo: ['partner_admin', 'partner_manager'] },
  [P.apiKeysManage]: { description: 'Create and revoke the tenant’s secret API keys', administrative: true },
  [P.tenantManage]: { description: 'Change the sign-in policy, the allowed embed origins and the brand', administrative: true },
  [P.partnersRead]: { description: 'See the partner organisations of the programme (staff only)', grantedTo: ['partner_manager', 'support'] },
  [P.partnersManage]: { description: 'Create partner organisations and change their name, tier, country and status (staff only)', grantedTo: ['partner_manager'], administrative: true },
  [P.partnerGroupsManage]: {
    description: 'Create and change one’s organisation’s access groups, and see who in it holds which permission (partner admins)',
    grantedTo: ['partner_admin'],
    administrative: true,
    partnerAct: true,
  },
  [P.embedMint]: { description: 'Mint embed tokens for people the tenant’s backend signed in (API keys)', administrative: true },
};

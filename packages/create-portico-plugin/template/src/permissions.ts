import { BUILT_IN_ROLES, type PermissionDeclaration } from '@portico/core';

/** The permission keys of the __PLUGIN_NAME__ plugin; routes and widgets name them through `P`. */
export const P = {
  /** See items: a partner's people see their organisation's, staff see every organisation's. */
  read: '__PLUGIN_ID__.read',
  /** Add items for one's organisation (partner people only). */
  write: '__PLUGIN_ID__.write',
  /** Staff: the tenant's __PLUGIN_NAME__ settings. */
  settingsManage: '__PLUGIN_ID__.settings.manage',
} as const;

export const permissions: Record<string, PermissionDeclaration> = {
  [P.read]: { description: 'See items (partner people: their organisation’s)', grantedTo: BUILT_IN_ROLES },
  [P.write]: { description: 'Add items for one’s organisation', grantedTo: ['partner_admin', 'principal', 'salesperson'] },
  [P.settingsManage]: { description: 'Change the __PLUGIN_NAME__ settings (the longest title)', grantedTo: ['tenant_admin'], administrative: true },
};

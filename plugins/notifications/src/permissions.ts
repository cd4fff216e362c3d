import { BUILT_IN_ROLES, type PermissionDeclaration } from '@portico/core';

/** The permission keys of the notifications plugin; routes and widgets name them through `P`. */
export const P = {
  /** One's own notifications and preferences. */
  use: 'notifications.use',
  /** Staff: the tenant's defaults and which notifications are mandatory. */
  manage: 'notifications.manage',
} as const;

export const permissions: Record<string, PermissionDeclaration> = {
  [P.use]: { description: 'Read one’s own notifications and choose how each kind reaches one', grantedTo: BUILT_IN_ROLES },
  [P.manage]: { description: 'Choose how each kind of notification reaches people by default, and which are mandatory (staff only)', administrative: true },
};

import { BUILT_IN_ROLES, type PermissionDeclaration } from '@portico/core';

/** The permission keys of the onboarding plugin; routes and widgets name them through `P`. */
export const P = {
  /** One's own checklist: see it, dismiss it, bring it back. */
  use: 'onboarding.use',
  /** Staff: completion across partners, and each partner's people. */
  read: 'onboarding.read',
  /** Staff: the steps and the checklist of each role. */
  manage: 'onboarding.manage',
} as const;

export const permissions: Record<string, PermissionDeclaration> = {
  [P.use]: { description: 'See one’s own onboarding checklist, dismiss it and bring it back', grantedTo: BUILT_IN_ROLES },
  [P.read]: { description: 'See how far partners’ people got in their onboarding (staff only)', grantedTo: ['partner_manager', 'support'], administrative: true },
  [P.manage]: { description: 'Choose the onboarding steps and each role’s checklist (staff only)', administrative: true },
};

import type { PermissionDeclaration } from '@portico/core';
import { PARTNER_ROLES } from '@portico/core';

/** The permission keys of the training plugin. */
export const P = {
  /** Read the catalog, open modules, submit quizzes, hold certifications: partner members. */
  take: 'training.take',
  /** Certification coverage: partner admins for their organisation, staff across partners. */
  coverage: 'training.coverage',
  /** Author, publish and retire modules; set the retry cooldown. Staff only, whatever a group grants. */
  manage: 'training.manage',
} as const;

export const permissions: Record<string, PermissionDeclaration> = {
  [P.take]: { description: 'Follow training modules, take their quizzes and hold certifications', grantedTo: PARTNER_ROLES, partnerAct: true },
  [P.coverage]: { description: 'See who holds which required certification (partner admins: in their organisation)', grantedTo: ['partner_admin', 'partner_manager', 'support'] },
  [P.manage]: { description: 'Create, edit, publish and retire training modules and set the retry cooldown', grantedTo: ['partner_manager'], administrative: true },
};

import { PARTNER_ROLES, type PermissionDeclaration } from '@portico/core';

/** The permission keys of the questions plugin. */
export const P = {
  /** See the questions of one's organisation (staff: of every partner), their answers and history. */
  read: 'questions.read',
  ask: 'questions.ask',
  answer: 'questions.answer',
  assign: 'questions.assign',
  categoriesManage: 'questions.categories.manage',
} as const;

export const permissions: Record<string, PermissionDeclaration> = {
  [P.read]: {
    description: 'Read questions and their answers (partners: of their organisation; staff: the queue across partners)',
    grantedTo: [...PARTNER_ROLES, 'partner_manager', 'support'],
  },
  [P.ask]: { description: 'Ask the vendor a technical question, optionally about one of the organisation’s deals', grantedTo: ['principal', 'technical'], partnerAct: true },
  [P.answer]: { description: 'Answer questions and update answers (staff)', grantedTo: ['partner_manager', 'support'] },
  [P.assign]: { description: 'Assign questions to a staff member (staff)', grantedTo: ['partner_manager', 'support'] },
  [P.categoriesManage]: { description: 'Create, rename and delete question categories (staff)', grantedTo: ['partner_manager'], administrative: true },
};

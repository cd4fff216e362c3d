import type { PermissionDeclaration } from '@portico/core';

/** The permission keys of the billing plugin; routes and widgets name them through `P`. */
export const P = {
  /** See billing: a partner's admins their organisation's account and invoices; staff every account. */
  read: 'billing.read',
  /** A partner's own billing: the billing contact, the plan, paying invoices, the provider's customer portal. */
  manage: 'billing.manage',
  /** Staff: open accounts, set any account's plan and contact, waive and extend grace periods. */
  accountsManage: 'billing.accounts.manage',
  /** Staff: issue, void and write off invoices, and record payments. */
  invoicesManage: 'billing.invoices.manage',
  /** Staff: the tenant's catalogue of plans. */
  plansManage: 'billing.plans.manage',
  /** Staff: the billing settings (gated features, grace period, invoice numbers) and the payment provider's keys. */
  settingsManage: 'billing.settings.manage',
} as const;

export const permissions: Record<string, PermissionDeclaration> = {
  [P.read]: { description: 'See billing (partner admins: their organisation’s account and invoices; staff: every account)', grantedTo: ['partner_admin', 'partner_manager', 'support'] },
  [P.manage]: { description: 'Keep one’s organisation’s billing in order: billing contact, plan, paying invoices', grantedTo: ['partner_admin'] },
  [P.accountsManage]: { description: 'Open billing accounts, set plans, waive enforcement and extend grace periods (staff only)', grantedTo: ['partner_manager'], administrative: true },
  [P.invoicesManage]: { description: 'Issue, void and write off invoices and record payments (staff only)', grantedTo: ['partner_manager'], administrative: true },
  [P.plansManage]: { description: 'Change the catalogue of plans and the features each unlocks (staff only)', administrative: true },
  [P.settingsManage]: { description: 'Change the billing settings and the payment provider’s keys (staff only)', administrative: true },
};

import type { PermissionDeclaration } from '@portico/core';

/** The permission keys of the deals plugin; routes name them through `P`. */
export const P = {
  /** Register deals for one's partner, and edit or withdraw one's own while pending. */
  submit: 'deals.submit',
  /** See deals: a partner's people see their partner's (as the visibility setting allows); staff see all. */
  read: 'deals.read',
  /** See, edit and withdraw every deal of one's partner, whatever the visibility setting (principals). */
  partnerWide: 'deals.partner-wide',
  /** Staff: the review queue, competing registrations, approve, reject, extend. */
  review: 'deals.review',
  /** Staff: which countries and regions each partner may register deals in. */
  territoriesManage: 'deals.territories.manage',
  /** Staff: the tenant's deal settings (currency, approval validity, visibility inside a partner). */
  settingsManage: 'deals.settings.manage',
} as const;

export const permissions: Record<string, PermissionDeclaration> = {
  [P.submit]: { description: 'Register deals, and edit or withdraw one’s own while they are pending', grantedTo: ['salesperson', 'principal'], partnerAct: true },
  [P.read]: { description: 'See deals (partner people: their partner’s, as the visibility setting allows)', grantedTo: ['salesperson', 'principal', 'technical', 'partner_admin', 'partner_manager', 'support'] },
  [P.partnerWide]: { description: 'See, edit and withdraw all of one’s partner’s deals, whatever the visibility setting', grantedTo: ['principal', 'partner_admin'], partnerAct: true },
  [P.review]: { description: 'Review deals across partners: see collisions, approve, reject, extend', grantedTo: ['partner_manager'] },
  [P.territoriesManage]: { description: 'Set the countries and regions each partner may register deals in', grantedTo: ['partner_manager'], administrative: true },
  [P.settingsManage]: { description: 'Change the deal settings: default currency, approval validity, visibility inside a partner', administrative: true },
};

/** What the team elements' browser tests share: sessions, members and the server's escalation problems. */
import { FakeProblem, testSession } from '@portico/widgets/testing';
import type { Member } from './shared.js';

export const adminSession = testSession({
  person: { id: 'me', name: 'Ada Admin', email: 'ada@acme.example', kind: 'member', locale: 'en' },
  tenant: { id: 't1', slug: 'northwind', name: 'Northwind' },
  roles: ['partner_admin'],
  permissions: ['team.read', 'team.manage'],
  verificationToken: 'v',
});

export const userSession = { ...adminSession, person: { ...adminSession.person, id: 'me' }, roles: ['partner_user'], permissions: ['team.read'] };

export const staffSession = {
  ...adminSession,
  person: { ...adminSession.person, id: 'staff1', name: 'Sam Staff', kind: 'staff' },
  partner: null,
  roles: ['partner_manager'],
  permissions: ['team.read', 'team.manage', 'team.clients.manage', 'access.partners.read'],
};

export const member = (id: string, name: string, role: string): Member => ({
  id, name, email: `${id}@acme.example`, role, status: 'active', partnerId: 'pa1', isYou: false, activity: 'active-this-week',
});

/** A refusal at an escalation boundary, typed as the server types it. */
export function escalationProblem(boundary: string, title: string, detail: string): FakeProblem {
  return Object.assign(new FakeProblem(409, title, detail), { type: `https://portico.dev/problems/escalation/${boundary}` });
}

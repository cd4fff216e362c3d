/** What the team elements' browser tests share: sessions, members and the server's escalation problems. */
import { FakeProblem } from '../../../../packages/widgets/src/testing/fake-client.js';

export const adminSession = {
  person: { id: 'me', name: 'Ada Admin', email: 'ada@acme.example', kind: 'member', locale: 'en', timeZone: null },
  tenant: { id: 't1', slug: 'northwind', name: 'Northwind' },
  partner: { id: 'pa1', name: 'Acme Resellers', status: 'active' },
  roles: ['partner_admin'],
  permissions: ['team.read', 'team.manage'],
  via: 'session',
  verificationToken: 'v',
  secondFactorRequired: false,
};

export const userSession = { ...adminSession, person: { ...adminSession.person, id: 'me' }, roles: ['partner_user'], permissions: ['team.read'] };

export const staffSession = {
  ...adminSession,
  person: { ...adminSession.person, id: 'staff1', name: 'Sam Staff', kind: 'staff' },
  partner: null,
  roles: ['partner_manager'],
  permissions: ['team.read', 'team.manage', 'team.clients.manage', 'access.partners.read'],
};

export const member = (id: string, name: string, role: string) => ({
  id, name, email: `${id}@acme.example`, role, status: 'active', partnerId: 'pa1', isYou: false, activity: 'active-this-week',
});

/** A refusal at an escalation boundary, typed as the server types it. */
export function escalationProblem(boundary: string, title: string, detail: string): FakeProblem {
  return Object.assign(new FakeProblem(409, title, detail), { type: `https://portico.dev/problems/escalation/${boundary}` });
}

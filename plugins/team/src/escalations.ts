/**
 * Escalation boundaries: what a partner organisation cannot do for itself, whom to ask, and the staff
 * tool that does it. Problems refused at one of these boundaries carry a type
 * `https://portico.dev/problems/escalation/<key>` and the same support contact.
 */
import { supportContact, type SupportContact, type TeamSettings } from './settings.js';

export interface Boundary {
  key: string;
  title: string;
  description: string;
  staffTools: { method: string; path: string; summary: string }[];
}

export const BOUNDARIES: readonly Boundary[] = [
  {
    key: 'last-partner-admin',
    title: 'Recover the last partner administrator',
    description: 'An organisation always keeps one active administrator. If yours left or lost access, support makes another member an administrator or invites a new one.',
    staffTools: [
      { method: 'PATCH', path: '/api/v1/team/members/{id}', summary: 'Give any member any partner role, partner_admin included' },
      { method: 'POST', path: '/api/v1/team/invitations', summary: 'Invite a new administrator (with partnerId and role partner_admin)' },
    ],
  },
  {
    key: 'organisation-inactive',
    title: 'Change the organisation’s status',
    description: 'A suspended or archived organisation can see its team but not change it. Only support can make it active again.',
    staffTools: [{ method: 'PATCH', path: '/api/v1/access/partners/{id}', summary: 'Set an organisation active, suspended or archived' }],
  },
  {
    key: 'cross-organisation-assignment',
    title: 'Fix a client assigned across organisations',
    description: 'If a client appears assigned to someone outside your organisation, or is missing, support corrects the assignment.',
    staffTools: [
      { method: 'GET', path: '/api/v1/team/clients/{id}', summary: 'See a client’s assignees, cross-organisation leftovers flagged' },
      { method: 'DELETE', path: '/api/v1/team/clients/{id}/assignments/{personId}', summary: 'Remove any assignment' },
      { method: 'POST', path: '/api/v1/team/clients/{id}/assignments', summary: 'Assign the client to a member of its own organisation' },
    ],
  },
  {
    key: 'restore-removed-member',
    title: 'Restore a removed member',
    description: 'You can invite a removed person again as a partner user. To restore them with another role, or to reactivate a deactivated person, ask support.',
    staffTools: [
      { method: 'POST', path: '/api/v1/team/invitations', summary: 'Invite them again, with any partner role' },
      { method: 'POST', path: '/api/v1/access/people/{id}/reactivate', summary: 'Reactivate a deactivated person' },
    ],
  },
  {
    key: 'other-organisations-audit',
    title: 'Investigate audit events outside your organisation',
    description: 'Your administrators see your organisation’s audit trail. Events of other organisations are investigated by support. Never send passwords, keys or customer data in a request.',
    staffTools: [{ method: 'GET', path: '/api/v1/access/audit', summary: 'Read and export the whole programme’s audit trail' }],
  },
];

export async function listEscalations(ctx: { settings(): Promise<TeamSettings> }): Promise<{ support: SupportContact; boundaries: readonly Boundary[] }> {
  return { support: await supportContact(ctx), boundaries: BOUNDARIES };
}

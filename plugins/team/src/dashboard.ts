/**
 * What the team plugin tells the portal's home (`dashboardSummaries`): a partner admin, the
 * invitations of their organisation nobody has taken up yet, as the pending invitations page lists
 * them (the same `invitations` query). Staff see invitations one organisation at a time on that page,
 * so their home does not count them. One query.
 */
import { contribute, dashboardSummaries, type DashboardSummary } from '@portico/core';
import { invitations } from './invitations/service.js';
import { P } from './permissions.js';

const pendingInvitations: DashboardSummary = {
  key: 'invitations',
  permission: P.manage,
  audience: 'partner',
  title: { en: 'Team', fr: 'Équipe', es: 'Equipo' },
  async summarise({ db, tenant, actor }) {
    if (!actor.partnerId) return [];
    const row = await db.from(invitations(db, tenant.id).where('m.partner_id', actor.partnerId).as('r')).count({ count: '*' }).first();
    return [
      {
        key: 'pending',
        count: Number(row?.count ?? 0),
        link: '/team/invitations',
        label: {
          en: { one: '{count} invitation not taken up yet', other: '{count} invitations not taken up yet' },
          fr: { one: '{count} invitation pas encore acceptée', other: '{count} invitations pas encore acceptées' },
          es: { one: '{count} invitación aún sin aceptar', other: '{count} invitaciones aún sin aceptar' },
        },
      },
    ];
  },
};

export const teamDashboard = [contribute(dashboardSummaries, pendingInvitations)];

/**
 * What the fleet tells the portal's home (`dashboardSummaries`): a partner's people, their client
 * invitations still waiting for the client and their mandate extensions waiting for approval, as the
 * client invitations and mandate extensions pages list them by default (the same `invitationQuery`
 * and `proposalQuery`); staff, when the programme gives them the approving of extensions, the ones to
 * approve. One query each. (Clients' deadlines and alerts are a supervision plugin's to summarise.)
 */
import { contribute, dashboardSummaries, type DashboardContext, type DashboardSummary } from '@portico/core';
import { invitationQuery } from './invitations/service.js';
import { proposalQuery } from './mandates/queries.js';
import { P } from './permissions.js';
import type { FleetSettings } from './settings.js';

const title = { en: 'Clients', fr: 'Clients', es: 'Clientes' };

/** Pending invitations (sent or resent, as the invitations page's default filter) and pending proposals, in one statement. */
async function pendingCounts({ db, tenant }: DashboardContext, partnerId: string | null): Promise<{ invitations: number; proposals: number }> {
  const invitations = invitationQuery(db, tenant.id).clearSelect().whereIn('i.status', ['sent', 'resent']).count('*');
  const proposals = proposalQuery(db, tenant.id).clearSelect().where('mp.status', 'pending').count('*');
  if (partnerId) {
    invitations.where('i.partner_id', partnerId);
    proposals.where('mp.partner_id', partnerId);
  }
  const { rows } = await db.raw('select (?)::int as invitations, (?)::int as proposals', [invitations, proposals]);
  return { invitations: Number(rows[0]?.invitations ?? 0), proposals: Number(rows[0]?.proposals ?? 0) };
}

const partnerClients: DashboardSummary<FleetSettings> = {
  key: 'mine',
  permission: P.read,
  audience: 'partner',
  title,
  async summarise(ctx) {
    if (!ctx.actor.partnerId) return [];
    const { invitations, proposals } = await pendingCounts(ctx, ctx.actor.partnerId);
    return [
      {
        key: 'invitations',
        count: invitations,
        link: '/clients/invitations',
        label: {
          en: { one: '{count} client invitation waiting for an answer', other: '{count} client invitations waiting for an answer' },
          fr: { one: '{count} invitation de client en attente de réponse', other: '{count} invitations de clients en attente de réponse' },
          es: { one: '{count} invitación de cliente pendiente de respuesta', other: '{count} invitaciones de clientes pendientes de respuesta' },
        },
      },
      {
        key: 'proposals',
        count: proposals,
        link: '/clients/proposals',
        label: {
          en: { one: '{count} mandate extension waiting for approval', other: '{count} mandate extensions waiting for approval' },
          fr: { one: '{count} extension de mandat en attente d’approbation', other: '{count} extensions de mandat en attente d’approbation' },
          es: { one: '{count} ampliación de mandato pendiente de aprobación', other: '{count} ampliaciones de mandato pendientes de aprobación' },
        },
      },
    ];
  },
};

const toApprove: DashboardSummary<FleetSettings> = {
  key: 'approvals',
  permission: P.mandatesApprove,
  audience: 'staff',
  title,
  async summarise(ctx) {
    // Where clients approve their own extensions, staff have nothing to do with the pending ones.
    if ((await ctx.settings()).extensionApproval !== 'staff') return [];
    const { proposals } = await pendingCounts(ctx, null);
    return [
      {
        key: 'to-approve',
        count: proposals,
        link: '/clients/proposals',
        tone: 'attention',
        label: {
          en: { one: '{count} mandate extension to approve', other: '{count} mandate extensions to approve' },
          fr: { one: '{count} extension de mandat à approuver', other: '{count} extensions de mandat à approuver' },
          es: { one: '{count} ampliación de mandato por aprobar', other: '{count} ampliaciones de mandato por aprobar' },
        },
      },
    ];
  },
};

export const fleetDashboard = [contribute(dashboardSummaries, partnerClients), contribute(dashboardSummaries, toApprove)];

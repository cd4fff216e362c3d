/**
 * What deals tell the portal's home (`dashboardSummaries`): a partner's people, their deals waiting
 * for a decision and those decided in the last seven days; the reviewing staff, the queue. Each is one
 * query through `visibleDeals`, the rule every deals page reads with, so a count is what its page lists.
 */
import type { Knex } from 'knex';
import { contribute, dashboardSummaries, type DashboardContext, type DashboardSummary } from '@portico/core';
import { P } from './permissions.js';
import { visibleDeals } from './queries.js';
import type { DealSettings } from './settings.js';

const DAY_MS = 86_400_000;
const title = { en: 'Deals', fr: 'Opportunités', es: 'Oportunidades' };

/** The counts of the deals the actor sees, filtered in SQL (`count(*) filter (where …)`), in one statement. */
async function countVisible(ctx: DashboardContext<DealSettings>, counts: Record<string, [string, Knex.Value[]]>): Promise<Record<string, number>> {
  const { db, tenant, actor } = ctx;
  const query = visibleDeals(db, tenant.id, actor, await ctx.settings()).clearSelect();
  for (const [name, [where, bindings]] of Object.entries(counts)) query.select(db.raw(`count(*) filter (where ${where})::int as ??`, [...bindings, name]));
  const row = (await query.first()) as Record<string, number> | undefined;
  return Object.fromEntries(Object.keys(counts).map((name) => [name, Number(row?.[name] ?? 0)]));
}

/** A partner's person: their organisation's deals (or their own, as the visibility setting says). */
const partnerDeals: DashboardSummary<DealSettings> = {
  key: 'mine',
  permission: P.read,
  audience: 'partner',
  title,
  async summarise(ctx) {
    const { pending, decided } = await countVisible(ctx, {
      pending: [`deals.status = 'pending'`, []],
      decided: [`deals.status in ('approved', 'rejected') and deals.decided_at >= ?`, [new Date(ctx.now.getTime() - 7 * DAY_MS)]],
    });
    return [
      {
        key: 'pending',
        count: pending,
        link: '/deals?status=pending',
        label: {
          en: { one: '{count} deal waiting for approval', other: '{count} deals waiting for approval' },
          fr: { one: '{count} opportunité en attente d’approbation', other: '{count} opportunités en attente d’approbation' },
          es: { one: '{count} oportunidad pendiente de aprobación', other: '{count} oportunidades pendientes de aprobación' },
        },
      },
      {
        // The list has no "decided since" filter: it opens unfiltered, where their status shows.
        key: 'decided',
        count: decided,
        link: '/deals',
        label: {
          en: { one: '{count} deal decided in the last 7 days', other: '{count} deals decided in the last 7 days' },
          fr: { one: '{count} opportunité tranchée ces 7 derniers jours', other: '{count} opportunités tranchées ces 7 derniers jours' },
          es: { one: '{count} oportunidad resuelta en los últimos 7 días', other: '{count} oportunidades resueltas en los últimos 7 días' },
        },
      },
    ];
  },
};

/** The reviewing staff: every partner's pending deals, as the review queue lists them, and how many of them are flagged. */
const reviewQueue: DashboardSummary<DealSettings> = {
  key: 'review',
  permission: P.review,
  audience: 'staff',
  title,
  async summarise(ctx) {
    const { pending, flagged } = await countVisible(ctx, {
      pending: [`deals.status = 'pending'`, []],
      flagged: [`deals.status = 'pending' and deals.flagged`, []],
    });
    return [
      {
        key: 'to-review',
        count: pending,
        link: '/deals/review',
        tone: 'attention',
        label: {
          en: { one: '{count} deal to review', other: '{count} deals to review' },
          fr: { one: '{count} opportunité à examiner', other: '{count} opportunités à examiner' },
          es: { one: '{count} oportunidad por revisar', other: '{count} oportunidades por revisar' },
        },
      },
      {
        key: 'flagged',
        count: flagged,
        link: '/deals/review',
        tone: 'attention',
        label: {
          en: { one: '{count} of them flagged (competing or out of territory)', other: '{count} of them flagged (competing or out of territory)' },
          fr: { one: 'dont {count} signalée (concurrente ou hors territoire)', other: 'dont {count} signalées (concurrentes ou hors territoire)' },
          es: { one: '{count} de ellas señalada (en competencia o fuera de territorio)', other: '{count} de ellas señaladas (en competencia o fuera de territorio)' },
        },
      },
    ];
  },
};

export const dealsDashboard = [contribute(dashboardSummaries, partnerDeals), contribute(dashboardSummaries, reviewQueue)];

/**
 * What training tells the portal's home (`dashboardSummaries`): a learner, their certifications that
 * expire within the window the expiry warning uses (a renewed one does not count); partner admins and
 * staff, the people whose required certification does — exactly who the coverage page lists with
 * "Only people with a certification expiring within 30 days" (the `expiringOnly` rule of
 * coverage.ts, kept in step by the dashboard's test). One query each.
 */
import { contribute, dashboardSummaries, type DashboardContext, type DashboardSummary } from '@portico/core';
import type { Knex } from 'knex';
import { P } from './permissions.js';
import { DAY_MS, EXPIRY_WINDOW_DAYS } from './status.js';

/** Certifications `c` that end within the window and were not renewed by a longer (or never-ending) one. */
function expiringWithoutRenewal(db: Knex.Transaction, query: Knex.QueryBuilder, now: Date): Knex.QueryBuilder {
  return query
    .where('c.expires_at', '>', now)
    .where('c.expires_at', '<=', new Date(now.getTime() + EXPIRY_WINDOW_DAYS * DAY_MS))
    .whereNotExists(
      db('training_certifications as later')
        .whereRaw('later.person_id = c.person_id and later.module_id = c.module_id')
        .whereRaw('(later.expires_at is null or later.expires_at > c.expires_at)')
        .select(db.raw('1')),
    );
}

const myCertifications: DashboardSummary = {
  key: 'mine',
  permission: P.take,
  audience: 'partner',
  title: { en: 'Training', fr: 'Formation', es: 'Formación' },
  async summarise({ db, tenant, actor, now }: DashboardContext) {
    // As the learner's own list (`GET /training/certifications`) reads them.
    const row = await expiringWithoutRenewal(
      db,
      db('training_certifications as c')
        .join('training_modules as m', 'm.id', 'c.module_id')
        .where({ 'c.tenant_id': tenant.id, 'c.person_id': actor.personId, 'c.partner_id': actor.partnerId }),
      now,
    )
      .count({ count: '*' })
      .first();
    return [
      {
        key: 'expiring',
        count: Number(row?.count ?? 0),
        link: '/training/certifications',
        tone: 'attention',
        label: {
          en: { one: '{count} of your certifications expires within 30 days', other: '{count} of your certifications expire within 30 days' },
          fr: { one: '{count} de vos certifications expire dans les 30 jours', other: '{count} de vos certifications expirent dans les 30 jours' },
          es: { one: '{count} de sus certificaciones vence en los próximos 30 días', other: '{count} de sus certificaciones vencen en los próximos 30 días' },
        },
      },
    ];
  },
};

const coverage: DashboardSummary = {
  key: 'coverage',
  permission: P.coverage,
  title: { en: 'Certification coverage', fr: 'Couverture des certifications', es: 'Cobertura de certificaciones' },
  async summarise({ db, tenant, actor, now }: DashboardContext) {
    // Partner admins: their organisation; staff: every partner (as listCoverage scopes them).
    if (actor.kind === 'member' && !actor.partnerId) return [];
    const people = db('memberships as ms')
      .join('people as p', 'p.id', 'ms.person_id')
      .join('partners as pa', 'pa.id', 'ms.partner_id')
      .where('ms.tenant_id', tenant.id)
      .whereNotNull('ms.partner_id')
      .whereIn('p.status', ['invited', 'active'])
      .whereExists(
        expiringWithoutRenewal(
          db,
          db('training_certifications as c')
            .join('training_modules as m', 'm.id', 'c.module_id')
            .whereRaw('c.person_id = p.id')
            .where({ 'm.tenant_id': tenant.id, 'm.status': 'published' })
            .whereRaw('(m.required_for_all or ms.role = any(m.required_roles))'),
          now,
        ).select(db.raw('1')),
      );
    if (actor.kind === 'member') people.where('ms.partner_id', actor.partnerId);
    const row = await people.count({ count: '*' }).first();
    return [
      {
        key: 'expiring',
        count: Number(row?.count ?? 0),
        link: '/training/certifications?expiringOnly=true',
        tone: 'attention',
        label: {
          en: { one: '{count} person with a required certification expiring within 30 days', other: '{count} people with a required certification expiring within 30 days' },
          fr: { one: '{count} personne dont une certification requise expire dans les 30 jours', other: '{count} personnes dont une certification requise expire dans les 30 jours' },
          es: { one: '{count} persona con una certificación obligatoria que vence en los próximos 30 días', other: '{count} personas con una certificación obligatoria que vence en los próximos 30 días' },
        },
      },
    ];
  },
};

export const trainingDashboard = [contribute(dashboardSummaries, myCertifications), contribute(dashboardSummaries, coverage)];

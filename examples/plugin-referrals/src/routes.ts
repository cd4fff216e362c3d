/**
 * The HTTP side of referrals: each route names its permission and schemas and hands the validated
 * request to the rules in service.ts. Nothing here decides who may see or do what.
 * Names are `<resource>.<verb>`, so operation ids read `referrals.referrals.submit` and so on.
 */
import { IdParams, Page, type RouteContext, type RouteDefinition } from '@portico/core';
import type { ReferralEvents } from './events.js';
import { P } from './permissions.js';
import { DecideReferral, Referral, ReferralListQuery, SubmitReferral } from './schemas.js';
import { decideReferral, getReferral, listReferrals, submitReferral, type ReferralsContext } from './service.js';
import type { ReferralSettings } from './settings.js';
import { defineRoute } from './types.js';

/** The request as the referral rules see it. Every route but the public ones has an actor. */
function referralsContext(ctx: RouteContext<unknown, unknown, unknown, ReferralSettings, ReferralEvents>): ReferralsContext {
  return { db: ctx.db, tenant: ctx.tenant, actor: ctx.actor!, settings: () => ctx.settings(), audit: ctx.audit, emit: ctx.emit };
}

export const referralRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    path: '/referrals',
    name: 'referrals.submit',
    summary: 'Refer a prospective customer on behalf of your partner organisation',
    description:
      'Created as `pending`. For a partner’s people (staff get 403). A second pending referral of the same company by the same ' +
      'organisation (case and spaces ignored) is refused with 409.',
    permission: P.submit,
    schemas: { body: SubmitReferral, response: Referral },
    handler: (ctx) => submitReferral(referralsContext(ctx), ctx.body),
  }),
  defineRoute({
    method: 'GET',
    path: '/referrals',
    name: 'referrals.list',
    summary: 'List referrals, newest first',
    description: 'A partner’s people see their organisation’s referrals; staff see every partner’s. Filter with `status`.',
    permission: P.read,
    schemas: { query: ReferralListQuery, response: Page(Referral) },
    handler: (ctx) => listReferrals(referralsContext(ctx), ctx.query),
  }),
  defineRoute({
    method: 'GET',
    path: '/referrals/:id',
    name: 'referrals.get',
    summary: 'Read a referral',
    description: 'Another organisation’s referral is a 404, as is one that does not exist.',
    permission: P.read,
    schemas: { params: IdParams, response: Referral },
    handler: (ctx) => getReferral(referralsContext(ctx), ctx.params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/referrals/:id/decision',
    name: 'referrals.decide',
    summary: 'Accept a pending referral (its fee is fixed from the settings) or decline it with a reason',
    description: 'Staff only. Declining needs `reason`, which the partner reads. A referral that is no longer pending is a 409.',
    permission: P.decide,
    status: 200,
    schemas: { params: IdParams, body: DecideReferral, response: Referral },
    handler: (ctx) => decideReferral(referralsContext(ctx), ctx.params.id, ctx.body),
  }),
];

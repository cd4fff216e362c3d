/**
 * The HTTP side of deals: each route names its permission and schemas, and hands the validated
 * request to the rules in service.ts / review.ts / territories.ts. Nothing here decides who may see
 * what; that is `visibleDeals` in queries.ts.
 */
import { IdParams, isStaff, Page, PageQuery, problems, Type, type RouteContext, type RouteDefinition } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import { P } from './permissions.js';
import { approveDeal, extendDeal, rejectDeal, staffDetail } from './review.js';
import { Deal, DealListQuery, Decision, EditDeal, Extension, PartnerParams, Rejection, SubmitDeal, TerritoryBody, TerritoryRule } from './schemas.js';
import { editDeal, getDeal, listDeals, submitDeal, withdrawDeal, type DealsContext } from './service.js';
import type { DealSettings } from './settings.js';
import type { DealEvents } from './events.js';
import { defineRoute } from './types.js';
import { assertPartner, listRules, readRule, removeRule, setRule } from './territories.js';

/** The request as the deal rules see it: transaction, actor, settings, audit and events. */
async function dealsContext(ctx: RouteContext<unknown, unknown, unknown, DealSettings, DealEvents>): Promise<DealsContext> {
  return { db: ctx.db, tenant: ctx.tenant, actor: ctx.actor!, settings: await ctx.settings(), audit: ctx.audit, emit: ctx.emit };
}

function assertStaff(ctx: RouteContext<unknown, unknown, unknown>, what: string): void {
  if (!isStaff(ctx.actor)) throw problems.forbidden(`${what} is for the programme’s staff.`);
}

export const dealRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    path: '/deals',
    name: 'deals.submit',
    summary: 'Register a deal for your partner organisation',
    description:
      'Created as `pending`. The amount is an integer of the currency’s minor unit (`amountMinor`), or an exact decimal string (`amount`); ' +
      'the currency defaults to the tenant’s. Send `Idempotency-Key` so that a retried submit makes one deal.',
    permission: P.submit,
    schemas: { body: SubmitDeal, response: Deal },
    async handler(ctx) {
      return submitDeal(await dealsContext(ctx), ctx.body);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/deals',
    name: 'deals.list',
    summary: 'List deals',
    description:
      'Partners see their organisation’s deals (or only their own, under the `own` visibility setting). Staff see every partner’s, ' +
      'with the review block, and can filter by partner and by flag: `?status=pending&flagged=true` is the review queue.',
    permission: P.read,
    schemas: { query: DealListQuery, response: Page(Deal) },
    async handler(ctx) {
      return listDeals(await dealsContext(ctx), ctx.query);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/deals/:id',
    name: 'deals.get',
    summary: 'Read a deal (staff: with its competing registrations)',
    permission: P.read,
    schemas: { params: IdParams, response: Deal },
    async handler(ctx) {
      const deals = await dealsContext(ctx);
      return isStaff(ctx.actor) ? staffDetail(deals, ctx.params.id) : getDeal(deals, ctx.params.id);
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/deals/:id',
    name: 'deals.update',
    summary: 'Change a pending deal (its submitter, or a principal)',
    permission: P.submit,
    schemas: { params: IdParams, body: EditDeal, response: Deal },
    async handler(ctx) {
      return editDeal(await dealsContext(ctx), ctx.params.id, ctx.body);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/deals/:id/withdraw',
    name: 'deals.withdraw',
    summary: 'Withdraw a pending deal (its submitter, or a principal)',
    permission: P.submit,
    status: 200,
    schemas: { params: IdParams, response: Deal },
    async handler(ctx) {
      return withdrawDeal(await dealsContext(ctx), ctx.params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/deals/:id/approve',
    name: 'deals.approve',
    summary: 'Approve a pending deal; the registration then protects the partner for the tenant’s approval period',
    permission: P.review,
    status: 200,
    schemas: { params: IdParams, body: Decision, response: Deal },
    async handler(ctx) {
      return approveDeal(await dealsContext(ctx), ctx.params.id, ctx.body.reason);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/deals/:id/reject',
    name: 'deals.reject',
    summary: 'Reject a pending deal, saying why (the partner sees the reason)',
    permission: P.review,
    status: 200,
    schemas: { params: IdParams, body: Rejection, response: Deal },
    async handler(ctx) {
      return rejectDeal(await dealsContext(ctx), ctx.params.id, ctx.body.reason);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/deals/:id/extend',
    name: 'deals.extend',
    summary: 'Extend an approved registration by a number of days',
    permission: P.review,
    status: 200,
    schemas: { params: IdParams, body: Extension, response: Deal },
    async handler(ctx) {
      return extendDeal(await dealsContext(ctx), ctx.params.id, ctx.body.days);
    },
  }),
];

export const territoryRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/deal-territories',
    name: 'territories.list',
    summary: 'List the partners’ territory rules (a partner’s people: their own partner’s)',
    permission: P.territoriesManage,
    schemas: { query: Type.Object({ ...PageQuery }), response: Page(TerritoryRule) },
    async handler(ctx) {
      // A partner's person granted this permission sees its own partner's rule: where it may sell.
      const own = isStaff(ctx.actor) ? null : (ctx.actor!.partnerId ?? '00000000-0000-0000-0000-000000000000');
      return listRules(ctx.db, ctx.tenant.id, (q) =>
        keysetPage(own ? q.where('deal_territories.partner_id', own) : q, [{ column: 'deal_territories.partner_id', direction: 'asc' }], ctx.query),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/deal-territories/:partnerId',
    name: 'territories.get',
    summary: 'Read one partner’s territory rule',
    permission: P.territoriesManage,
    schemas: { params: PartnerParams, response: TerritoryRule },
    async handler(ctx) {
      const rule = await readRule(ctx.db, ctx.tenant.id, ctx.params.partnerId);
      // Partners' people read their own partner's rule only; another partner's is not theirs to know.
      if (!rule || (!isStaff(ctx.actor) && ctx.actor!.partnerId !== rule.partnerId)) throw problems.notFound('This partner has no territory rule.');
      return rule;
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/deal-territories/:partnerId',
    name: 'territories.set',
    summary: 'Set the countries (ISO 3166-1 alpha-2) and regions a partner may register deals in',
    description: 'Regions: DACH, BENELUX, NORDICS, UKI, ANZ, NA, EU, LATAM, APAC, MEA. Deals for customers elsewhere are flagged for review.',
    permission: P.territoriesManage,
    schemas: { params: PartnerParams, body: TerritoryBody, response: TerritoryRule },
    async handler(ctx) {
      await assertPartner(ctx.db, ctx.tenant.id, ctx.params.partnerId);
      assertStaff(ctx, 'Territory rules');
      const { before, after } = await setRule(ctx.db, ctx.tenant.id, ctx.params.partnerId, ctx.body.areas);
      await ctx.audit({ action: 'deals.territory.set', targetType: 'partner', targetId: ctx.params.partnerId, partnerId: null, before, after });
      return after;
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/deal-territories/:partnerId',
    name: 'territories.remove',
    summary: 'Remove a partner’s territory rule (it may then register deals anywhere)',
    permission: P.territoriesManage,
    schemas: { params: PartnerParams },
    async handler(ctx) {
      await assertPartner(ctx.db, ctx.tenant.id, ctx.params.partnerId);
      assertStaff(ctx, 'Territory rules');
      const before = await removeRule(ctx.db, ctx.tenant.id, ctx.params.partnerId);
      await ctx.audit({ action: 'deals.territory.removed', targetType: 'partner', targetId: ctx.params.partnerId, partnerId: null, before });
    },
  }),
];

/**
 * Partner organisations over HTTP, for the tenant's staff: list (search, status, cursor), create,
 * read, and change name, tier, country or status. Every change is audited with before and after.
 */
import { IdParams, Page, type RouteDefinition } from '@portico/core';
import { defineRoute } from '../types.js';
import { P } from '../permissions.js';
import { NewPartner, Partner, PartnerChanges, PartnerListQuery } from '../schemas.js';
import { assertStaff, createPartner, getPartner, listPartners, updatePartner } from './service.js';

export const partnerRoutes: RouteDefinition<any>[] = [
  defineRoute({
    method: 'GET',
    path: '/access/partners',
    name: 'partners.list',
    summary: 'List partner organisations',
    description: 'Sorted by name. Archived organisations are left out unless asked for with `status=archived`.',
    permission: P.partnersRead,
    schemas: { query: PartnerListQuery, response: Page(Partner) },
    async handler({ actor, db, tenant, query }) {
      assertStaff(actor);
      return listPartners(db, tenant.id, query);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/access/partners',
    name: 'partners.create',
    summary: 'Create a partner organisation',
    description: 'It starts active. 409 `name-taken` if another organisation of the tenant has the name.',
    permission: P.partnersManage,
    schemas: { body: NewPartner, response: Partner },
    async handler({ actor, db, tenant, body, audit, emit }) {
      assertStaff(actor);
      const partner = await createPartner(db, tenant.id, body);
      await audit({ action: 'access.partner.created', targetType: 'partner', targetId: partner.id, partnerId: partner.id, after: partner });
      await emit('access.partner.created', { partnerId: partner.id });
      return partner;
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/access/partners/:id',
    name: 'partners.get',
    summary: 'Read a partner organisation',
    permission: P.partnersRead,
    schemas: { params: IdParams, response: Partner },
    async handler({ actor, db, tenant, params }) {
      assertStaff(actor);
      return getPartner(db, tenant.id, params.id);
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/access/partners/:id',
    name: 'partners.update',
    summary: 'Change a partner organisation’s name, tier, country or status',
    description:
      'A suspended or archived organisation keeps its people and their sign-in, but nobody can be invited into it or reactivated in it, ' +
      'and plugins restrict what it may do (its team cannot be managed). `null` clears the tier or country.',
    permission: P.partnersManage,
    schemas: { params: IdParams, body: PartnerChanges, response: Partner },
    async handler({ actor, db, tenant, params, body, audit, emit }) {
      assertStaff(actor);
      const { before, after } = await updatePartner(db, tenant.id, params.id, body);
      await audit({ action: 'access.partner.updated', targetType: 'partner', targetId: params.id, partnerId: params.id, before, after });
      if (before.status !== after.status) await emit('access.partner.status-changed', { partnerId: params.id, from: before.status, to: after.status });
      return after;
    },
  }),
];

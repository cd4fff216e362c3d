/**
 * A partner organisation's own access groups (`/access/partner-groups`) and what its partner admin
 * may delegate and who holds it (`/access/partner-permissions`). Partner admins only
 * (`access.partner-groups.manage`); everything is scoped to the caller's organisation.
 */
import type { Actor, RouteContext, RouteDefinition } from '@portico/core';
import { defineRoute, IdParams } from '@portico/core';
import { P } from '../permissions.js';
import {
  NewPartnerGroup,
  PartnerGroup,
  PartnerGroupChanges,
  PartnerGroupList,
  PartnerPermissions,
  PermissionExplainParams,
  PermissionExplanation,
  SetGroupMembers,
} from '../schemas.js';
import { loadDelegableSetting } from './delegable.js';
import {
  createPartnerGroup,
  deletePartnerGroup,
  explainPermission,
  getPartnerGroup,
  listPartnerGroups,
  partnerPermissions,
  replacePartnerGroupMembers,
  updatePartnerGroup,
  type PartnerGroupsContext,
} from './service.js';

async function partnerGroupsContext(ctx: RouteContext<unknown, unknown, unknown>): Promise<PartnerGroupsContext> {
  return {
    db: ctx.db,
    tenantId: ctx.tenant.id,
    actor: ctx.actor as Actor,
    catalog: ctx.permissions,
    delegableSetting: await loadDelegableSetting(ctx.db, ctx.tenant.id),
    audit: ctx.audit,
  };
}

export const partnerGroupRoutes: RouteDefinition<any>[] = [
  defineRoute({
    method: 'GET',
    path: '/access/partner-groups',
    name: 'partner-groups.list',
    summary: 'List your organisation’s access groups',
    permission: P.partnerGroupsManage,
    schemas: { response: PartnerGroupList },
    async handler(ctx) {
      return { items: await listPartnerGroups(await partnerGroupsContext(ctx)) };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/access/partner-groups',
    name: 'partner-groups.create',
    summary: 'Create an access group of your organisation',
    description: 'Its permissions must be among those the programme lets partners delegate and that you hold; any other is a 400 naming `/permissions/N`.',
    permission: P.partnerGroupsManage,
    schemas: { body: NewPartnerGroup, response: PartnerGroup },
    async handler(ctx) {
      return createPartnerGroup(await partnerGroupsContext(ctx), ctx.body);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/access/partner-groups/:id',
    name: 'partner-groups.get',
    summary: 'Read an access group of your organisation and its members',
    permission: P.partnerGroupsManage,
    schemas: { params: IdParams, response: PartnerGroup },
    async handler(ctx) {
      return getPartnerGroup(await partnerGroupsContext(ctx), ctx.params.id);
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/access/partner-groups/:id',
    name: 'partner-groups.update',
    summary: 'Rename, describe or change the permissions of an access group of your organisation',
    permission: P.partnerGroupsManage,
    schemas: { params: IdParams, body: PartnerGroupChanges, response: PartnerGroup },
    async handler(ctx) {
      return updatePartnerGroup(await partnerGroupsContext(ctx), ctx.params.id, ctx.body);
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/access/partner-groups/:id',
    name: 'partner-groups.delete',
    summary: 'Delete an access group of your organisation that has no members',
    permission: P.partnerGroupsManage,
    schemas: { params: IdParams },
    async handler(ctx) {
      await deletePartnerGroup(await partnerGroupsContext(ctx), ctx.params.id);
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/access/partner-groups/:id/members',
    name: 'partner-groups.members.replace',
    summary: 'Set who of your organisation is in one of its access groups',
    permission: P.partnerGroupsManage,
    schemas: { params: IdParams, body: SetGroupMembers, response: PartnerGroup },
    async handler(ctx) {
      return replacePartnerGroupMembers(await partnerGroupsContext(ctx), ctx.params.id, ctx.body.personIds);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/access/partner-permissions',
    name: 'partner-permissions.list',
    summary: 'The permissions you may delegate, by plugin, and who in your organisation holds each',
    permission: P.partnerGroupsManage,
    schemas: { response: PartnerPermissions },
    async handler(ctx) {
      return partnerPermissions(await partnerGroupsContext(ctx));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/access/partner-permissions/:permission/people/:personId',
    name: 'partner-permissions.explain',
    summary: 'Why a person of your organisation holds a permission: the role and groups that grant it',
    description: 'Answers `holds: false` with no grants when they do not hold it; 404 for a person of another organisation or an unknown permission.',
    permission: P.partnerGroupsManage,
    schemas: { params: PermissionExplainParams, response: PermissionExplanation },
    async handler(ctx) {
      return explainPermission(await partnerGroupsContext(ctx), ctx.params.personId, ctx.params.permission);
    },
  }),
];

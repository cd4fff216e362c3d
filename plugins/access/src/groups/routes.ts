/**
 * Access groups and the permissions matrix. Tenant-wide data: the permissions gate every route
 * (staff-only by default), and the service keeps anyone from handing out what they do not hold.
 */
import type { Actor, RouteContext, RouteDefinition } from '@portico/core';
import { defineRoute, IdParams } from '@portico/core';
import { P } from '../permissions.js';
import { Group, GroupChanges, GroupList, NewGroup, PermissionMatrix, SetGroupMembers } from '../schemas.js';
import { createGroup, deleteGroup, getGroup, listGroups, permissionsMatrix, replaceMembers, updateGroup, type GroupsContext } from './service.js';

function groupsContext(ctx: RouteContext<unknown, unknown, unknown>): GroupsContext {
  return { db: ctx.db, tenantId: ctx.tenant.id, actor: ctx.actor as Actor, catalog: ctx.permissions, audit: ctx.audit };
}

export const groupRoutes: RouteDefinition<any>[] = [
  defineRoute({
    method: 'GET',
    path: '/access/groups',
    name: 'groups.list',
    summary: 'List the built-in roles and the access groups',
    permission: P.groupsRead,
    schemas: { response: GroupList },
    async handler({ db, permissions }) {
      return { items: await listGroups({ db, catalog: permissions }) };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/access/groups',
    name: 'groups.create',
    summary: 'Create an access group',
    permission: P.groupsManage,
    schemas: { body: NewGroup, response: Group },
    async handler(ctx) {
      return createGroup(groupsContext(ctx), ctx.body);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/access/groups/:id',
    name: 'groups.get',
    summary: 'Read an access group and its members',
    permission: P.groupsRead,
    schemas: { params: IdParams, response: Group },
    async handler({ db, permissions, params }) {
      return getGroup({ db, catalog: permissions }, params.id);
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/access/groups/:id',
    name: 'groups.update',
    summary: 'Rename an access group or change its permissions',
    permission: P.groupsManage,
    schemas: { params: IdParams, body: GroupChanges, response: Group },
    async handler(ctx) {
      return updateGroup(groupsContext(ctx), ctx.params.id, ctx.body);
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/access/groups/:id',
    name: 'groups.delete',
    summary: 'Delete an access group that has no members',
    permission: P.groupsManage,
    schemas: { params: IdParams },
    async handler(ctx) {
      await deleteGroup(groupsContext(ctx), ctx.params.id);
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/access/groups/:id/members',
    name: 'groups.members.replace',
    summary: 'Set who is in an access group',
    permission: P.groupsManage,
    schemas: { params: IdParams, body: SetGroupMembers, response: Group },
    async handler(ctx) {
      return replaceMembers(groupsContext(ctx), ctx.params.id, ctx.body.personIds);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/access/permissions',
    name: 'permissions.get-matrix',
    summary: 'Who holds which permission, by plugin',
    permission: P.groupsRead,
    schemas: { response: PermissionMatrix },
    async handler({ db, permissions }) {
      return permissionsMatrix({ db, catalog: permissions });
    },
  }),
];

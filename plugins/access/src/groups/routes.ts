/**
 * Access groups and the permissions matrix. Tenant-wide data: the permissions gate every route
 * (staff-only by default), and the service keeps anyone from handing out what they do not hold.
 */
import type { Actor, RouteContext, RouteDefinition } from '@portico/core';
import { defineRoute, IdParams, Type, Uuid } from '@portico/core';
import { P } from '../permissions.js';
import { createGroup, deleteGroup, getGroup, listGroups, permissionsMatrix, replaceMembers, updateGroup, type GroupsContext } from './service.js';

const Audience = Type.Union([Type.Literal('partner'), Type.Literal('staff')], { description: '`partner` groups take partner members; `staff` groups take staff' });
const GroupName = Type.String({ minLength: 1, maxLength: 80, pattern: '^[^\\u0000-\\u001f\\u007f]+$', description: 'Unique in the tenant (case-insensitive), and not the name of a built-in role' });
const Description = Type.String({ maxLength: 500 });
const PermissionKeys = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 1000, description: 'Permission keys of installed plugins' });

const Member = Type.Object({ id: Uuid, name: Type.String(), email: Type.String() });

const Group = Type.Object({
  id: Uuid,
  name: Type.String(),
  builtIn: Type.Literal(false),
  audience: Audience,
  description: Type.String(),
  permissions: Type.Array(Type.String()),
  memberCount: Type.Integer({ minimum: 0 }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  members: Type.Optional(Type.Array(Member)),
});

const BuiltInRole = Type.Object({
  id: Type.Null(),
  name: Type.String(),
  builtIn: Type.Literal(true),
  audience: Audience,
  description: Type.String(),
  permissions: Type.Array(Type.String()),
  memberCount: Type.Integer({ minimum: 0 }),
});

const Holder = Type.Object({ id: Uuid, name: Type.String(), via: Type.String({ description: 'The role or group that grants it' }) });

const Matrix = Type.Object({
  plugins: Type.Array(
    Type.Object({
      plugin: Type.String(),
      permissions: Type.Array(
        Type.Object({
          key: Type.String(),
          description: Type.String(),
          administrative: Type.Boolean({ description: 'Power over people, groups, partners, keys or settings: never carried by a staff person’s embed token' }),
          roles: Type.Array(Type.String(), { description: 'Built-in roles holding it' }),
          groups: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
          people: Type.Array(Holder, { maxItems: 50, description: 'The first 50 holders by name' }),
          peopleCount: Type.Integer({ minimum: 0 }),
        }),
      ),
    }),
  ),
});

const NewGroup = Type.Object(
  { name: GroupName, description: Type.Optional(Description), audience: Audience, permissions: PermissionKeys },
  { examples: [{ name: 'Deal desk', description: 'Sees who holds which permission', audience: 'staff', permissions: [P.groupsRead] }] },
);

const GroupChanges = Type.Object(
  { name: Type.Optional(GroupName), description: Type.Optional(Description), permissions: Type.Optional(PermissionKeys) },
  { minProperties: 1, examples: [{ description: 'Reviews registered deals' }] },
);

const Members = Type.Object(
  { personIds: Type.Array(Uuid, { maxItems: 5000, description: 'Everyone who should be in the group; the others leave it' }) },
  { examples: [{ personIds: [] }] },
);

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
    schemas: { response: Type.Object({ items: Type.Array(Type.Union([BuiltInRole, Group])) }) },
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
    schemas: { params: IdParams, body: Members, response: Group },
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
    schemas: { response: Matrix },
    async handler({ db, permissions }) {
      return permissionsMatrix({ db, catalog: permissions });
    },
  }),
];

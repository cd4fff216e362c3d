/**
 * Access groups and the permissions matrix.
 *
 * Built-in roles exist in every tenant and are never stored: their permissions come from the catalog
 * the plugins declare. Tenants add access groups beside them; a person's permissions are their
 * membership role's plus their groups' (see `actor.ts`, which this module must agree with).
 *
 * Nobody hands out more than they hold: changing a group, or who is in it, needs every permission
 * the group grants (before and after the change). A tenant admin holds them all; a custom "group
 * managers" group cannot make its members tenant admins in all but name.
 *
 * Every change of a group locks its row first, so two admins editing the same group (say, one
 * deleting it while the other adds members) are serialised.
 */
import type { Knex } from 'knex';
import type { Actor, AuditEntry, FieldError, PermissionCatalog } from '@portico/core';
import { BUILT_IN_ROLES, HttpProblem, isPartnerRole, partnerSideOnly, problems } from '@portico/core';
import { holdableThroughGroup } from '../actor.js';
import { loadDelegableSetting, tenantDelegable } from '../partner-groups/delegable.js';

export type Audience = 'partner' | 'staff';

export interface GroupMember {
  id: string;
  name: string;
  email: string;
}

export interface BuiltInRoleView {
  id: null;
  name: string;
  builtIn: true;
  audience: Audience;
  description: string;
  permissions: string[];
  memberCount: number;
}

export interface GroupView {
  id: string;
  name: string;
  builtIn: false;
  partnerId: string | null;
  audience: Audience;
  description: string;
  permissions: string[];
  memberCount: number;
  createdAt: string;
  updatedAt: string;
  members?: GroupMember[];
}

export interface GroupsContext {
  db: Knex.Transaction;
  tenantId: string;
  actor: Actor;
  catalog: PermissionCatalog;
  audit(entry: AuditEntry): Promise<void>;
}

export interface ReadContext {
  db: Knex.Transaction;
  catalog: PermissionCatalog;
}

const ROLE_DESCRIPTIONS: Record<string, string> = {
  partner_admin: 'Runs their organisation in the programme: its people, its deals and its audit trail.',
  principal: 'Leads their organisation’s business with the vendor.',
  salesperson: 'Registers and follows their organisation’s deals.',
  technical: 'Handles their organisation’s technical work with the vendor.',
  partner_user: 'Takes part in the programme with the basic permissions.',
  tenant_admin: 'Runs the whole programme; holds every permission but a partner’s own acts.',
  partner_manager: 'Manages partner organisations and their people for the vendor.',
  support: 'Helps partners and reads what they need to help.',
};

/** People whose permissions count: `actor.ts` treats everyone else as nobody. */
const HOLDING_STATUSES = ['invited', 'active'];

/** At most this many holders are named per permission in the matrix; the count says the rest. */
export const MATRIX_PEOPLE_LIMIT = 50;

const iso = (value: Date | string) => new Date(value).toISOString();

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === '23505';

function nameTaken(name: string): HttpProblem {
  const message = `"${name}" is already the name of a role or group`;
  return new HttpProblem(409, 'name-taken', 'Conflict', {
    detail: `The name "${name}" is already taken by a built-in role or another access group.`,
    errors: [{ in: 'body', field: '/name', message }],
  });
}

interface GroupRow {
  id: string;
  /** Set for an organisation's own group (managed by its partner admins, see partner-groups). */
  partnerId: string | null;
  name: string;
  description: string;
  audience: Audience;
  permissions: string[];
  createdAt: Date | string;
  updatedAt: Date | string;
}

/** The permissions a group grants: stored keys that the catalog still declares (as `actor.ts` does). */
function grantedBy(row: { permissions: string[] | null }, catalog: PermissionCatalog): string[] {
  return (row.permissions ?? []).filter((key) => catalog.has(key));
}

function present(row: GroupRow, catalog: PermissionCatalog, memberCount: number, members?: GroupMember[]): GroupView {
  return {
    id: row.id,
    name: row.name,
    builtIn: false,
    // Set for an organisation's own group, managed by its partner admins (see partner-groups).
    partnerId: row.partnerId ?? null,
    audience: row.audience,
    description: row.description,
    permissions: grantedBy(row, catalog),
    memberCount,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    ...(members ? { members } : {}),
  };
}

/** What an audit event records of a group (no member list: that has its own event). */
function snapshot(row: GroupRow) {
  return { name: row.name, description: row.description, audience: row.audience, permissions: row.permissions };
}

/** The first membership of each person, as `loadPersonAccess` picks it: it decides their role. */
const FIRST_MEMBERSHIPS = 'select distinct on (m.person_id) m.person_id, m.role from memberships m order by m.person_id, m.created_at, m.id';

// ---------------------------------------------------------------------------------------------
// Reading

export async function listGroups({ db, catalog }: ReadContext): Promise<(BuiltInRoleView | GroupView)[]> {
  const roleCounts = await db.raw(
    `select fm.role, count(*)::int as n
       from (${FIRST_MEMBERSHIPS}) fm
       join people p on p.id = fm.person_id
      where p.status <> 'removed'
      group by fm.role`,
  );
  const perRole = new Map<string, number>(roleCounts.rows.map((r: { role: string; n: number }) => [r.role, Number(r.n)]));
  const builtIn: BuiltInRoleView[] = BUILT_IN_ROLES.map((role) => ({
    id: null,
    name: role,
    builtIn: true,
    audience: isPartnerRole(role) ? 'partner' : 'staff',
    description: ROLE_DESCRIPTIONS[role] ?? '',
    permissions: [...catalog.ofRole(role)].sort(),
    memberCount: perRole.get(role) ?? 0,
  }));

  const rows: GroupRow[] = await db('access_groups').select('*').orderByRaw('lower(name), id');
  const counts = await memberCounts(db, rows.map((r) => r.id));
  return [...builtIn, ...rows.map((row) => present(row, catalog, counts.get(row.id) ?? 0))];
}

export async function getGroup({ db, catalog }: ReadContext, id: string): Promise<GroupView> {
  const row: GroupRow | undefined = await db('access_groups').where({ id }).first();
  if (!row) throw problems.notFound();
  const members = await membersOf(db, id);
  return present(row, catalog, members.length, members);
}

async function memberCounts(db: Knex.Transaction, groupIds: string[]): Promise<Map<string, number>> {
  if (groupIds.length === 0) return new Map();
  const rows = await db('access_group_members as gm')
    .join('people as p', 'p.id', 'gm.person_id')
    .whereIn('gm.group_id', groupIds)
    .whereNot('p.status', 'removed')
    .groupBy('gm.group_id')
    .select('gm.group_id', db.raw('count(*)::int as n'));
  return new Map(rows.map((r: { groupId: string; n: number }) => [r.groupId, Number(r.n)]));
}

async function membersOf(db: Knex.Transaction, groupId: string): Promise<GroupMember[]> {
  return db('access_group_members as gm')
    .join('people as p', 'p.id', 'gm.person_id')
    .where('gm.group_id', groupId)
    .whereNot('p.status', 'removed')
    .orderByRaw('lower(p.name), p.id')
    .select('p.id', 'p.name', 'p.email');
}

// ---------------------------------------------------------------------------------------------
// Changing

export interface NewGroup {
  name: string;
  description?: string;
  audience: Audience;
  permissions: string[];
}

export interface GroupChanges {
  name?: string;
  description?: string;
  permissions?: string[];
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw problems.invalidField('/name', 'must not be blank');
  return trimmed;
}

/**
 * Known keys, each once, that people of the group's audience may hold (see `holdableThroughGroup`);
 * any other is refused with its index.
 */
function checkPermissions(keys: string[], catalog: PermissionCatalog, audience: 'partner' | 'staff'): string[] {
  const errors: FieldError[] = [];
  keys.forEach((key, i) => {
    const field = `/permissions/${i}`;
    if (!catalog.has(key)) errors.push({ in: 'body', field, message: `"${key}" is not a permission of any installed plugin` });
    else if (catalog.all().some((p) => p.key === key && p.backend)) errors.push({ in: 'body', field, message: `"${key}" is held only by a tenant's backend, through an API key` });
    else if (!holdableThroughGroup(catalog, key, audience === 'partner' ? 'member' : 'staff')) {
      errors.push({
        in: 'body',
        field,
        message: audience === 'partner' ? `"${key}" is the programme's staff's to hold; a partner's group cannot grant it` : `"${key}" is a partner's own act; a staff group cannot grant it`,
      });
    }
  });
  if (errors.length > 0) throw problems.badRequest(errors.length === 1 ? errors[0].message : `${errors.length} permissions are unknown.`, errors);
  return [...new Set(keys)];
}

/**
 * Refuses to let the actor hand out (or take back) a permission they do not hold themselves — but
 * staff may give partners' groups a partner's own acts (taking a course), which no staff person holds.
 */
function assertHolds(actor: Actor, keys: Iterable<string>, catalog: PermissionCatalog): void {
  const partnersOwn = (key: string) => actor.kind === 'staff' && partnerSideOnly(catalog.all().find((p) => p.key === key));
  const missing = [...new Set(keys)].filter((key) => !actor.permissions.has(key) && !partnersOwn(key));
  if (missing.length > 0) {
    throw problems.forbidden(`You cannot change who holds permissions you do not hold yourself: ${missing.join(', ')}.`);
  }
}

async function assertDelegable(db: Knex.Transaction, tenantId: string, catalog: PermissionCatalog, keys: string[]): Promise<void> {
  const bound = tenantDelegable(catalog, await loadDelegableSetting(db, tenantId));
  const errors: FieldError[] = [];
  keys.forEach((key, i) => {
    if (!bound.has(key)) errors.push({ in: 'body', field: `/permissions/${i}`, message: `"${key}" is not among the permissions the programme lets partners delegate; an organisation's group cannot grant it` });
  });
  if (errors.length > 0) throw problems.badRequest(errors.length === 1 ? errors[0].message : `${errors.length} of these permissions cannot be delegated to partners.`, errors);
}

async function assertNameFree(db: Knex.Transaction, name: string, exceptId?: string): Promise<void> {
  const lower = name.toLowerCase();
  if (BUILT_IN_ROLES.some((role) => role.toLowerCase() === lower)) throw nameTaken(name);
  // Unique among tenant-wide groups; an organisation's groups have names of their own (see partner-groups).
  const clash = db('access_groups').whereNull('partner_id').whereRaw('lower(name) = ?', [lower]).first('id');
  if (exceptId) clash.whereNot('id', exceptId);
  if (await clash) throw nameTaken(name);
}

async function lockGroup(db: Knex.Transaction, id: string): Promise<GroupRow> {
  const row: GroupRow | undefined = await db('access_groups').where({ id }).forUpdate().first();
  if (!row) throw problems.notFound();
  return row;
}

export async function createGroup(ctx: GroupsContext, input: NewGroup): Promise<GroupView> {
  const { db, catalog, actor } = ctx;
  const name = cleanName(input.name);
  const permissions = checkPermissions(input.permissions, catalog, input.audience);
  assertHolds(actor, permissions, catalog);
  await assertNameFree(db, name);
  let row: GroupRow;
  try {
    [row] = await db('access_groups')
      .insert({ tenantId: ctx.tenantId, name, description: (input.description ?? '').trim(), audience: input.audience, permissions })
      .returning('*');
  } catch (error) {
    // Another request took the name between our check and our insert.
    if (isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  }
  await ctx.audit({ action: 'access.group.created', targetType: 'access_group', targetId: row.id, partnerId: null, after: snapshot(row) });
  return present(row, catalog, 0, []);
}

export async function updateGroup(ctx: GroupsContext, id: string, changes: GroupChanges): Promise<GroupView> {
  const { db, catalog, actor } = ctx;
  const before = await lockGroup(db, id);
  assertHolds(actor, grantedBy(before, catalog), catalog);
  const update: Record<string, unknown> = {};
  if (changes.name !== undefined) {
    const name = cleanName(changes.name);
    if (name !== before.name) {
      await assertNameFree(db, name, id);
      update.name = name;
    }
  }
  if (changes.description !== undefined) update.description = changes.description.trim();
  if (changes.permissions !== undefined) {
    const permissions = checkPermissions(changes.permissions, catalog, before.audience);
    assertHolds(actor, permissions, catalog);
    // An organisation's own group (see partner-groups) stays within the tenant's bound, whoever changes it.
    if (before.partnerId) await assertDelegable(db, ctx.tenantId, catalog, changes.permissions);
    update.permissions = permissions;
  }
  let after: GroupRow;
  try {
    [after] = await db('access_groups').where({ id }).update({ ...update, updatedAt: db.fn.now() }).returning('*');
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(String(update.name));
    throw error;
  }
  await ctx.audit({ action: 'access.group.updated', targetType: 'access_group', targetId: id, partnerId: null, before: snapshot(before), after: snapshot(after) });
  const members = await membersOf(db, id);
  return present(after, catalog, members.length, members);
}

export async function deleteGroup(ctx: GroupsContext, id: string): Promise<void> {
  const { db, catalog, actor } = ctx;
  const row = await lockGroup(db, id);
  assertHolds(actor, grantedBy(row, catalog), catalog);
  const count = (await memberCounts(db, [id])).get(id) ?? 0;
  if (count > 0) {
    throw new HttpProblem(409, 'group-in-use', 'Conflict', {
      detail: `This group still has ${count} member${count === 1 ? '' : 's'}; empty it before deleting it.`,
      extensions: { memberCount: count },
    });
  }
  // Rows left for removed people go with the group (on delete cascade).
  await db('access_groups').where({ id }).delete();
  await ctx.audit({ action: 'access.group.deleted', targetType: 'access_group', targetId: id, partnerId: null, before: snapshot(row) });
}

/** Makes `personIds` the group's members, all at once. */
export async function replaceMembers(ctx: GroupsContext, id: string, personIds: string[]): Promise<GroupView> {
  const { db, catalog, actor } = ctx;
  const group = await lockGroup(db, id);
  assertHolds(actor, grantedBy(group, catalog), catalog);
  const wanted = [...new Set(personIds)];
  const found = new Map<string, { kind: string; status: string }>();
  if (wanted.length > 0) {
    const rows = db('people').whereIn('id', wanted).select('id', 'kind', 'status');
    // An organisation's group (see partner-groups) takes that organisation's people only.
    if (group.partnerId) rows.whereExists(db('memberships as m').whereRaw('m.person_id = people.id').where('m.partner_id', group.partnerId).select(db.raw('1')));
    for (const row of await rows) found.set(row.id, row);
  }
  const kind = group.audience === 'partner' ? 'member' : 'staff';
  const errors: FieldError[] = [];
  personIds.forEach((personId, i) => {
    const person = found.get(personId);
    if (!person || person.status === 'removed') {
      errors.push({ in: 'body', field: `/personIds/${i}`, message: 'is not a person of this programme' });
    } else if (person.kind !== kind) {
      const message = group.audience === 'partner' ? 'is a staff person; this group is for partner members' : 'is a partner member; this group is for staff';
      errors.push({ in: 'body', field: `/personIds/${i}`, message });
    }
  });
  if (errors.length > 0) {
    throw problems.badRequest(errors.length === 1 ? `The person at ${errors[0].field} ${errors[0].message}.` : `${errors.length} of these people cannot join this group.`, errors);
  }

  const beforeIds: string[] = (await db('access_group_members').where({ groupId: id }).select('person_id')).map((r: { personId: string }) => r.personId);
  await db('access_group_members').where({ groupId: id }).delete();
  if (wanted.length > 0) {
    await db('access_group_members').insert(wanted.map((personId) => ({ tenantId: ctx.tenantId, groupId: id, personId })));
  }
  await db('access_groups').where({ id }).update({ updatedAt: db.fn.now() });
  await ctx.audit({
    action: 'access.group.members-replaced',
    targetType: 'access_group',
    targetId: id,
    partnerId: null,
    before: { personIds: [...beforeIds].sort() },
    after: { personIds: [...wanted].sort() },
  });
  const members = await membersOf(db, id);
  const after: GroupRow = await db('access_groups').where({ id }).first();
  return present(after, catalog, members.length, members);
}

// ---------------------------------------------------------------------------------------------
// The permissions matrix

export interface MatrixPermission {
  key: string;
  description: string;
  administrative: boolean;
  roles: string[];
  groups: { id: string; name: string }[];
  people: { id: string; name: string; via: string }[];
  peopleCount: number;
}

export interface Matrix {
  plugins: { plugin: string; permissions: MatrixPermission[] }[];
}

/**
 * Who holds each permission, by plugin, in two queries whatever the number of permissions: the
 * groups, then the holders (by role or group), ranked and cut to the first few per permission in SQL.
 */
export async function permissionsMatrix({ db, catalog }: ReadContext): Promise<Matrix> {
  const declared = catalog.all();
  const ofRole = new Map(BUILT_IN_ROLES.map((role) => [role, catalog.ofRole(role)]));
  const roleGrants: { role: string; key: string }[] = [];
  for (const [role, keys] of ofRole) for (const key of keys) roleGrants.push({ role, key });

  const groups: { id: string; name: string; permissions: string[] }[] = await db('access_groups').select('id', 'name', 'permissions').orderByRaw('lower(name), id');

  const holders = await db.raw(
    `with role_grant as (
        select role, key from jsonb_to_recordset(?::jsonb) as rg(role text, key text)
     ),
     known as (
        select value as key from jsonb_array_elements_text(?::jsonb)
     ),
     first_membership as (${FIRST_MEMBERSHIPS}),
     holder as (
        select rg.key, p.id, p.name, fm.role as via, 0 as rank
          from first_membership fm
          join people p on p.id = fm.person_id and p.status = any(array[?, ?])
          join role_grant rg on rg.role = fm.role
        union all
        select k.key, p.id, p.name, g.name as via, 1 as rank
          from access_group_members gm
          join access_groups g on g.id = gm.group_id
          join people p on p.id = gm.person_id and p.status = any(array[?, ?])
          cross join lateral unnest(g.permissions) as k(key)
         where k.key in (select key from known)
           and exists (select 1 from first_membership fm where fm.person_id = p.id)
     ),
     one_per_person as (
        select distinct on (key, id) key, id, name, via from holder order by key, id, rank, lower(via)
     ),
     ranked as (
        select key, id, name, via,
               row_number() over (partition by key order by lower(name), id) as n,
               count(*) over (partition by key) as total
          from one_per_person
     )
     select key, id, name, via, total::int as total from ranked where n <= ? order by key, n`,
    [JSON.stringify(roleGrants), JSON.stringify(declared.map((p) => p.key)), ...HOLDING_STATUSES, ...HOLDING_STATUSES, MATRIX_PEOPLE_LIMIT],
  );
  const people = new Map<string, { list: { id: string; name: string; via: string }[]; total: number }>();
  for (const row of holders.rows as { key: string; id: string; name: string; via: string; total: number }[]) {
    const entry = people.get(row.key) ?? { list: [], total: Number(row.total) };
    entry.list.push({ id: row.id, name: row.name, via: row.via });
    people.set(row.key, entry);
  }

  const byPlugin = new Map<string, MatrixPermission[]>();
  for (const permission of declared) {
    const list = byPlugin.get(permission.pluginId) ?? [];
    const held = people.get(permission.key);
    list.push({
      key: permission.key,
      description: permission.description,
      administrative: permission.administrative === true,
      roles: BUILT_IN_ROLES.filter((role) => ofRole.get(role)!.has(permission.key)),
      groups: groups.filter((g) => (g.permissions ?? []).includes(permission.key)).map((g) => ({ id: g.id, name: g.name })),
      people: held?.list ?? [],
      peopleCount: held?.total ?? 0,
    });
    byPlugin.set(permission.pluginId, list);
  }
  return { plugins: [...byPlugin].map(([plugin, permissions]) => ({ plugin, permissions })) };
}

/**
 * A partner organisation's own access groups, managed by its partner admins, and what they may see of
 * who in the organisation holds which permission.
 *
 * - A group belongs to one organisation (`access_groups.partner_id`): every read and change is scoped
 *   to the actor's organisation, so another organisation's group is not found (404), never forbidden.
 * - Members are people of that organisation only; a group adds to their role (see `actor.ts`, which
 *   counts an organisation's group only for that organisation's people), never replaces its rules.
 * - What a group may grant is bounded: the tenant's `partnerDelegable` setting (see `delegable.ts`)
 *   and what the acting partner admin holds; anything else is a 400 naming `/permissions/N`.
 * - Every change is audited with the organisation as partner, so its admins and staff see it.
 *
 * Changes lock the group's row first, as the staff groups do.
 */
import type { Knex } from 'knex';
import type { Actor, AuditEntry, FieldError, PermissionCatalog } from '@portico/core';
import { BUILT_IN_ROLES, HttpProblem, isPartnerRole, problems } from '@portico/core';
import { actorFor, holdableThroughGroup, type PersonAccess } from '../actor.js';
import type { GroupMember } from '../groups/service.js';
import { everDelegable, tenantDelegable } from './delegable.js';

export interface PartnerGroupView {
  id: string;
  name: string;
  description: string;
  partnerId: string;
  permissions: string[];
  memberCount: number;
  createdAt: string;
  updatedAt: string;
  members?: GroupMember[];
}

export interface PartnerGroupsContext {
  db: Knex.Transaction;
  tenantId: string;
  actor: Actor;
  catalog: PermissionCatalog;
  /** The tenant's `partnerDelegable` setting (null: the default bound). */
  delegableSetting: readonly string[] | null;
  audit(entry: AuditEntry): Promise<void>;
}

interface Row {
  id: string;
  name: string;
  description: string;
  partnerId: string;
  permissions: string[];
  createdAt: Date | string;
  updatedAt: Date | string;
}

const iso = (value: Date | string) => new Date(value).toISOString();
const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === '23505';

/** The actor's organisation: only a partner's member has one (staff manage groups at `/access/groups`). */
function organisationOf(actor: Actor): string {
  if (actor.kind !== 'member' || !actor.partnerId) throw problems.forbidden('Only a partner organisation’s admins manage its access groups; staff use the access groups page.');
  return actor.partnerId;
}

/** What the actor may put in a group: the tenant's bound, cut to what they hold. */
export function delegableBy(ctx: Pick<PartnerGroupsContext, 'actor' | 'catalog' | 'delegableSetting'>): Set<string> {
  const bound = tenantDelegable(ctx.catalog, ctx.delegableSetting);
  return new Set([...bound].filter((key) => ctx.actor.permissions.has(key)));
}

function present(row: Row, catalog: PermissionCatalog, memberCount: number, members?: GroupMember[]): PartnerGroupView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    partnerId: row.partnerId,
    permissions: (row.permissions ?? []).filter((key) => catalog.has(key)),
    memberCount,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    ...(members ? { members } : {}),
  };
}

const snapshot = (row: Row) => ({ name: row.name, description: row.description, permissions: row.permissions });

function nameTaken(name: string): HttpProblem {
  return new HttpProblem(409, 'name-taken', 'Conflict', {
    detail: `The name "${name}" is already taken by a built-in role or another group of your organisation.`,
    errors: [{ in: 'body', field: '/name', message: `"${name}" is already the name of a role or group` }],
  });
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw problems.invalidField('/name', 'must not be blank');
  return trimmed;
}

/** Each key must be delegable by the actor; any other is refused with its index and the reason. */
function checkPermissions(ctx: PartnerGroupsContext, keys: string[]): string[] {
  const { catalog, actor } = ctx;
  const bound = tenantDelegable(catalog, ctx.delegableSetting);
  const errors: FieldError[] = [];
  keys.forEach((key, i) => {
    const field = `/permissions/${i}`;
    if (!catalog.has(key)) errors.push({ in: 'body', field, message: `"${key}" is not a permission of any installed plugin` });
    else if (!everDelegable(catalog, key)) errors.push({ in: 'body', field, message: `"${key}" cannot be delegated: it is administrative or the programme’s staff’s` });
    else if (!bound.has(key)) errors.push({ in: 'body', field, message: `"${key}" is not among the permissions the programme lets partners delegate` });
    else if (!actor.permissions.has(key)) errors.push({ in: 'body', field, message: `"${key}" is not a permission you hold yourself` });
  });
  if (errors.length > 0) throw problems.badRequest(errors.length === 1 ? errors[0].message : `${errors.length} of these permissions cannot be delegated.`, errors);
  return [...new Set(keys)];
}

async function assertNameFree(db: Knex.Transaction, partnerId: string, name: string, exceptId?: string): Promise<void> {
  const lower = name.toLowerCase();
  if (BUILT_IN_ROLES.some((role) => role.toLowerCase() === lower)) throw nameTaken(name);
  const clash = db('access_groups').where({ partnerId }).whereRaw('lower(name) = ?', [lower]).first('id');
  if (exceptId) clash.whereNot('id', exceptId);
  if (await clash) throw nameTaken(name);
}

async function findGroup(db: Knex.Transaction, partnerId: string, id: string, lock = false): Promise<Row> {
  const query = db('access_groups').where({ id, partnerId }).first();
  if (lock) query.forUpdate();
  const row: Row | undefined = await query;
  if (!row) throw problems.notFound();
  return row;
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
// Reading

export async function listPartnerGroups(ctx: PartnerGroupsContext): Promise<PartnerGroupView[]> {
  const partnerId = organisationOf(ctx.actor);
  const rows: Row[] = await ctx.db('access_groups').where({ partnerId }).select('*').orderByRaw('lower(name), id');
  if (rows.length === 0) return [];
  const counts = await ctx
    .db('access_group_members as gm')
    .join('people as p', 'p.id', 'gm.person_id')
    .whereIn(
      'gm.group_id',
      rows.map((r) => r.id),
    )
    .whereNot('p.status', 'removed')
    .groupBy('gm.group_id')
    .select('gm.group_id', ctx.db.raw('count(*)::int as n'));
  const perGroup = new Map(counts.map((r: { groupId: string; n: number }) => [r.groupId, Number(r.n)]));
  return rows.map((row) => present(row, ctx.catalog, perGroup.get(row.id) ?? 0));
}

export async function getPartnerGroup(ctx: PartnerGroupsContext, id: string): Promise<PartnerGroupView> {
  const row = await findGroup(ctx.db, organisationOf(ctx.actor), id);
  const members = await membersOf(ctx.db, id);
  return present(row, ctx.catalog, members.length, members);
}

// ---------------------------------------------------------------------------------------------
// Changing

export async function createPartnerGroup(ctx: PartnerGroupsContext, input: { name: string; description?: string; permissions: string[] }): Promise<PartnerGroupView> {
  const partnerId = organisationOf(ctx.actor);
  const name = cleanName(input.name);
  const permissions = checkPermissions(ctx, input.permissions);
  await assertNameFree(ctx.db, partnerId, name);
  let row: Row;
  try {
    [row] = await ctx
      .db('access_groups')
      .insert({ tenantId: ctx.tenantId, partnerId, name, description: (input.description ?? '').trim(), audience: 'partner', permissions })
      .returning('*');
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  }
  await ctx.audit({ action: 'access.partner-group.created', targetType: 'access_group', targetId: row.id, partnerId, after: snapshot(row) });
  return present(row, ctx.catalog, 0, []);
}

export async function updatePartnerGroup(ctx: PartnerGroupsContext, id: string, changes: { name?: string; description?: string; permissions?: string[] }): Promise<PartnerGroupView> {
  const partnerId = organisationOf(ctx.actor);
  const before = await findGroup(ctx.db, partnerId, id, true);
  const update: Record<string, unknown> = {};
  if (changes.name !== undefined) {
    const name = cleanName(changes.name);
    if (name !== before.name) {
      await assertNameFree(ctx.db, partnerId, name, id);
      update.name = name;
    }
  }
  if (changes.description !== undefined) update.description = changes.description.trim();
  if (changes.permissions !== undefined) update.permissions = checkPermissions(ctx, changes.permissions);
  let after: Row;
  try {
    [after] = await ctx
      .db('access_groups')
      .where({ id })
      .update({ ...update, updatedAt: ctx.db.fn.now() })
      .returning('*');
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(String(update.name));
    throw error;
  }
  await ctx.audit({ action: 'access.partner-group.updated', targetType: 'access_group', targetId: id, partnerId, before: snapshot(before), after: snapshot(after) });
  const members = await membersOf(ctx.db, id);
  return present(after, ctx.catalog, members.length, members);
}

export async function deletePartnerGroup(ctx: PartnerGroupsContext, id: string): Promise<void> {
  const partnerId = organisationOf(ctx.actor);
  const row = await findGroup(ctx.db, partnerId, id, true);
  const count = (await membersOf(ctx.db, id)).length;
  if (count > 0) {
    throw new HttpProblem(409, 'group-in-use', 'Conflict', {
      detail: `This group still has ${count} member${count === 1 ? '' : 's'}; empty it before deleting it.`,
      extensions: { memberCount: count },
    });
  }
  await ctx.db('access_groups').where({ id }).delete();
  await ctx.audit({ action: 'access.partner-group.deleted', targetType: 'access_group', targetId: id, partnerId, before: snapshot(row) });
}

/**
 * Makes `personIds` the group's members, all at once: each must be an invited or active person of the
 * organisation (anyone else — of another organisation, staff, removed, unknown — is refused alike,
 * 400 naming `/personIds/N`, saying nothing of who they are).
 */
export async function replacePartnerGroupMembers(ctx: PartnerGroupsContext, id: string, personIds: string[]): Promise<PartnerGroupView> {
  const partnerId = organisationOf(ctx.actor);
  const group = await findGroup(ctx.db, partnerId, id, true);
  const wanted = [...new Set(personIds)];
  const ours = new Set<string>();
  if (wanted.length > 0) {
    const rows = await ctx
      .db('people as p')
      .join('memberships as m', 'm.person_id', 'p.id')
      .whereIn('p.id', wanted)
      .where({ 'p.kind': 'member', 'm.partner_id': partnerId })
      .whereNot('p.status', 'removed')
      .select('p.id');
    for (const row of rows) ours.add(row.id);
  }
  const errors: FieldError[] = [];
  personIds.forEach((personId, i) => {
    if (!ours.has(personId)) errors.push({ in: 'body', field: `/personIds/${i}`, message: 'is not a person of your organisation' });
  });
  if (errors.length > 0) {
    throw problems.badRequest(errors.length === 1 ? `The person at ${errors[0].field} ${errors[0].message}.` : `${errors.length} of these people are not people of your organisation.`, errors);
  }
  const beforeIds: string[] = (await ctx.db('access_group_members').where({ groupId: id }).select('person_id')).map((r: { personId: string }) => r.personId);
  await ctx.db('access_group_members').where({ groupId: id }).delete();
  if (wanted.length > 0) await ctx.db('access_group_members').insert(wanted.map((personId) => ({ tenantId: ctx.tenantId, groupId: id, personId })));
  const [after]: Row[] = await ctx.db('access_groups').where({ id }).update({ updatedAt: ctx.db.fn.now() }).returning('*');
  await ctx.audit({
    action: 'access.partner-group.members-replaced',
    targetType: 'access_group',
    targetId: id,
    partnerId,
    before: { name: group.name, personIds: [...beforeIds].sort() },
    after: { name: group.name, personIds: [...wanted].sort() },
  });
  const members = await membersOf(ctx.db, id);
  return present(after, ctx.catalog, members.length, members);
}

// ---------------------------------------------------------------------------------------------
// Who in the organisation holds what, and why

interface OrgPerson {
  id: string;
  name: string;
  access: PersonAccess;
  groups: { id: string; name: string; partnerId: string | null; permissions: string[] }[];
}

/**
 * The organisation's invited and active people, each with their access as `actor.ts` builds it (their
 * first membership decides their role and organisation), in one query.
 */
async function organisationPeople(db: Knex.Transaction, partnerId: string, personId?: string): Promise<OrgPerson[]> {
  const result = await db.raw(
    `with first_membership as (
        select distinct on (m.person_id) m.person_id, m.role, m.partner_id
          from memberships m order by m.person_id, m.created_at, m.id
     )
     select p.id, p.name, p.email, p.kind, p.status, fm.role, fm.partner_id,
            coalesce((select json_agg(json_build_object('id', g.id, 'name', g.name, 'partnerId', g.partner_id, 'permissions', g.permissions) order by lower(g.name), g.id)
                        from access_group_members gm join access_groups g on g.id = gm.group_id
                       where gm.person_id = p.id and (g.partner_id is null or g.partner_id = fm.partner_id)), '[]'::json) as groups
       from people p
       join first_membership fm on fm.person_id = p.id
      where fm.partner_id = ? and p.kind = 'member' and p.status in ('invited', 'active')
        ${personId ? 'and p.id = ?' : ''}
      order by lower(p.name), p.id`,
    [partnerId, ...(personId ? [personId] : [])],
  );
  return result.rows.map((r: any) => ({
    id: r.id,
    name: r.name,
    groups: r.groups,
    access: {
      person: { id: r.id, kind: r.kind, status: r.status, email: r.email, name: r.name },
      role: r.role,
      partnerId: r.partner_id,
      groups: r.groups.map((g: { name: string; permissions: string[] }) => ({ name: g.name, permissions: g.permissions ?? [] })),
    },
  }));
}

/** The role and groups through which a person holds `key` (empty: they do not); `held` is their permissions as `actor.ts` builds them. */
function grantsOf(person: OrgPerson, key: string, catalog: PermissionCatalog, held: ReadonlySet<string>) {
  if (!held.has(key)) return [];
  const grants: { kind: 'role' | 'group'; name: string; id: string | null; managedBy: 'programme' | 'organisation' }[] = [];
  if (catalog.ofRole(person.access.role).has(key)) grants.push({ kind: 'role', name: person.access.role, id: null, managedBy: 'programme' });
  for (const group of person.groups) {
    if ((group.permissions ?? []).includes(key) && holdableThroughGroup(catalog, key, 'member')) {
      grants.push({ kind: 'group', name: group.name, id: group.id, managedBy: group.partnerId ? 'organisation' : 'programme' });
    }
  }
  return grants;
}

/** What the partner admin may delegate, by plugin, and which of the organisation's groups and people hold each. */
export async function partnerPermissions(ctx: Omit<PartnerGroupsContext, 'audit'>) {
  const partnerId = organisationOf(ctx.actor);
  const { catalog } = ctx;
  const delegable = delegableBy(ctx);
  const groups: { id: string; name: string; permissions: string[] }[] = await ctx.db('access_groups').where({ partnerId }).select('id', 'name', 'permissions').orderByRaw('lower(name), id');
  const people = (await organisationPeople(ctx.db, partnerId)).map((person) => ({ person, held: actorFor(person.access, ctx.tenantId, catalog, 'explain').permissions }));
  const byPlugin = new Map<string, unknown[]>();
  for (const permission of catalog.all()) {
    if (!delegable.has(permission.key)) continue;
    const list = byPlugin.get(permission.pluginId) ?? [];
    list.push({
      key: permission.key,
      description: permission.description,
      roles: (permission.grantedTo ?? []).filter((role) => isPartnerRole(role)),
      groups: groups.filter((g) => (g.permissions ?? []).includes(permission.key)).map((g) => ({ id: g.id, name: g.name })),
      people: people
        .filter(({ held }) => held.has(permission.key))
        .map(({ person, held }) => ({ id: person.id, name: person.name, via: grantsOf(person, permission.key, catalog, held).map((g) => g.name) })),
    });
    byPlugin.set(permission.pluginId, list);
  }
  return { plugins: [...byPlugin].map(([plugin, permissions]) => ({ plugin, permissions })) };
}

/** Why a person of the organisation holds a permission: the role and groups that grant it (none: they do not). */
export async function explainPermission(ctx: Omit<PartnerGroupsContext, 'audit'>, personId: string, key: string) {
  const partnerId = organisationOf(ctx.actor);
  const [person] = await organisationPeople(ctx.db, partnerId, personId);
  if (!person) throw problems.notFound('No such person in your organisation.');
  if (!ctx.catalog.has(key)) throw problems.notFound(`"${key}" is not a permission of any installed plugin.`);
  const grantedBy = grantsOf(person, key, ctx.catalog, actorFor(person.access, ctx.tenantId, ctx.catalog, 'explain').permissions);
  return { personId, permission: key, holds: grantedBy.length > 0, grantedBy };
}

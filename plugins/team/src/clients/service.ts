/**
 * Client companies and which members look after them.
 *
 * Staff register an organisation's clients and assign them to its members; partner admins assign
 * within their own organisation (the fleet plugin, once it exists, will let partners register clients
 * themselves). A member sees the clients assigned to them; an admin sees anyone's in their organisation.
 *
 * An assignment counts only while the person is still a member of the client's organisation; one left
 * behind by a person who moved elsewhere is a cross-organisation assignment: hidden from partners,
 * flagged to staff, who remove it.
 */
import type { Knex } from 'knex';
import type { AuditEntry } from '@portico/core';
import { hasPermission, problems } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import { P } from '../permissions.js';
import { acting, escapeLike, isMember, iso, lockOrganisation, organisationFor, type Acting, type TeamContext } from '../scope.js';

export interface ClientView {
  id: string;
  partnerId: string;
  name: string;
  domain: string | null;
  country: string | null;
  status: 'active' | 'archived';
  createdAt: string;
  assignees: AssigneeView[];
}

export interface AssigneeView {
  personId: string;
  name: string;
  /** Staff only: the person is no longer a member of the client's organisation. */
  crossOrganisation?: boolean;
}

export interface AssignedClientView {
  id: string;
  name: string;
  domain: string | null;
  country: string | null;
  status: 'active' | 'archived';
  assignedAt: string;
}

interface ClientsContext extends TeamContext {
  audit(entry: AuditEntry): Promise<void>;
}

interface ClientRow {
  id: string;
  partnerId: string;
  name: string;
  domain: string | null;
  country: string | null;
  status: 'active' | 'archived';
  createdAt: Date | string;
}

const CLIENT_COLUMNS = ['c.id', 'c.partner_id', 'c.name', 'c.domain', 'c.country', 'c.status', 'c.created_at'];

/** Assignments that hold: the person is still a member (not removed) of the client's organisation. */
function holdingAssignments(db: Knex.Transaction): Knex.QueryBuilder {
  return db('team_client_assignments as a')
    .join('clients as c', 'c.id', 'a.client_id')
    .join('memberships as m', function () {
      this.on('m.person_id', 'a.person_id').andOn('m.partner_id', 'c.partner_id');
    })
    .join('people as p', 'p.id', 'a.person_id')
    .whereNot('p.status', 'removed');
}

async function assigneesOf(ctx: TeamContext, who: Acting, clientIds: string[]): Promise<Map<string, AssigneeView[]>> {
  const byClient = new Map<string, AssigneeView[]>(clientIds.map((id) => [id, []]));
  if (!clientIds.length) return byClient;
  const holding = await holdingAssignments(ctx.db).whereIn('a.client_id', clientIds).orderBy('p.name').select('a.client_id', 'a.person_id', 'p.name');
  for (const row of holding) byClient.get(row.clientId)?.push({ personId: row.personId, name: row.name });
  if (!isMember(who)) {
    const stray = await ctx.db('team_client_assignments as a')
      .join('clients as c', 'c.id', 'a.client_id')
      .join('people as p', 'p.id', 'a.person_id')
      .whereIn('a.client_id', clientIds)
      .whereNotExists(function () {
        this.select(ctx.db.raw('1')).from('memberships as m').whereRaw('m.person_id = a.person_id and m.partner_id = c.partner_id');
      })
      .select('a.client_id', 'a.person_id', 'p.name');
    for (const row of stray) byClient.get(row.clientId)?.push({ personId: row.personId, name: row.name, crossOrganisation: true });
  }
  return byClient;
}

const presentClient = (row: ClientRow, assignees: AssigneeView[]): ClientView => ({
  id: row.id,
  partnerId: row.partnerId,
  name: row.name,
  domain: row.domain ?? null,
  country: row.country ?? null,
  status: row.status,
  createdAt: iso(row.createdAt),
  assignees,
});

export async function listClients(
  ctx: TeamContext,
  query: { cursor?: string; limit?: number; q?: string; partnerId?: string; status?: 'active' | 'archived' },
): Promise<{ items: ClientView[]; nextCursor: string | null }> {
  const who = acting(ctx.actor);
  const partnerId = organisationFor(who, query.partnerId);
  const q = ctx.db('clients as c').where('c.tenant_id', ctx.tenant.id).select(CLIENT_COLUMNS);
  if (partnerId) q.where('c.partner_id', partnerId);
  if (query.status) q.where('c.status', query.status);
  const text = query.q?.trim();
  if (text) {
    const pattern = `%${escapeLike(text)}%`;
    q.where((w) => w.whereILike('c.name', pattern).orWhereILike('c.domain', pattern));
  }
  const page = await keysetPage<ClientRow & Record<string, unknown>>(
    q,
    [
      { column: 'c.name', direction: 'asc' },
      { column: 'c.id', direction: 'asc' },
    ],
    query,
  );
  const assignees = await assigneesOf(ctx, who, page.items.map((c) => c.id));
  return { items: page.items.map((row) => presentClient(row, assignees.get(row.id) ?? [])), nextCursor: page.nextCursor };
}

async function findClient(ctx: TeamContext, who: Acting, id: string): Promise<ClientRow> {
  const q = ctx.db('clients as c').where({ 'c.id': id, 'c.tenant_id': ctx.tenant.id }).first(CLIENT_COLUMNS);
  if (isMember(who)) q.where('c.partner_id', who.scope.partnerId);
  const row = (await q) as ClientRow | undefined;
  if (!row) throw problems.notFound('No such client.');
  return row;
}

export async function getClient(ctx: TeamContext, id: string): Promise<ClientView> {
  const who = acting(ctx.actor);
  const row = await findClient(ctx, who, id);
  return presentClient(row, (await assigneesOf(ctx, who, [id])).get(id) ?? []);
}

export interface ClientInput {
  name: string;
  domain?: string | null;
  country?: string | null;
  partnerId?: string;
}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === '23505';
const nameTaken = () => problems.conflict('This organisation already has a client of that name.', 'client-name-taken');

function cleaned(input: Partial<ClientInput>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (input.name !== undefined) {
    const name = input.name.trim();
    if (!name) throw problems.invalidField('/name', 'must not be blank');
    out.name = name;
  }
  if (input.domain !== undefined) out.domain = input.domain?.trim().toLowerCase() || null;
  if (input.country !== undefined) out.country = input.country?.toUpperCase() ?? null;
  return out;
}

export async function registerClient(ctx: ClientsContext, input: ClientInput): Promise<ClientView> {
  const who = acting(ctx.actor);
  const partnerId = organisationFor(who, input.partnerId);
  if (!partnerId) throw problems.invalidField('/partnerId', 'is required: name the organisation the client belongs to');
  await lockOrganisation(ctx, who, partnerId);
  let row: ClientRow;
  try {
    [row] = await ctx.db('clients')
      .insert({ tenantId: ctx.tenant.id, partnerId, ...cleaned(input) })
      .returning(['id', 'partner_id', 'name', 'domain', 'country', 'status', 'created_at']);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
  await ctx.audit({ action: 'team.client.registered', targetType: 'client', targetId: row.id, partnerId, after: presentClient(row, []) });
  return presentClient(row, []);
}

export async function updateClient(ctx: ClientsContext, id: string, input: Partial<ClientInput> & { status?: 'active' | 'archived' }): Promise<ClientView> {
  const who = acting(ctx.actor);
  const before = await findClient(ctx, who, id);
  await lockOrganisation(ctx, who, before.partnerId);
  const changes = { ...cleaned(input), ...(input.status ? { status: input.status } : {}) };
  try {
    await ctx.db('clients').where({ id }).update({ ...changes, updatedAt: ctx.db.fn.now() });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
  const after = await getClient(ctx, id);
  await ctx.audit({ action: 'team.client.updated', targetType: 'client', targetId: id, partnerId: before.partnerId, before: presentClient(before, []), after: { ...after, assignees: undefined } });
  return after;
}

/** The clients that hold for one member, newest assignment first. */
async function assignedTo(ctx: TeamContext, personId: string, partnerId: string): Promise<AssignedClientView[]> {
  const rows = await holdingAssignments(ctx.db)
    .where({ 'a.person_id': personId, 'c.partner_id': partnerId })
    .orderBy([{ column: 'a.created_at', order: 'desc' }, { column: 'c.id', order: 'desc' }])
    .select('c.id', 'c.name', 'c.domain', 'c.country', 'c.status', 'a.created_at as assigned_at');
  return rows.map((r: Record<string, any>) => ({ id: r.id, name: r.name, domain: r.domain ?? null, country: r.country ?? null, status: r.status, assignedAt: iso(r.assignedAt) }));
}

/** The organisation a member belongs to, within the actor's reach, or 404. */
async function memberOrganisation(ctx: TeamContext, who: Acting, personId: string): Promise<string> {
  const q = ctx.db('memberships as m')
    .join('people as p', 'p.id', 'm.person_id')
    .where({ 'p.id': personId, 'p.kind': 'member', 'p.tenant_id': ctx.tenant.id })
    .whereIn('p.status', ['invited', 'active', 'deactivated'])
    .whereNotNull('m.partner_id')
    .first('m.partner_id');
  if (isMember(who)) q.where('m.partner_id', who.scope.partnerId);
  const row = await q;
  if (!row) throw problems.notFound('No such member.');
  return row.partnerId;
}

export async function myClients(ctx: TeamContext): Promise<{ items: AssignedClientView[] }> {
  const who = acting(ctx.actor);
  if (!isMember(who) || !who.actor.personId) return { items: [] };
  return { items: await assignedTo(ctx, who.actor.personId, who.scope.partnerId) };
}

export async function clientsOfMember(ctx: TeamContext, personId: string): Promise<{ items: AssignedClientView[] }> {
  const who = acting(ctx.actor);
  const partnerId = await memberOrganisation(ctx, who, personId);
  if (personId !== who.actor.personId && !hasPermission(who.actor, P.manage)) {
    throw problems.forbidden('You can see your own assigned clients only.');
  }
  return { items: await assignedTo(ctx, personId, partnerId) };
}

export async function assignClient(ctx: ClientsContext, clientId: string, personId: string): Promise<{ id: string; clientId: string; personId: string; partnerId: string }> {
  const who = acting(ctx.actor);
  const client = await findClient(ctx, who, clientId);
  await lockOrganisation(ctx, who, client.partnerId);
  const memberPartner = await memberOrganisation(ctx, who, personId);
  if (memberPartner !== client.partnerId) {
    // Only staff reach people of other organisations; they are told why instead of a 404.
    throw problems.conflict('This person is not a member of the client’s organisation; assign the client to one of its own members.', 'wrong-organisation');
  }
  if (client.status !== 'active') throw problems.conflict('This client is archived; make it active again before assigning it.', 'client-archived');
  const [row] = await ctx.db('team_client_assignments')
    .insert({ tenantId: ctx.tenant.id, partnerId: client.partnerId, clientId, personId, assignedBy: who.actor.personId })
    .onConflict(['client_id', 'person_id'])
    .ignore()
    .returning('id');
  if (!row) throw problems.conflict('This client is already assigned to this member.', 'already-assigned');
  await ctx.audit({ action: 'team.client.assigned', targetType: 'client', targetId: clientId, partnerId: client.partnerId, after: { personId } });
  return { id: row.id, clientId, personId, partnerId: client.partnerId };
}

export async function unassignClient(ctx: ClientsContext, clientId: string, personId: string): Promise<void> {
  const who = acting(ctx.actor);
  const client = await findClient(ctx, who, clientId);
  await lockOrganisation(ctx, who, client.partnerId);
  // A member removes only assignments that hold in their organisation; stray ones are for staff to fix.
  const source = isMember(who) ? holdingAssignments(ctx.db) : ctx.db('team_client_assignments as a');
  const assignment = await source.where({ 'a.client_id': clientId, 'a.person_id': personId }).first('a.id');
  const removed = assignment ? await ctx.db('team_client_assignments').where({ id: assignment.id }).delete() : 0;
  if (!removed) throw problems.notFound('This client is not assigned to this member.');
  await ctx.audit({ action: 'team.client.unassigned', targetType: 'client', targetId: clientId, partnerId: client.partnerId, before: { personId } });
}

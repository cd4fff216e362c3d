/**
 * The roster, role changes and removal.
 *
 * Privacy: a member sees their own two-factor status and exact last activity; for their peers only
 * a coarse activity ("active this week" / "inactive"), computed here and never the values behind it.
 * Staff see the exact values (they support the programme). Sorting by activity for a member sorts by
 * the same coarse value, so the order reveals no more than the labels.
 *
 * Rules, each enforced here whatever the browser sends: no change to oneself; partner admins switch
 * members between partner_admin and partner_user only; the last active partner_admin stays; a
 * suspended or archived organisation is read-only for its members.
 */
import type { Knex } from 'knex';
import type { AuditEntry } from '@portico/core';
import { PARTNER_ROLES, problems } from '@portico/core';
import { keysetPage, type SortKey } from '@portico/core/server';
import { mfaStatusOf, removePerson, type PeopleContext } from '@portico/plugin-access';
import { acting, escapeLike, isMember, iso, keepAnAdministrator, lockOrganisation, organisationFor, type Acting, type TeamContext } from '../scope.js';
import type { TeamEmit } from '../types.js';

export const ACTIVE_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

export type Activity = 'active-this-week' | 'inactive' | 'unknown';

export interface MemberView {
  id: string;
  name: string;
  email: string;
  role: string;
  status: 'active' | 'deactivated';
  partnerId: string;
  isYou: boolean;
  activity: Activity;
  /** Only for oneself and for staff. */
  lastSeenAt?: string | null;
  /** Only for oneself and for staff. */
  mfa?: 'enabled' | 'not-enabled';
}

/** What managing needs: the team's context plus what access needs to invite or remove a person. */
export type ManagingContext = TeamContext &
  PeopleContext & {
    audit(entry: AuditEntry): Promise<void>;
    emit: TeamEmit;
  };

interface MemberRow {
  id: string;
  name: string;
  email: string;
  role: string;
  status: 'active' | 'deactivated';
  partnerId: string;
  lastSeenAt: Date | string | null;
  mfaEnabled: boolean;
}

/** Members of organisations (active or deactivated; invitations are listed apart), one row each; `mfaEnabled` comes from access (`withMfa`). */
function members(db: Knex.Transaction, tenantId: string, since: Date): Knex.QueryBuilder {
  return db('people as p')
    .join('memberships as m', 'm.person_id', 'p.id')
    .where('p.tenant_id', tenantId)
    .where('p.kind', 'member')
    .whereIn('p.status', ['active', 'deactivated'])
    .whereNotNull('m.partner_id')
    .select(
      'p.id',
      'p.name',
      'p.email',
      'p.status',
      'p.last_seen_at',
      'm.role',
      'm.partner_id',
      db.raw('(case when p.last_seen_at >= ? then 1 else 0 end) as activity_rank', [since.toISOString()]),
      db.raw("coalesce(p.last_seen_at, '-infinity'::timestamptz) as last_activity"),
    );
}

/** Adds each member's two-factor status, asked of the access plugin in one call for all the rows. */
async function withMfa<R extends { id: string }>(db: Knex.Transaction, rows: R[]): Promise<(R & { mfaEnabled: boolean })[]> {
  const mfa = await mfaStatusOf(db, rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, mfaEnabled: mfa.get(row.id) ?? false }));
}

function activityOf(lastSeenAt: Date | string | null, since: Date): Activity {
  if (!lastSeenAt) return 'unknown';
  return new Date(lastSeenAt).getTime() >= since.getTime() ? 'active-this-week' : 'inactive';
}

function present(row: MemberRow, who: Acting, since: Date): MemberView {
  const isYou = row.id === who.actor.personId;
  const view: MemberView = {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    status: row.status,
    partnerId: row.partnerId,
    isYou,
    activity: activityOf(row.lastSeenAt, since),
  };
  if (isYou || !isMember(who)) {
    view.lastSeenAt = row.lastSeenAt ? iso(row.lastSeenAt) : null;
    view.mfa = row.mfaEnabled ? 'enabled' : 'not-enabled';
  }
  return view;
}

const sinceNow = () => new Date(Date.now() - ACTIVE_WINDOW_DAYS * DAY_MS);

export type RosterSort = 'name' | 'email' | 'role' | 'activity';

export interface RosterQuery {
  cursor?: string;
  limit?: number;
  q?: string;
  sort?: RosterSort;
  direction?: 'asc' | 'desc';
  partnerId?: string;
}

export async function listMembers(ctx: TeamContext, query: RosterQuery): Promise<{ items: MemberView[]; nextCursor: string | null }> {
  const who = acting(ctx.actor);
  const partnerId = organisationFor(who, query.partnerId);
  const since = sinceNow();
  const inner = members(ctx.db, ctx.tenant.id, since);
  if (partnerId) inner.where('m.partner_id', partnerId);
  const q = query.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    inner.where((w) => w.whereILike('p.name', pattern).orWhereILike('p.email', pattern));
  }
  const direction = query.direction ?? 'asc';
  const by = (column: string): SortKey => ({ column: `r.${column}`, direction });
  const sortBy: Record<RosterSort, SortKey[]> = {
    name: [by('name'), by('id')],
    email: [by('email'), by('id')],
    role: [by('role'), by('name'), by('id')],
    // Members sort by the coarse activity only; staff by the exact time.
    activity: isMember(who) ? [by('activity_rank'), by('name'), by('id')] : [by('last_activity'), by('id')],
  };
  const page = await keysetPage<MemberRow & Record<string, unknown>>(ctx.db.from(inner.as('r')), sortBy[query.sort ?? 'name'], query);
  const items = await withMfa(ctx.db, page.items);
  return { items: items.map((row) => present(row, who, since)), nextCursor: page.nextCursor };
}

/** A member in the actor's reach (their organisation; staff: anywhere), or 404. */
async function findMember(ctx: TeamContext, who: Acting, id: string): Promise<MemberRow> {
  const query = members(ctx.db, ctx.tenant.id, sinceNow()).where('p.id', id);
  if (isMember(who)) query.where('m.partner_id', who.scope.partnerId);
  const row = (await query.first()) as MemberRow | undefined;
  if (!row) throw problems.notFound('No such member.');
  return (await withMfa(ctx.db, [row]))[0];
}

export async function getMember(ctx: TeamContext, id: string): Promise<MemberView> {
  const who = acting(ctx.actor);
  return present(await findMember(ctx, who, id), who, sinceNow());
}

/** Finds the member, locks their organisation, then reads them again: what was read before may have changed. */
async function lockedMember(ctx: ManagingContext, who: Acting, id: string, notSelf: string): Promise<MemberRow> {
  const before = await findMember(ctx, who, id);
  if (before.id === who.actor.personId) throw problems.conflict(notSelf, 'not-yourself');
  await lockOrganisation(ctx, who, before.partnerId);
  const row = await findMember(ctx, who, id);
  if (row.partnerId !== before.partnerId) throw problems.conflict('This member moved meanwhile; reload and try again.');
  return row;
}

const SELF_SERVICE_ROLES = ['partner_admin', 'partner_user'];

export async function changeRole(ctx: ManagingContext, id: string, role: string): Promise<MemberView> {
  const who = acting(ctx.actor);
  if (!(PARTNER_ROLES as readonly string[]).includes(role)) throw problems.invalidField('/role', `must be a partner role (${PARTNER_ROLES.join(', ')})`);
  const target = await lockedMember(ctx, who, id, 'You cannot change your own role; ask another administrator.');
  if (isMember(who) && (!SELF_SERVICE_ROLES.includes(role) || !SELF_SERVICE_ROLES.includes(target.role))) {
    throw problems.forbidden('Partner administrators switch members between partner_admin and partner_user; other roles are set by the programme’s staff.');
  }
  if (target.role === role) return present(target, who, sinceNow());
  if (target.role === 'partner_admin' && target.status === 'active') await keepAnAdministrator(ctx, target.partnerId, target.id, 'demote');

  await ctx.db('memberships').where({ personId: id, partnerId: target.partnerId }).update({ role, updatedAt: ctx.db.fn.now() });
  await ctx.audit({
    action: 'team.member.role-changed',
    targetType: 'person',
    targetId: id,
    partnerId: target.partnerId,
    before: { role: target.role },
    after: { role },
  });
  await ctx.emit('team.member.role-changed', { personId: id, partnerId: target.partnerId, from: target.role, to: role });
  return present({ ...target, role }, who, sinceNow());
}

export async function removeMember(ctx: ManagingContext, id: string): Promise<void> {
  const who = acting(ctx.actor);
  const target = await lockedMember(ctx, who, id, 'You cannot remove yourself from your organisation; ask another administrator.');
  if (target.role === 'partner_admin' && target.status === 'active') await keepAnAdministrator(ctx, target.partnerId, target.id, 'remove');

  const unassigned = await ctx.db('team_client_assignments').where({ personId: id }).delete();
  // Access ends their sessions, sign-in links and embed tokens at once, and drops their membership.
  await removePerson(ctx, id);
  await ctx.audit({
    action: 'team.member.removed',
    targetType: 'person',
    targetId: id,
    partnerId: target.partnerId,
    before: { name: target.name, email: target.email, role: target.role, status: target.status },
    after: { status: 'removed', clientsUnassigned: unassigned },
  });
  await ctx.emit('team.member.removed', { personId: id, partnerId: target.partnerId, role: target.role });
}

/**
 * The people lifecycle: invite, resend an invite, deactivate, reactivate, remove; and reading people.
 *
 * Who may touch whom:
 *   - staff act on the whole tenant; only a `tenant_admin` invites or changes staff people;
 *   - a partner member acts only inside their own organisation: people elsewhere (and staff) do not
 *     exist for them (404), and only a `partner_admin` invites or changes a `partner_admin`.
 * Every mutation locks the person's row first, so two admins acting at once are serialised, and
 * checks the status it changes in the same statement that changes it.
 */
import type { Knex } from 'knex';
import type { Actor, AuditEntry, Locale } from '@portico/core';
import { HttpProblem, isPartnerRole, isStaffRole, PARTNER_ROLES, problems, STAFF_ROLES } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import { issueLink, type LinkContext } from '../links.js';
import { removeMfa } from '../mfa/service.js';
import { revokeAllSessions } from '../sessions/service.js';
import type { AccessEmit } from '../types.js';

import type { Person, PersonKind, PersonStatus } from '../schemas.js';
export type { Person, PersonKind, PersonStatus };

/** What the service needs from a request; a route's context provides all of it. */
export interface PeopleContext extends LinkContext {
  actor: Actor | null;
  audit(entry: AuditEntry): Promise<void>;
  /** Access's own routes only: a plugin may emit only the events it declares (see `api.ts`). */
  emit?: AccessEmit;
  rateLimit(bucket: string, limit: number, windowSeconds: number): Promise<void>;
}

/** Resending floods nobody's mailbox: at most this many invites per person and hour. */
export const RESEND_LIMIT = { hits: 5, windowSeconds: 3600 };

type Scope = { kind: 'tenant' } | { kind: 'organisation'; partnerId: string };

interface Acting {
  actor: Actor;
  scope: Scope;
}

function acting(actor: Actor | null): Acting {
  if (actor?.kind === 'staff') return { actor, scope: { kind: 'tenant' } };
  if (actor?.kind === 'member' && actor.partnerId) return { actor, scope: { kind: 'organisation', partnerId: actor.partnerId } };
  // API keys (and anything else that is neither staff nor a member of an organisation) manage nobody.
  throw problems.forbidden('Only staff and partner members may see or manage people.');
}

const holds = (actor: Actor, role: string) => actor.roles.includes(role);

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

interface PersonRow {
  id: string;
  name: string;
  email: string;
  kind: PersonKind;
  status: PersonStatus;
  locale: string | null;
  lastSeenAt: Date | string | null;
  createdAt: Date | string;
  role: string | null;
  partnerId: string | null;
  partnerName: string | null;
  partnerStatus: string | null;
}

/** People with their one membership (the oldest, should there ever be more) and its organisation. */
function people(db: Knex.Transaction): Knex.QueryBuilder {
  return db('people as p')
    .joinRaw(
      'left join lateral (select mm.role, mm.partner_id from memberships mm where mm.person_id = p.id order by mm.created_at, mm.id limit 1) as m on true',
    )
    .leftJoin('partners as pa', 'pa.id', 'm.partner_id')
    .select(
      'p.id',
      'p.name',
      'p.email',
      'p.kind',
      'p.status',
      'p.locale',
      'p.last_seen_at',
      'p.created_at',
      'm.role',
      'm.partner_id',
      'pa.name as partner_name',
      'pa.status as partner_status',
    );
}

function withinScope(query: Knex.QueryBuilder, scope: Scope): Knex.QueryBuilder {
  if (scope.kind === 'organisation') query.where('m.partner_id', scope.partnerId).where('p.kind', 'member');
  return query;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** How recently a person was active, coarsely: what anyone of their organisation may know. */
const RECENT_DAYS = 7;
function activityOf(lastSeenAt: Date | string | null): Person['activity'] {
  if (!lastSeenAt) return 'never';
  return Date.now() - new Date(lastSeenAt).getTime() <= RECENT_DAYS * 86_400_000 ? 'recent' : 'inactive';
}

/**
 * A person as `viewer` may see them. A partner's member sees their peers' activity only coarsely
 * (the exact moment is their own, and staff's who support the programme), as the team roster does.
 */
export function present(row: PersonRow, viewer: Actor | null): Person {
  const exact = !viewer || viewer.kind !== 'member' || viewer.personId === row.id;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    kind: row.kind,
    role: row.role ?? null,
    partnerId: row.partnerId ?? null,
    partnerName: row.partnerName ?? null,
    status: row.status,
    locale: row.locale ?? null,
    lastSeenAt: exact && row.lastSeenAt ? iso(row.lastSeenAt) : null,
    activity: activityOf(row.lastSeenAt),
    createdAt: iso(row.createdAt),
  };
}

export interface PeopleFilter {
  cursor?: string;
  limit?: number;
  partnerId?: string;
  status?: PersonStatus;
  kind?: PersonKind;
  q?: string;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listPeople(ctx: PeopleContext, filter: PeopleFilter): Promise<{ items: Person[]; nextCursor: string | null }> {
  const { scope } = acting(ctx.actor);
  const empty = { items: [], nextCursor: null };
  // A member asking for another organisation (or for removed people, who belong to none) gets an
  // empty page: the same answer as for an organisation that does not exist.
  if (scope.kind === 'organisation' && ((filter.partnerId && filter.partnerId !== scope.partnerId) || filter.status === 'removed')) return empty;

  const query = withinScope(people(ctx.db), scope);
  if (filter.partnerId) query.where('m.partner_id', filter.partnerId);
  if (filter.status) query.where('p.status', filter.status);
  else query.whereNot('p.status', 'removed');
  if (filter.kind) query.where('p.kind', filter.kind);
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    query.where((w) => w.whereILike('p.name', pattern).orWhereILike('p.email', pattern));
  }
  const page = await keysetPage<PersonRow & Record<string, unknown>>(
    query,
    [
      { column: 'p.name', direction: 'asc' },
      { column: 'p.id', direction: 'asc' },
    ],
    filter,
  );
  return { items: page.items.map((row) => present(row, ctx.actor)), nextCursor: page.nextCursor };
}

async function findInScope(db: Knex.Transaction, scope: Scope, id: string): Promise<PersonRow | undefined> {
  return withinScope(people(db), scope).where('p.id', id).first();
}

export async function getPerson(ctx: PeopleContext, id: string): Promise<Person> {
  const { scope } = acting(ctx.actor);
  const row = await findInScope(ctx.db, scope, id);
  if (!row) throw problems.notFound('No such person.');
  return present(row, ctx.actor);
}

async function reload(db: Knex.Transaction, id: string, viewer: Actor | null): Promise<Person> {
  return present(await people(db).where('p.id', id).first(), viewer);
}

function emailTaken(): HttpProblem {
  const message = 'is already used by someone in this programme';
  return new HttpProblem(409, 'email-taken', 'Conflict', {
    detail: 'This email address is already used by someone in this programme.',
    errors: [{ in: 'body', field: '/email', message }],
  });
}

const organisationInactive = () =>
  problems.conflict('This organisation is suspended or archived; make it active again before inviting or reactivating its people.', 'organisation-inactive');

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === '23505';

export interface Invitation {
  email: string;
  name: string;
  role: string;
  partnerId?: string;
  locale?: Locale;
}

/** Where the invitee goes and with which role, or why not. */
async function placeFor(ctx: PeopleContext, { actor, scope }: Acting, input: Invitation): Promise<{ partnerId: string | null; kind: PersonKind }> {
  let partnerId: string | null;
  if (scope.kind === 'organisation') {
    if (input.partnerId && input.partnerId !== scope.partnerId) throw problems.notFound('No such organisation.');
    partnerId = scope.partnerId;
  } else {
    partnerId = input.partnerId ?? null;
  }

  if (partnerId === null) {
    if (!isStaffRole(input.role)) throw problems.invalidField('/role', `must be a staff role (${STAFF_ROLES.join(', ')}) when no partnerId is given`);
    if (!holds(actor, 'tenant_admin')) throw problems.forbidden('Only a tenant administrator may invite staff.');
    return { partnerId, kind: 'staff' };
  }

  if (!isPartnerRole(input.role)) throw problems.invalidField('/role', `must be a partner role (${PARTNER_ROLES.join(', ')})`);
  // The partner team's rule, whichever page or route invites: partner administrators invite partner
  // users only; another role comes from a role change, under its own rules.
  if (actor.kind === 'member' && input.role !== 'partner_user') {
    throw problems.forbidden('Partner administrators invite partner users only. To add an administrator, invite them as a partner user and then change their role.');
  }
  // Shared lock: the organisation cannot be suspended halfway through the invitation.
  const partner = await ctx.db('partners').where({ id: partnerId }).forShare().first('id', 'status');
  if (!partner) throw problems.notFound('No such organisation.');
  if (partner.status !== 'active') throw organisationInactive();
  return { partnerId, kind: 'member' };
}

export async function invitePerson(ctx: PeopleContext, input: Invitation): Promise<Person> {
  const who = acting(ctx.actor);
  const { db, tenant } = ctx;
  const email = normaliseEmail(input.email);
  const name = input.name.trim();
  if (!name) throw problems.invalidField('/name', 'must not be blank');
  const { partnerId, kind } = await placeFor(ctx, who, input);

  const existing = await db('people').whereRaw('lower(email) = ?', [email]).forUpdate().first('id', 'status');
  if (existing && existing.status !== 'removed') throw emailTaken();

  let personId: string;
  const fields = { kind, email, name, status: 'invited', locale: input.locale ?? null };
  try {
    if (existing) {
      // A removed person invited again keeps their row (and its history) and starts afresh.
      personId = existing.id;
      await db('memberships').where({ personId }).delete();
      await db('access_group_members').where({ personId }).delete();
      await db('people').where({ id: personId }).update({ ...fields, lastSeenAt: null, updatedAt: db.fn.now() });
    } else {
      const [row] = await db('people').insert({ tenantId: tenant.id, ...fields }).returning('id');
      personId = row.id;
    }
  } catch (error) {
    // Two invitations of the same address at once: the unique index decides, the loser is told.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  await db('memberships').insert({ tenantId: tenant.id, personId, partnerId, role: input.role });

  await issueLink(ctx, { personId, purpose: 'invite' });
  await ctx.emit?.('access.person.invited', { personId, partnerId, role: input.role });
  const person = await reload(db, personId, ctx.actor);
  await ctx.audit({
    action: 'access.person.invited',
    targetType: 'person',
    targetId: personId,
    partnerId,
    ...(existing ? { before: { status: 'removed' } } : {}),
    after: { email: person.email, name: person.name, kind, role: input.role, partnerId, status: 'invited', locale: person.locale },
  });
  return person;
}

/**
 * The person an admin is about to change, locked, or 404 if outside the admin's reach; 403 if within
 * reach but above the admin's rank.
 */
async function targetFor(ctx: PeopleContext, who: Acting, id: string, options: { notSelf?: string } = {}): Promise<PersonRow> {
  await ctx.db('people').where({ id }).forUpdate().first('id');
  const target = await findInScope(ctx.db, who.scope, id);
  if (!target) throw problems.notFound('No such person.');
  if (options.notSelf && who.actor.personId === target.id) throw problems.conflict(options.notSelf, 'not-yourself');
  if (target.kind === 'staff' && !holds(who.actor, 'tenant_admin')) {
    throw problems.forbidden('Only a tenant administrator may change staff people.');
  }
  if (who.actor.kind === 'member' && target.role === 'partner_admin' && !holds(who.actor, 'partner_admin')) {
    throw problems.forbidden('Only a partner administrator may change a partner administrator.');
  }
  return target;
}

/** Sets the status only if it still is one of `from`; false if someone else changed it first. */
async function moveStatus(db: Knex.Transaction, id: string, from: PersonStatus[], to: PersonStatus): Promise<boolean> {
  const changed = await db('people').where({ id }).whereIn('status', from).update({ status: to, updatedAt: db.fn.now() });
  return changed === 1;
}

/** Ends every way the person is signed in or could sign in: sessions, embed tokens, unused links. */
async function endAccess(db: Knex.Transaction, personId: string): Promise<{ sessionsEnded: number; linksVoided: number }> {
  const sessionsEnded = await revokeAllSessions(db, personId);
  await db('access_embed_tokens').where({ personId }).delete();
  const linksVoided = await db('access_links')
    .where({ personId })
    .whereNull('consumed_at')
    .whereNull('superseded_at')
    .update({ supersededAt: db.fn.now() });
  return { sessionsEnded, linksVoided };
}

const statusWords: Record<PersonStatus, string> = {
  invited: 'has not accepted their invitation yet',
  active: 'is active',
  deactivated: 'is already deactivated',
  removed: 'was removed',
};

export async function resendInvite(ctx: PeopleContext, id: string): Promise<Person> {
  const who = acting(ctx.actor);
  const target = await targetFor(ctx, who, id);
  if (target.status !== 'invited') throw problems.conflict(`Only a pending invitation can be sent again; this person ${statusWords[target.status]}.`, 'not-invited');
  if (target.kind === 'member' && target.partnerStatus !== 'active') throw organisationInactive();
  await ctx.rateLimit(`invite:person:${id}`, RESEND_LIMIT.hits, RESEND_LIMIT.windowSeconds);
  const link = await issueLink(ctx, { personId: id, purpose: 'invite' });
  await ctx.audit({
    action: 'access.person.invite-resent',
    targetType: 'person',
    targetId: id,
    partnerId: target.partnerId,
    after: { email: target.email, linkExpiresAt: link.expiresAt.toISOString() },
  });
  return reload(ctx.db, id, ctx.actor);
}

export async function deactivatePerson(ctx: PeopleContext, id: string): Promise<Person> {
  const who = acting(ctx.actor);
  const target = await targetFor(ctx, who, id, { notSelf: 'You cannot deactivate yourself; ask another administrator.' });
  if (!(await moveStatus(ctx.db, id, ['invited', 'active'], 'deactivated'))) {
    throw problems.conflict(`This person cannot be deactivated: they ${statusWords[target.status]}.`, 'not-deactivatable');
  }
  const ended = await endAccess(ctx.db, id);
  await ctx.audit({
    action: 'access.person.deactivated',
    targetType: 'person',
    targetId: id,
    partnerId: target.partnerId,
    before: { status: target.status },
    after: { status: 'deactivated', ...ended },
  });
  return reload(ctx.db, id, ctx.actor);
}

/**
 * For a person who lost their authenticator (and recovery codes): removes their second factor and ends
 * their sessions, so they sign in again and enrol anew (as the tenant policy may require).
 */
export async function resetSecondFactor(ctx: PeopleContext, id: string): Promise<Person> {
  const who = acting(ctx.actor);
  const target = await targetFor(ctx, who, id, { notSelf: 'Manage your own two-factor authentication from your profile.' });
  if (!(await removeMfa(ctx.db, id)).removed) throw problems.conflict('This person has no two-factor authentication to reset.', 'no-second-factor');
  const sessionsEnded = await revokeAllSessions(ctx.db, id);
  await ctx.audit({ action: 'access.person.mfa-reset', targetType: 'person', targetId: id, partnerId: target.partnerId, after: { sessionsEnded } });
  await ctx.emit?.('access.mfa.reset', { personId: id, partnerId: target.partnerId, resetBy: ctx.actor?.personId ?? null });
  return reload(ctx.db, id, ctx.actor);
}

export async function reactivatePerson(ctx: PeopleContext, id: string): Promise<Person> {
  const who = acting(ctx.actor);
  const target = await targetFor(ctx, who, id, { notSelf: 'You cannot reactivate yourself.' });
  if (target.status !== 'deactivated') {
    throw problems.conflict(`Only a deactivated person can be reactivated; this person ${statusWords[target.status]}.`, 'not-deactivated');
  }
  if (target.kind === 'member' && target.partnerStatus !== 'active') throw organisationInactive();
  if (!(await moveStatus(ctx.db, id, ['deactivated'], 'active'))) throw problems.conflict('This person was changed meanwhile; reload and try again.');
  await ctx.audit({
    action: 'access.person.reactivated',
    targetType: 'person',
    targetId: id,
    partnerId: target.partnerId,
    before: { status: 'deactivated' },
    after: { status: 'active' },
  });
  return reload(ctx.db, id, ctx.actor);
}

export async function removePerson(ctx: PeopleContext, id: string): Promise<void> {
  const who = acting(ctx.actor);
  const target = await targetFor(ctx, who, id, { notSelf: 'You cannot remove yourself; ask another administrator.' });
  if (!(await moveStatus(ctx.db, id, ['invited', 'active', 'deactivated'], 'removed'))) {
    throw problems.conflict('This person was already removed.', 'already-removed');
  }
  const ended = await endAccess(ctx.db, id);
  const groups = await ctx.db('access_group_members').where({ personId: id }).delete();
  await ctx.db('memberships').where({ personId: id }).delete();
  // Second factors are credentials too; a removed person invited again starts without them.
  await ctx.db('access_recovery_codes').where({ personId: id }).delete();
  await ctx.db('access_mfa').where({ personId: id }).delete();
  await ctx.audit({
    action: 'access.person.removed',
    targetType: 'person',
    targetId: id,
    partnerId: target.partnerId,
    before: { status: target.status, role: target.role, partnerId: target.partnerId, email: target.email, name: target.name },
    after: { status: 'removed', groupsLeft: groups, ...ended },
  });
}

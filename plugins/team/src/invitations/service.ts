/**
 * Pending invitations of an organisation: list, send, revoke.
 *
 * An invitation is a person the access plugin invited who has not signed in yet; access sends the
 * email and owns the link. Partner admins invite partner users only (an attempt at anything else is
 * refused here, not merely hidden in the page); staff invite any partner role, which is also how a
 * removed member is restored or a lost last administrator replaced.
 */
import type { Knex } from 'knex';
import { problems } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import { invitationExpiriesOf, invitePerson, removePerson } from '@portico/plugin-access';
import { acting, escapeLike, isMember, iso, lockOrganisation, organisationFor, type Acting } from '../scope.js';
import type { ManagingContext } from '../members/service.js';
import type { TeamContext } from '../scope.js';

export interface InvitationView {
  id: string;
  name: string;
  email: string;
  role: string;
  partnerId: string;
  invitedAt: string;
  /** When the current invitation link stops working; null when none is live (resend it). */
  linkExpiresAt: string | null;
}

interface InvitationRow {
  id: string;
  name: string;
  email: string;
  role: string;
  partnerId: string;
  invitedAt: Date | string;
  linkExpiresAt: Date | string | null;
}

/** Every pending invitation of the tenant (a partner's person invited and not signed in yet), with what the list shows. */
export function invitations(db: Knex.Transaction, tenantId: string): Knex.QueryBuilder {
  return db('people as p')
    .join('memberships as m', 'm.person_id', 'p.id')
    .where({ 'p.tenant_id': tenantId, 'p.kind': 'member', 'p.status': 'invited' })
    .whereNotNull('m.partner_id')
    .select(
      'p.id',
      'p.name',
      'p.email',
      'm.role',
      'm.partner_id',
      'p.updated_at as invited_at',
    );
}

/** Adds when each invitation's live link expires, asked of the access plugin (which owns links) in one call for all the rows. */
async function withLinkExpiry<R extends { id: string }>(db: Knex.Transaction, rows: R[]): Promise<(R & { linkExpiresAt: Date | null })[]> {
  const expiries = await invitationExpiriesOf(db, rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, linkExpiresAt: expiries.get(row.id) ?? null }));
}

const present = (row: InvitationRow): InvitationView => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  partnerId: row.partnerId,
  invitedAt: iso(row.invitedAt),
  linkExpiresAt: row.linkExpiresAt ? iso(row.linkExpiresAt) : null,
});

export async function listInvitations(
  ctx: TeamContext,
  query: { cursor?: string; limit?: number; q?: string; partnerId?: string },
): Promise<{ items: InvitationView[]; nextCursor: string | null }> {
  const who = acting(ctx.actor);
  const partnerId = organisationFor(who, query.partnerId);
  const inner = invitations(ctx.db, ctx.tenant.id);
  if (partnerId) inner.where('m.partner_id', partnerId);
  const q = query.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    inner.where((w) => w.whereILike('p.name', pattern).orWhereILike('p.email', pattern));
  }
  const page = await keysetPage<InvitationRow & Record<string, unknown>>(
    ctx.db.from(inner.as('r')),
    [
      { column: 'r.invited_at', direction: 'desc' },
      { column: 'r.id', direction: 'desc' },
    ],
    query,
  );
  const items = await withLinkExpiry(ctx.db, page.items);
  return { items: items.map(present), nextCursor: page.nextCursor };
}

async function findInvitation(ctx: TeamContext, who: Acting, id: string): Promise<InvitationRow> {
  const query = invitations(ctx.db, ctx.tenant.id).where('p.id', id);
  if (isMember(who)) query.where('m.partner_id', who.scope.partnerId);
  const row = (await query.first()) as InvitationRow | undefined;
  if (!row) throw problems.notFound('No such pending invitation.');
  return (await withLinkExpiry(ctx.db, [row]))[0];
}

export interface NewInvitation {
  email: string;
  name: string;
  role?: string;
  locale?: 'en' | 'fr' | 'es';
  partnerId?: string;
}

export async function sendInvitation(ctx: ManagingContext, input: NewInvitation): Promise<InvitationView> {
  const who = acting(ctx.actor);
  const partnerId = organisationFor(who, input.partnerId);
  if (!partnerId) throw problems.invalidField('/partnerId', 'is required: name the organisation the person joins');
  // Partner administrators invite partner users only: access's own rule, whichever page invites.
  const role = input.role ?? 'partner_user';
  await lockOrganisation(ctx, who, partnerId);
  const person = await invitePerson(ctx, { email: input.email, name: input.name, role, partnerId, locale: input.locale });
  const invitation = present(await findInvitation(ctx, who, person.id));
  await ctx.audit({
    action: 'team.invitation.sent',
    targetType: 'invitation',
    targetId: person.id,
    partnerId,
    after: { email: invitation.email, name: invitation.name, role, linkExpiresAt: invitation.linkExpiresAt },
  });
  await ctx.emit('team.invitation.sent', { personId: person.id, partnerId, role });
  return invitation;
}

export async function revokeInvitation(ctx: ManagingContext, id: string): Promise<void> {
  const who = acting(ctx.actor);
  const before = await findInvitation(ctx, who, id);
  await lockOrganisation(ctx, who, before.partnerId);
  // Read again under the lock: the invitee may have signed in meanwhile (then it is no invitation).
  const invitation = await findInvitation(ctx, who, id);
  // Access voids the link (it stops working at once) and drops the membership.
  await removePerson(ctx, id);
  await ctx.db('team_client_assignments').where({ personId: id }).delete();
  await ctx.audit({
    action: 'team.invitation.revoked',
    targetType: 'invitation',
    targetId: id,
    partnerId: invitation.partnerId,
    before: { email: invitation.email, name: invitation.name, role: invitation.role },
    after: { status: 'revoked' },
  });
  await ctx.emit('team.invitation.revoked', { personId: id, partnerId: invitation.partnerId });
}

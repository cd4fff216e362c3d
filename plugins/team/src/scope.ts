/**
 * Whose team a request may see or manage, and the guards every management action passes.
 *
 * The organisation always comes from the actor the server built (a member's own partner), never from
 * an id the browser sends; staff name the organisation they act on. Every management action first
 * locks the organisation's row, so that actions on the same team (two admins demoting each other,
 * a removal racing a role change) run one after the other and each sees what the previous one did.
 */
import type { Knex } from 'knex';
import type { Actor } from '@portico/core';
import { HttpProblem, problems } from '@portico/core';
import { supportContact, type SupportContact, type TeamSettings } from './settings.js';

export type Scope = { kind: 'tenant' } | { kind: 'organisation'; partnerId: string };

export interface Acting {
  actor: Actor;
  scope: Scope;
}

/** What the team services need from a request (a route's context provides all of it). */
export interface TeamContext {
  actor: Actor | null;
  tenant: { id: string; slug: string };
  db: Knex.Transaction;
  settings(): Promise<TeamSettings>;
}

export function acting(actor: Actor | null): Acting {
  if (actor?.kind === 'staff') return { actor, scope: { kind: 'tenant' } };
  if (actor?.kind === 'member' && actor.partnerId) return { actor, scope: { kind: 'organisation', partnerId: actor.partnerId } };
  // A member whose organisation was never set up, or an API key: nobody's team.
  throw problems.forbidden('Only members of a partner organisation and the programme’s staff can see a partner team.');
}

export const isMember = (who: Acting): who is Acting & { scope: { kind: 'organisation'; partnerId: string } } => who.scope.kind === 'organisation';

/** A 404 for an organisation a member may not see (or that does not exist). */
export function organisationFor(who: Acting, requested: string | undefined): string | null {
  if (isMember(who)) {
    if (requested && requested !== who.scope.partnerId) throw problems.notFound('No such organisation.');
    return who.scope.partnerId;
  }
  return requested ?? null;
}

/** Problem types that tell the portal "only the tenant's support can do this", with whom to contact. */
export const ESCALATION_TYPE_BASE = 'escalation/';

export async function escalation(
  ctx: TeamContext,
  status: number,
  boundary: string,
  title: string,
  detail: string,
): Promise<HttpProblem> {
  const support: SupportContact = await supportContact(ctx);
  return new HttpProblem(status, `${ESCALATION_TYPE_BASE}${boundary}`, title, {
    detail,
    extensions: { escalation: { boundary, support, boundaries: '/api/v1/team/escalations' } },
  });
}

export interface LockedOrganisation {
  id: string;
  name: string;
  status: 'active' | 'suspended' | 'archived';
}

/**
 * Locks the organisation's row until the transaction ends (`no key update`: memberships referencing
 * it may still be written, but every other team action on it waits), then re-checks that a member
 * acting on it still may: their own membership may have changed while they waited.
 */
export async function lockOrganisation(ctx: TeamContext, who: Acting, partnerId: string): Promise<LockedOrganisation> {
  const { rows } = await ctx.db.raw('select id, name, status from partners where id = ? and tenant_id = ? for no key update', [partnerId, ctx.tenant.id]);
  const organisation = rows[0] as LockedOrganisation | undefined;
  if (!organisation) throw problems.notFound('No such organisation.');
  if (isMember(who)) {
    const mine = await ctx.db('memberships as m')
      .join('people as p', 'p.id', 'm.person_id')
      .where({ 'm.person_id': who.actor.personId, 'm.partner_id': partnerId, 'p.status': 'active' })
      .first('m.role');
    if (!mine) throw problems.forbidden('You are no longer a member of this organisation.');
    if (who.actor.roles.includes('partner_admin') && mine.role !== 'partner_admin') {
      throw problems.forbidden('You are no longer an administrator of this organisation; reload the page.');
    }
    if (organisation.status !== 'active') {
      throw await escalation(
        ctx,
        409,
        'organisation-inactive',
        organisation.status === 'suspended' ? 'Your organisation is suspended' : 'Your organisation is archived',
        `While your organisation is ${organisation.status}, its team can be viewed but not changed. Contact the programme’s support to have its status resolved.`,
      );
    }
  }
  return organisation;
}

/** The organisation must keep an active administrator: a problem pointing to support otherwise. */
export async function keepAnAdministrator(ctx: TeamContext, partnerId: string, leaving: string, action: 'demote' | 'remove'): Promise<void> {
  const [{ n }] = await ctx.db('memberships as m')
    .join('people as p', 'p.id', 'm.person_id')
    .where({ 'm.partner_id': partnerId, 'm.role': 'partner_admin', 'p.status': 'active', 'p.kind': 'member' })
    .whereNot('p.id', leaving)
    .count({ n: '*' });
  if (Number(n) > 0) return;
  throw await escalation(
    ctx,
    409,
    'last-partner-admin',
    'The last administrator must stay',
    action === 'demote'
      ? 'This member is the organisation’s last active administrator and cannot be demoted. Make another member an administrator first, or contact the programme’s support.'
      : 'This member is the organisation’s last active administrator and cannot be removed. Make another member an administrator first, or contact the programme’s support.',
  );
}

export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export const iso = (value: Date | string) => new Date(value).toISOString();

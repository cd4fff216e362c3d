/**
 * What the fleet rules need from a request, and whose clients a request may reach. The organisation
 * always comes from the actor the server built (a member's own partner), never from an id the
 * browser sends; staff reach every partner's clients and name the partner they act for.
 */
import type { Knex } from 'knex';
import { isStaff, problems, type Actor, type AuditEntry, type MailMessage, type RouteContext } from '@portico/core';
import type { FleetEvents } from './events.js';
import type { FleetSettings } from './settings.js';
import type { FleetEmit } from './types.js';

export interface FleetReader {
  db: Knex.Transaction;
  tenant: { id: string; slug: string };
  actor: Actor;
  settings: FleetSettings;
}

/** What a change needs to be recorded and announced, whoever makes it (a person, a contact's link, a task). */
export interface FleetEffects {
  db: Knex.Transaction;
  tenant: { id: string; slug: string };
  settings: FleetSettings;
  audit(entry: AuditEntry | readonly AuditEntry[]): Promise<void>;
  emit: FleetEmit;
  sendMail(message: MailMessage): Promise<void>;
  publicUrl: string;
}

export interface FleetContext extends FleetReader, FleetEffects {
  rateLimit(bucket: string, limit: number, windowSeconds: number): Promise<void>;
}

/** The request as the fleet rules see it. */
export async function fleetContext(ctx: RouteContext<unknown, unknown, unknown, FleetSettings, FleetEvents>): Promise<FleetContext> {
  if (!ctx.actor) throw problems.unauthenticated();
  return {
    db: ctx.db,
    tenant: ctx.tenant,
    actor: ctx.actor,
    settings: await ctx.settings(),
    audit: ctx.audit,
    emit: ctx.emit,
    sendMail: ctx.sendMail,
    rateLimit: ctx.rateLimit,
    publicUrl: ctx.publicUrl,
  };
}

/** Whose clients a request reaches: the whole tenant (staff), or one partner (its people). */
export type Reach = { kind: 'tenant' } | { kind: 'partner'; partnerId: string };

export function reachOf(actor: Actor): Reach {
  if (actor.kind === 'staff') return { kind: 'tenant' };
  if (actor.kind === 'member' && actor.partnerId) return { kind: 'partner', partnerId: actor.partnerId };
  throw problems.forbidden('Client companies are seen by the people of their partner and by the programme’s staff.');
}

export { isStaff };

/**
 * The partner a request acts for: a member's own (naming another is a 404, as for anything they may
 * not see), or the one staff name.
 */
export function partnerFor(reach: Reach, requested: string | undefined, field = '/partnerId', where: 'body' | 'query' = 'body'): string | null {
  if (reach.kind === 'partner') {
    if (requested && requested !== reach.partnerId) throw problems.notFound('No such partner.');
    return reach.partnerId;
  }
  if (requested === undefined) return null;
  if (!requested) throw problems.invalidField(field, 'must name a partner.', where);
  return requested;
}

/** The partner's row, or 404 for a partner that is not the tenant's. */
export async function partnerRow(db: Knex.Transaction, tenantId: string, partnerId: string): Promise<{ id: string; name: string; status: string }> {
  const row = await db('partners').where({ tenantId, id: partnerId }).first('id', 'name', 'status');
  if (!row) throw problems.notFound('No such partner.');
  return row;
}

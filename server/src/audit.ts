import type { Knex } from 'knex';
import type { Actor, AuditEntry } from '@portico/core';

export interface AuditOrigin {
  tenantId: string;
  actor: Actor | null;
  ip: string | null;
  requestId: string | null;
  /** Who acted when no actor did, e.g. `system:task` for scheduled work; default `anonymous`. */
  actorKind?: string;
}

/** Writes one audit event in the caller's transaction, so it exists exactly when the change does. */
export async function writeAudit(trx: Knex.Transaction, origin: AuditOrigin, entry: AuditEntry): Promise<void> {
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  await trx('audit_events').insert({
    tenantId: origin.tenantId,
    partnerId: entry.partnerId !== undefined ? entry.partnerId : (origin.actor?.partnerId ?? null),
    actorPersonId: origin.actor?.personId ?? null,
    actorKind: origin.actor ? `${origin.actor.kind}:${origin.actor.via}` : (origin.actorKind ?? 'anonymous'),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    before: json(entry.before),
    after: json(entry.after),
    ip: origin.ip,
    requestId: origin.requestId,
  });
}

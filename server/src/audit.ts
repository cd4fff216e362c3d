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

/**
 * Writes audit events in the caller's transaction, so they exist exactly when the change does. Several
 * entries (a batch of a data feed) go in one statement per few hundred, not one round trip each.
 */
export async function writeAudit(trx: Knex.Transaction, origin: AuditOrigin, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const list: readonly AuditEntry[] = 'action' in entries ? [entries as AuditEntry] : (entries as readonly AuditEntry[]);
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  const rows = list.map((entry) => ({
    tenantId: origin.tenantId,
    partnerId: entry.partnerId !== undefined ? entry.partnerId : (origin.actor?.partnerId ?? null),
    actorPersonId: origin.actor ? (origin.actor.personId ?? null) : (entry.actorPersonId ?? null),
    actorKind: origin.actor ? `${origin.actor.kind}:${origin.actor.via}` : entry.actorPersonId ? 'person:signing-in' : (origin.actorKind ?? 'anonymous'),
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    before: json(entry.before),
    after: json(entry.after),
    ip: origin.ip,
    requestId: origin.requestId,
  }));
  // 11 columns a row: 500 rows stay far below PostgreSQL's 65,535 parameters a statement.
  for (let i = 0; i < rows.length; i += 500) await trx('audit_events').insert(rows.slice(i, i + 500));
}

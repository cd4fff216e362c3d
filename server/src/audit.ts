import type { Knex } from 'knex';
import type { Actor, AuditCatalog, AuditEntry } from '@portico/core';

export interface AuditOrigin {
  /** The plugin whose route, task or identity provider writes. */
  pluginId: string;
  tenantId: string;
  actor: Actor | null;
  ip: string | null;
  requestId: string | null;
  /** Who acted when no actor did, e.g. `system:task` for scheduled work; default `anonymous`. */
  actorKind?: string;
}

/** An audit entry the contract does not allow: an undeclared action, or data that is not the plugin's own. */
export class AuditEntryError extends Error {
  override name = 'AuditEntryError';
}

/**
 * Where a value of `before`/`after` is not plain data, its path (`/result`), else null. Plain data is
 * what JSON holds (objects of the Object prototype or none, arrays, strings, numbers, booleans, null),
 * dates and other values that say how they are written (`toJSON`). A database driver's result (a
 * `Result` of pg, or PGlite's `{ rows, fields }`), a Map, a function or a bigint is not.
 */
export function notPlainData(value: unknown, path = '', depth = 0): string | null {
  if (value === null || value === undefined) return null;
  const kind = typeof value;
  if (kind === 'string' || kind === 'number' || kind === 'boolean') return null;
  if (kind !== 'object' || depth > 32) return path || '/';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const inner = notPlainData(value[i], `${path}/${i}`, depth + 1);
      if (inner) return inner;
    }
    return null;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return typeof (value as { toJSON?: unknown }).toJSON === 'function' ? null : path || '/';
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.rows) && (Array.isArray(record.fields) || typeof record.command === 'string')) return path || '/';
  for (const [key, inner] of Object.entries(record)) {
    const found = notPlainData(inner, `${path}/${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Refuses an action no registered plugin declares, and before/after that are not plain data. */
function checkEntry(catalog: AuditCatalog, pluginId: string, entry: AuditEntry): void {
  if (!catalog.has(entry.action)) {
    throw new AuditEntryError(`Plugin "${pluginId}" wrote audit action "${entry.action}" without declaring it: add it to the plugin's audit.actions, with its label in en, fr and es.`);
  }
  for (const side of ['before', 'after'] as const) {
    const where = notPlainData(entry[side]);
    if (where) {
      throw new AuditEntryError(`Plugin "${pluginId}" wrote "${entry.action}" with ${side} ${where === '/' ? '' : `at ${where} `}that is not plain data (a database result, a class instance, a function?): audit the fields that matter instead.`);
    }
  }
}

/**
 * Writes audit events in the caller's transaction, so they exist exactly when the change does. Several
 * entries (a batch of a data feed) go in one statement per few hundred, not one round trip each.
 */
export async function writeAudit(trx: Knex.Transaction, catalog: AuditCatalog, origin: AuditOrigin, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const list: readonly AuditEntry[] = 'action' in entries ? [entries as AuditEntry] : (entries as readonly AuditEntry[]);
  for (const entry of list) checkEntry(catalog, origin.pluginId, entry);
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

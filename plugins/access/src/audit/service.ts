/**
 * Reading the audit trail: a filtered, newest-first list, and the same as a CSV file.
 *
 * Staff read the whole tenant. Anyone else (a partner member) reads only the events concerning their
 * own organisation, whatever filters they send: the scope comes from the actor, never from the query.
 */
import type { Knex } from 'knex';
import type { Actor } from '@portico/core';
import { problems, type PageRequest } from '@portico/core';
import { keysetPage } from '@portico/core/server';

export interface AuditFilters {
  actorId?: string;
  /** An exact action, or a prefix ending in `*` (e.g. `deals.*`). */
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  partnerId?: string;
}

export interface AuditEventView {
  id: string;
  createdAt: string;
  action: string;
  targetType: string;
  targetId: string | null;
  /** The target's name now, for the targets every plugin shares (people, partners, clients); null otherwise or once it is gone. */
  targetName: string | null;
  partnerId: string | null;
  actor: { id: string; name: string | null; email: string | null } | null;
  actorKind: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  requestId: string | null;
}

interface AuditRow {
  id: string;
  createdAt: Date | string;
  cursorAt: string;
  action: string;
  targetType: string;
  targetId: string | null;
  targetName: string | null;
  partnerId: string | null;
  actorPersonId: string | null;
  actorKind: string | null;
  actorName: string | null;
  actorEmail: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  requestId: string | null;
}

/** The most rows one export holds; past it the file says it was cut. */
export const EXPORT_LIMIT = 50_000;
const EXPORT_BATCH = 5_000;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A date-time of the query as UTC ISO text. The schema checked its form; PostgreSQL accepts fewer
 * offsets and years than the format allows, so what reaches SQL is normalised here.
 */
function instant(field: string, text: string): string {
  const time = Date.parse(text);
  const year = new Date(time).getUTCFullYear();
  if (Number.isNaN(time) || year < 1 || year > 9999) throw problems.invalidField(field, 'is not a date-time this trail can hold', 'query');
  return new Date(time).toISOString();
}

/**
 * The events the actor may see, filtered, with the actor's person joined (one query). `created_at`
 * is also read as text with its microseconds: a JavaScript Date keeps milliseconds only, and a cursor
 * rounded to them would skip or repeat events written within the same millisecond.
 */
function eventsQuery(db: Knex.Transaction, actor: Actor, filters: AuditFilters): Knex.QueryBuilder {
  const from = filters.from ? instant('/from', filters.from) : undefined;
  const to = filters.to ? instant('/to', filters.to) : undefined;
  if (from && to && from > to) throw problems.invalidField('/to', 'must not be before `from`', 'query');
  const query = db('audit_events as e')
    .leftJoin('people as p', 'p.id', 'e.actor_person_id')
    // The shared targets are named as they are now (the core tables; a plugin's own targets keep their id).
    .leftJoin('people as tp', (j) => j.on(db.raw("e.target_type = 'person'")).andOn(db.raw('tp.id::text = e.target_id')))
    .leftJoin('partners as tpa', (j) => j.on(db.raw("e.target_type = 'partner'")).andOn(db.raw('tpa.id::text = e.target_id')))
    .leftJoin('clients as tc', (j) => j.on(db.raw("e.target_type = 'client'")).andOn(db.raw('tc.id::text = e.target_id')))
    .select(
      'e.id',
      'e.created_at',
      db.raw(`to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at`),
      'e.action',
      'e.target_type',
      'e.target_id',
      db.raw('coalesce(tp.name, tpa.name, tc.name) as target_name'),
      'e.partner_id',
      'e.actor_person_id',
      'e.actor_kind',
      'p.name as actor_name',
      'p.email as actor_email',
      'e.before',
      'e.after',
      'e.ip',
      'e.request_id',
    );
  if (actor.kind !== 'staff') {
    // A member reads their organisation's events; anyone without one (an API key) reads nothing.
    if (!actor.partnerId) query.whereRaw('false');
    else query.where('e.partner_id', actor.partnerId);
  }
  if (filters.partnerId) query.where('e.partner_id', filters.partnerId);
  if (filters.actorId) query.where('e.actor_person_id', filters.actorId);
  if (filters.action) {
    if (filters.action.endsWith('*')) {
      const prefix = filters.action.slice(0, -1);
      if (prefix) query.where('e.action', 'like', `${escapeLike(prefix)}%`);
    } else {
      query.where('e.action', filters.action);
    }
  }
  if (filters.targetType) query.where('e.target_type', filters.targetType);
  if (filters.targetId) query.where('e.target_id', filters.targetId);
  if (from) query.where('e.created_at', '>=', from);
  if (to) query.where('e.created_at', '<=', to);
  return query;
}

const NEWEST_FIRST = [
  { column: 'e.created_at', direction: 'desc' },
  { column: 'e.id', direction: 'desc' },
] as const;

function present(row: AuditRow): AuditEventView {
  return {
    id: row.id,
    createdAt: new Date(row.createdAt).toISOString(),
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetName: row.targetName ?? null,
    partnerId: row.partnerId,
    actor: row.actorPersonId ? { id: row.actorPersonId, name: row.actorName, email: row.actorEmail } : null,
    actorKind: row.actorKind,
    before: row.before ?? null,
    after: row.after ?? null,
    ip: row.ip,
    requestId: row.requestId,
  };
}

export async function listEvents(
  db: Knex.Transaction,
  actor: Actor,
  filters: AuditFilters,
  page: PageRequest,
): Promise<{ items: AuditEventView[]; nextCursor: string | null }> {
  const result = await keysetPage<AuditRow & Record<string, unknown>>(eventsQuery(db, actor, filters), NEWEST_FIRST, page);
  return { items: result.items.map(present), nextCursor: result.nextCursor };
}

// ---------------------------------------------------------------------------------------------
// CSV export

export const CSV_COLUMNS = ['created_at', 'action', 'actor_email', 'actor_name', 'target_type', 'target_id', 'target_name', 'partner_id', 'ip', 'request_id', 'before', 'after'] as const;

/**
 * One CSV cell (RFC 4180). A cell a spreadsheet would read as a formula (it starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return) gets a leading `'`, so a name like `=HYPERLINK(...)` stays text.
 */
export function csvCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

function csvLine(row: AuditRow): string {
  return [
    row.cursorAt,
    row.action,
    row.actorEmail,
    row.actorName,
    row.targetType,
    row.targetId,
    row.targetName,
    row.partnerId,
    row.ip,
    row.requestId,
    json(row.before),
    json(row.after),
  ]
    .map(csvCell)
    .join(',');
}

export interface AuditExport {
  csv: string;
  rowCount: number;
  truncated: boolean;
}

/** The filtered events as CSV, newest first, at most `limit` of them, read in batches. */
export async function exportEvents(db: Knex.Transaction, actor: Actor, filters: AuditFilters, limit = EXPORT_LIMIT): Promise<AuditExport> {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  let rowCount = 0;
  let truncated = false;
  let after: [string, string] | null = null;
  for (;;) {
    const query = eventsQuery(db, actor, filters);
    if (after) query.whereRaw('(e.created_at, e.id) < (?::timestamptz, ?::uuid)', after);
    // One row more than the limit tells whether the file is cut.
    const want = Math.min(EXPORT_BATCH, limit + 1 - rowCount);
    const rows: AuditRow[] = await query.orderBy('e.created_at', 'desc').orderBy('e.id', 'desc').limit(want);
    for (const row of rows) {
      if (rowCount === limit) {
        truncated = true;
        break;
      }
      lines.push(csvLine(row));
      rowCount++;
    }
    if (truncated || rows.length < want) break;
    const last = rows[rows.length - 1];
    after = [last.cursorAt, last.id];
  }
  return { csv: lines.join('\r\n') + '\r\n', rowCount, truncated };
}

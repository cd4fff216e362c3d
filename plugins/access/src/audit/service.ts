/**
 * Reading the audit trail: a filtered, newest-first list, and the same as a CSV file, each action by
 * the label its plugin declares and each target by its name (the registry's audit catalogue: one call
 * of each namer per page or batch), in the reader's language.
 *
 * Staff read the whole tenant. Anyone else (a partner member) reads only the events concerning their
 * own organisation, whatever filters they send: the scope comes from the actor, never from the query.
 */
import type { Knex } from 'knex';
import type { Actor, AuditCatalog, Locale, TenantRef } from '@portico/core';
import { pickLocale, problems, type PageRequest } from '@portico/core';
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
  /** What people read for the action, in the reader's language (the action itself when no registered plugin declares it). */
  actionLabel: string;
  targetType: string;
  targetId: string | null;
  /** The target's name now, from the namer its plugin (or core) declares; null without one, or once it is gone. */
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

/** How a page of the trail is made readable: labels and target names in the reader's language. */
export interface AuditReading {
  catalog: AuditCatalog;
  tenant: TenantRef;
  locale: Locale;
}

/** The reader's language: the one asked for, else their own, else the tenant's. */
export async function readerLocale(db: Knex.Transaction, actor: Actor, tenantId: string, asked: Locale | undefined): Promise<Locale> {
  if (asked) return asked;
  const query = db('tenants as t').where('t.id', tenantId);
  if (actor.personId) query.leftJoin('people as p', (j) => j.on('p.tenant_id', 't.id').andOnVal('p.id', actor.personId!)).select('p.locale as person_locale');
  const row: { personLocale?: string | null; defaultLocale: string | null } | undefined = await query.first('t.default_locale');
  return pickLocale(row?.personLocale, row?.defaultLocale);
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
    .select(
      'e.id',
      'e.created_at',
      db.raw(`to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at`),
      'e.action',
      'e.target_type',
      'e.target_id',
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

/** The labels and target names of a page (or a batch of the export): one call of each namer concerned. */
async function readable(db: Knex.Transaction, reading: AuditReading, rows: readonly AuditRow[]) {
  const names = await reading.catalog.nameTargets({ db, tenant: reading.tenant, locale: reading.locale }, rows);
  return {
    label: (row: AuditRow) => reading.catalog.label(row.action, reading.locale) ?? row.action,
    name: (row: AuditRow) => names.get(reading.catalog.targetKey(row)) ?? null,
  };
}

type Readable = Awaited<ReturnType<typeof readable>>;

function present(row: AuditRow, read: Readable): AuditEventView {
  return {
    id: row.id,
    createdAt: new Date(row.createdAt).toISOString(),
    action: row.action,
    actionLabel: read.label(row),
    targetType: row.targetType,
    targetId: row.targetId,
    targetName: read.name(row),
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
  reading: AuditReading,
): Promise<{ items: AuditEventView[]; nextCursor: string | null }> {
  const result = await keysetPage<AuditRow & Record<string, unknown>>(eventsQuery(db, actor, filters), NEWEST_FIRST, page);
  const read = await readable(db, reading, result.items);
  return { items: result.items.map((row) => present(row, read)), nextCursor: result.nextCursor };
}

/** Every action the registered plugins declare, with its label in `locale`: what the log's action filter offers. */
export function declaredActions(catalog: AuditCatalog, locale: Locale): { action: string; label: string; pluginId: string }[] {
  return catalog.actions().map((a) => ({ action: a.action, label: a.label[locale], pluginId: a.pluginId }));
}

// ---------------------------------------------------------------------------------------------
// CSV export

export const CSV_COLUMNS = ['created_at', 'action', 'action_label', 'actor_email', 'actor_name', 'target_type', 'target_id', 'target_name', 'partner_id', 'ip', 'request_id', 'before', 'after'] as const;

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

function csvLine(row: AuditRow, read: Readable): string {
  return [
    row.cursorAt,
    row.action,
    read.label(row),
    row.actorEmail,
    row.actorName,
    row.targetType,
    row.targetId,
    read.name(row),
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

/** The filtered events as CSV, newest first, at most `limit` of them, read in batches (each named with one call of each namer). */
export async function exportEvents(db: Knex.Transaction, actor: Actor, filters: AuditFilters, reading: AuditReading, limit = EXPORT_LIMIT): Promise<AuditExport> {
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
    const read = await readable(db, reading, rows);
    for (const row of rows) {
      if (rowCount === limit) {
        truncated = true;
        break;
      }
      lines.push(csvLine(row, read));
      rowCount++;
    }
    if (truncated || rows.length < want) break;
    const last = rows[rows.length - 1];
    after = [last.cursorAt, last.id];
  }
  return { csv: lines.join('\r\n') + '\r\n', rowCount, truncated };
}

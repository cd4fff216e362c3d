/**
 * One's notification centre: what is in it (newest first, by cursor), how many are unread, and marking
 * them read or archived. Everything is the caller's own: another person's notification is 404.
 */
import { problems, type Actor, type AuditEntry, type TenantRef } from '@portico/core';
import { keysetPage } from '@portico/core/server';
import type { Knex } from 'knex';
import type { Notification, NotificationChange, NotificationList, NotificationListQuery, UnreadCount } from './schemas.js';

export interface CentreContext {
  db: Knex.Transaction;
  tenant: TenantRef;
  actor: Actor;
}

const COLUMNS = ['id', 'kind', 'plugin_id', 'title', 'body', 'link', 'created_at', 'read_at', 'archived_at'];

interface Row {
  id: string;
  kind: string;
  pluginId: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
  archivedAt: Date | null;
}

export function toNotification(row: Row): Notification {
  return {
    id: row.id,
    kind: row.kind,
    pluginId: row.pluginId,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: new Date(row.createdAt).toISOString(),
    readAt: row.readAt ? new Date(row.readAt).toISOString() : null,
    archivedAt: row.archivedAt ? new Date(row.archivedAt).toISOString() : null,
  };
}

function personOf(actor: Actor): string {
  if (!actor.personId) throw problems.forbidden('Notifications belong to people; this credential stands for no person.');
  return actor.personId;
}

/** The caller's in-app notifications (query builder). */
function mine(ctx: CentreContext, db: Knex.Transaction = ctx.db) {
  return db('notifications').where({ tenantId: ctx.tenant.id, personId: personOf(ctx.actor), inApp: true });
}

export async function unreadCount(ctx: CentreContext, db: Knex.Transaction = ctx.db): Promise<UnreadCount> {
  const [count, latest] = await Promise.all([
    mine(ctx, db).whereNull('readAt').whereNull('archivedAt').count({ n: '*' }).first(),
    mine(ctx, db).orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]).first('id'),
  ]);
  return { unread: Number(count?.n ?? 0), latest: latest?.id ?? null };
}

export async function listNotifications(ctx: CentreContext, query: NotificationListQuery): Promise<NotificationList> {
  const q = mine(ctx).select(COLUMNS);
  const status = query.status ?? 'inbox';
  if (status === 'archived') q.whereNotNull('archivedAt');
  else q.whereNull('archivedAt');
  if (status === 'unread') q.whereNull('readAt');
  if (query.plugin) q.where({ pluginId: query.plugin });
  const [page, unread, plugins] = await Promise.all([
    keysetPage<Row & Record<string, unknown>>(q, [{ column: 'created_at', direction: 'desc' }, { column: 'id', direction: 'desc' }], { cursor: query.cursor, limit: query.limit ?? 20 }),
    unreadCount(ctx),
    mine(ctx).distinct('pluginId').orderBy('pluginId') as Promise<{ pluginId: string }[]>,
  ]);
  return { items: page.items.map(toNotification), nextCursor: page.nextCursor, unread: unread.unread, plugins: plugins.map((p) => p.pluginId) };
}

/** The caller's notifications created after `afterId` (the stream's replay), oldest first; none when the id is not theirs. */
export async function notificationsAfter(ctx: CentreContext, db: Knex.Transaction, afterId: string | null, limit = 50): Promise<Notification[]> {
  const q = mine(ctx, db).select(COLUMNS);
  if (afterId) {
    if (!(await mine(ctx, db).where({ id: afterId }).first('id'))) return [];
    // Compared in SQL: a JavaScript Date would cut the timestamp's microseconds and replay the seen one.
    q.whereRaw('(created_at, id) > (select n.created_at, n.id from notifications n where n.id = ?)', [afterId]);
  }
  const rows = (await q.orderBy([{ column: 'created_at', order: 'asc' }, { column: 'id', order: 'asc' }]).limit(limit)) as Row[];
  return rows.map(toNotification);
}

export async function oneNotification(ctx: CentreContext, db: Knex.Transaction, id: string): Promise<Notification | null> {
  const row = (await mine(ctx, db).where({ id }).first(COLUMNS)) as Row | undefined;
  return row ? toNotification(row) : null;
}

export async function changeNotification(ctx: CentreContext & { audit(entry: AuditEntry): Promise<void> }, id: string, change: NotificationChange): Promise<Notification> {
  const before = (await mine(ctx).where({ id }).forUpdate().first(COLUMNS)) as Row | undefined;
  if (!before) throw problems.notFound('There is no such notification of yours.');
  const update: Record<string, unknown> = {};
  if (change.read !== undefined && change.read !== (before.readAt !== null)) update.readAt = change.read ? ctx.db.fn.now() : null;
  if (change.archived !== undefined && change.archived !== (before.archivedAt !== null)) {
    update.archivedAt = change.archived ? ctx.db.fn.now() : null;
    // Archiving reads it too: an archived notification never counts as unread.
    if (change.archived && before.readAt === null && change.read !== false) update.readAt = ctx.db.fn.now();
  }
  if (Object.keys(update).length === 0) return toNotification(before);
  const [after] = (await ctx.db('notifications').where({ id }).update({ ...update, updatedAt: ctx.db.fn.now() }).returning(COLUMNS)) as Row[];
  const action = change.archived === true ? 'archived' : change.archived === false ? 'unarchived' : change.read ? 'read' : 'unread';
  await ctx.audit({ action: `notifications.notification.${action}`, targetType: 'notification', targetId: id, partnerId: ctx.actor.partnerId, before: { read: before.readAt !== null, archived: before.archivedAt !== null }, after: { read: after.readAt !== null, archived: after.archivedAt !== null } });
  return toNotification(after);
}

export async function readAll(ctx: CentreContext & { audit(entry: AuditEntry): Promise<void> }, plugin: string | undefined): Promise<{ updated: number; unread: number }> {
  const q = mine(ctx).whereNull('readAt').whereNull('archivedAt');
  if (plugin) q.where({ pluginId: plugin });
  const updated = await q.update({ readAt: ctx.db.fn.now(), updatedAt: ctx.db.fn.now() });
  await ctx.audit({ action: 'notifications.notification.all-read', targetType: 'person', targetId: ctx.actor.personId, partnerId: ctx.actor.partnerId, after: { updated, plugin: plugin ?? null } });
  return { updated, unread: (await unreadCount(ctx)).unread };
}

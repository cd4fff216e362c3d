/**
 * The centre, live: a stream of server-sent events over the caller's own credentials (cookie or embed
 * bearer token). It opens with `retry`, what was missed since `Last-Event-ID` (each notification's
 * `id` is its own), and the unread count; then each new notification and each change of the count,
 * as this server hears of them (LiveHub) and, for other servers' changes, by a periodic check of the
 * newest notification. Comments keep idle proxies from closing it. No database connection is held
 * between events: each read is a short transaction of its own.
 */
import { PassThrough } from 'node:stream';
import type { Actor, RouteContext } from '@portico/core';
import type { Knex } from 'knex';
import { notificationsAfter, unreadCount, type CentreContext } from './centre.js';
import type { LiveChange, LiveHub } from './live.js';

export interface StreamOptions {
  /** How often a stream checks for notifications another server delivered (ms). */
  checkEveryMs: number;
  /** How often an idle stream sends a comment (ms). */
  pingEveryMs: number;
}

const frame = (event: string, data: unknown, id?: string) => `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export async function openStream(ctx: RouteContext & { actor: Actor }, hub: LiveHub, options: StreamOptions): Promise<void> {
  const centre: CentreContext = { db: ctx.db, tenant: ctx.tenant, actor: ctx.actor };
  const personId = ctx.actor.personId as string;
  const lastEventId = ctx.http.header('last-event-id') ?? null;
  const out = new PassThrough();
  let lastId: string | null = lastEventId;
  let lastUnread = -1;

  // What the stream opens with is read in the request's own transaction.
  const missed = lastEventId ? await notificationsAfter(centre, ctx.db, lastEventId) : [];
  const opening = await unreadCount(centre);
  out.write('retry: 5000\n\n');
  for (const item of missed) {
    out.write(frame('notification', item, item.id));
    lastId = item.id;
  }
  if (!lastId) lastId = opening.latest;
  out.write(frame('unread', opening));
  lastUnread = opening.unread;

  let closed = false;
  let busy = Promise.resolve();
  const read = <T>(work: (db: Knex.Transaction) => Promise<T>) => ctx.transaction(work);
  const catchUp = () => {
    busy = busy
      .then(async () => {
        if (closed) return;
        const { items, count } = await read(async (db) => ({ items: await notificationsAfter(centre, db, lastId), count: await unreadCount({ ...centre, db }, db) }));
        if (closed) return;
        for (const item of items) {
          out.write(frame('notification', item, item.id));
          lastId = item.id;
        }
        if (!lastId) lastId = count.latest;
        if (items.length > 0 || count.unread !== lastUnread) out.write(frame('unread', count));
        lastUnread = count.unread;
      })
      .catch((err) => ctx.log.warn({ err }, 'notification stream could not read'));
  };
  const unsubscribe = hub.subscribe(ctx.tenant.id, personId, (_change: LiveChange) => catchUp());
  const check = setInterval(catchUp, options.checkEveryMs);
  const ping = setInterval(() => out.write(': ping\n\n'), options.pingEveryMs);
  check.unref();
  ping.unref();
  const close = () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    clearInterval(check);
    clearInterval(ping);
  };
  out.on('close', close);
  out.on('error', close);

  ctx.http.setHeader('Cache-Control', 'no-cache, no-transform');
  ctx.http.setHeader('X-Accel-Buffering', 'no');
  ctx.http.send(out, 'text/event-stream; charset=utf-8');
}

/**
 * The notifications API: one's centre (list, unread count, read / archive, all read, the live stream),
 * one's preferences, the kinds for staff; and the one-click unsubscribe pages an email links to.
 */
import { pickLocale, problems, Type, Uuid, type Actor } from '@portico/core';
import { changeNotification, listNotifications, readAll, unreadCount } from './centre.js';
import { declaredKinds } from './kinds.js';
import type { LiveHub } from './live.js';
import { UNSUBSCRIBE_PATH } from './mail.js';
import { wordsFor } from './messages.js';
import { P } from './permissions.js';
import { changePreferences, preferencesOf } from './preferences.js';
import { programmeOf } from './recipients.js';
import { KindCatalog, Notification, NotificationChange, NotificationList, NotificationListQuery, Preferences, PreferencesChange, ReadAll, ReadAllResult, UnreadCount } from './schemas.js';
import { openStream, type StreamOptions } from './stream.js';
import { confirmForm, describeUnsubscribe, paragraph, unsubscribe, unsubscribePage, type UnsubscribeLink } from './unsubscribe.js';
import { defineRoute } from './types.js';

const IdParams = Type.Object({ id: Uuid });

/** Tells the caller's open streams, once this request committed, that their count may have changed. */
function announceUnread(ctx: { afterCommit(work: () => Promise<void>): void; tenant: { id: string } }, actor: Actor, hub: LiveHub): void {
  const personId = actor.personId;
  if (personId) ctx.afterCommit(async () => hub.publish(ctx.tenant.id, personId, { type: 'unread' }));
}

export function notificationsRoutes(hub: LiveHub, streamOptions: StreamOptions) {
  return [
    defineRoute({
      method: 'GET',
      path: '/notifications',
      name: 'list',
      summary: 'List my notifications, newest first',
      description: 'The inbox (read or not, not archived), the unread ones or the archived ones, of every plugin or one; with the unread count.',
      permission: P.use,
      schemas: { query: NotificationListQuery, response: NotificationList },
      handler: (ctx) => listNotifications({ db: ctx.db, tenant: ctx.tenant, actor: ctx.actor! }, ctx.query),
    }),
    defineRoute({
      method: 'GET',
      path: '/notifications/unread',
      name: 'unread',
      summary: 'How many of my notifications are unread, and the newest one',
      description: 'For a client that cannot hold a stream open: poll this, and list when `latest` changes.',
      permission: P.use,
      schemas: { response: UnreadCount },
      handler: (ctx) => unreadCount({ db: ctx.db, tenant: ctx.tenant, actor: ctx.actor! }),
    }),
    defineRoute({
      method: 'GET',
      path: '/notifications/stream',
      name: 'stream',
      summary: 'Follow my notifications live (server-sent events)',
      description:
        'Stays open. Events: `notification` (data: the notification; its `id` is the event id) and `unread` (data: the count and the newest id). ' +
        'Send `Last-Event-ID` when reconnecting to receive what was missed. Over the same credentials as every call: the session cookie or a bearer token.',
      permission: P.use,
      eventStream: true,
      schemas: { response: Type.Union([Notification, UnreadCount]) },
      handler: (ctx) => openStream({ ...ctx, actor: ctx.actor! }, hub, streamOptions),
    }),
    defineRoute({
      method: 'POST',
      path: '/notifications/read-all',
      name: 'read-all',
      summary: 'Mark all my notifications read (of one plugin, or all)',
      permission: P.use,
      status: 200,
      schemas: { body: ReadAll, response: ReadAllResult },
      async handler(ctx) {
        const answer = await readAll({ db: ctx.db, tenant: ctx.tenant, actor: ctx.actor!, audit: ctx.audit }, ctx.body.plugin);
        announceUnread(ctx, ctx.actor!, hub);
        return answer;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/notifications/preferences',
      name: 'preferences.show',
      summary: 'How each kind of notification reaches me, and my digest',
      permission: P.use,
      schemas: { response: Preferences },
      handler: async (ctx) => preferencesOf({ db: ctx.db, tenant: ctx.tenant, actor: ctx.actor!, extensions: ctx.extensions, settings: await ctx.settings() }),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/notifications/preferences',
      name: 'preferences.change',
      summary: 'Choose how kinds of notification reach me, and my digest',
      description: 'Per kind: in-app, email, both or off (null: the tenant’s default). Mandatory kinds cannot be changed (400 naming `/channels/<kind>`).',
      permission: P.use,
      schemas: { body: PreferencesChange, response: Preferences },
      handler: async (ctx) => changePreferences({ db: ctx.db, tenant: ctx.tenant, actor: ctx.actor!, extensions: ctx.extensions, settings: await ctx.settings(), audit: ctx.audit }, ctx.body),
    }),
    defineRoute({
      method: 'GET',
      path: '/notifications/kinds',
      name: 'kinds',
      summary: 'Every kind of notification the plugins declare (staff)',
      permission: P.manage,
      schemas: { response: KindCatalog },
      handler: (ctx) => ({
        kinds: declaredKinds(ctx.extensions).map(({ pluginId, declaration: d }) => ({
          kind: d.kind,
          pluginId,
          label: d.label,
          audience: d.audience,
          declaredChannel: d.defaultChannel,
          declaredMandatory: d.mandatory === true,
        })),
      }),
    }),
    // Last: `:id` would otherwise take `preferences` for an id.
    defineRoute({
      method: 'PATCH',
      path: '/notifications/:id',
      name: 'change',
      summary: 'Mark one of my notifications read or unread, archived or back in the inbox',
      permission: P.use,
      schemas: { params: IdParams, body: NotificationChange, response: Notification },
      async handler(ctx) {
        const answer = await changeNotification({ db: ctx.db, tenant: ctx.tenant, actor: ctx.actor!, audit: ctx.audit }, ctx.params.id, ctx.body);
        announceUnread(ctx, ctx.actor!, hub);
        return answer;
      },
    }),
  ];
}

// Optional so that a damaged link (a mail client cutting the query) gets the page that says so, not a JSON 400.
const LinkQuery = Type.Object({ p: Type.Optional(Type.String({ maxLength: 64 })), k: Type.Optional(Type.String({ maxLength: 120 })), s: Type.Optional(Type.String({ maxLength: 128 })) });
const linkOf = (query: { p?: string; k?: string; s?: string }): UnsubscribeLink => ({ p: query.p ?? '', k: query.k ?? '', s: query.s ?? '' });

function sendPage(ctx: { http: { status(code: number): void; setHeader(n: string, v: string): void; send(b: string, t: string): void } }, status: number, html: string): void {
  ctx.http.status(status);
  ctx.http.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
  ctx.http.setHeader('Cache-Control', 'no-store');
  ctx.http.send(html, 'text/html; charset=utf-8');
}

export const unsubscribePages = [
  defineRoute({
    method: 'GET',
    path: UNSUBSCRIBE_PATH,
    name: 'unsubscribe-page.show',
    summary: 'Unsubscribe page: confirm stopping these emails',
    public: true,
    schemas: { query: LinkQuery },
    async handler(ctx) {
      const settings = await ctx.settings();
      const programme = await programmeOf(ctx.db, ctx.tenant);
      const link = linkOf(ctx.query);
      const page = await describeUnsubscribe({ db: ctx.db, tenant: ctx.tenant, keys: ctx.keys, extensions: ctx.extensions, settings, audit: ctx.audit }, link);
      if (!page) {
        const locale = pickLocale(programme.defaultLocale);
        return sendPage(ctx, 404, unsubscribePage(locale, programme.name, paragraph(wordsFor(locale).invalid)));
      }
      const action = `${UNSUBSCRIBE_PATH}?${new URLSearchParams({ p: link.p, k: link.k, s: link.s })}`;
      sendPage(ctx, 200, unsubscribePage(page.locale, programme.name, confirmForm(action, page.question, page.button)));
    },
  }),
  defineRoute({
    method: 'POST',
    path: UNSUBSCRIBE_PATH,
    name: 'unsubscribe-page.confirm',
    summary: 'Stop these emails (RFC 8058 one-click, or the page’s button)',
    description: 'What a mail client posts for `List-Unsubscribe-Post: List-Unsubscribe=One-Click`; needs no session, the link is signed.',
    public: true,
    bodyType: 'form',
    status: 200,
    verifyRequest: false,
    schemas: { query: LinkQuery, body: Type.Object({ 'List-Unsubscribe': Type.Optional(Type.Literal('One-Click')) }, { additionalProperties: false, examples: [{ 'List-Unsubscribe': 'One-Click' }] }) },
    async handler(ctx) {
      const settings = await ctx.settings();
      const programme = await programmeOf(ctx.db, ctx.tenant);
      const done = await unsubscribe({ db: ctx.db, tenant: ctx.tenant, keys: ctx.keys, extensions: ctx.extensions, settings, audit: ctx.audit }, linkOf(ctx.query));
      if (!done) {
        const locale = pickLocale(programme.defaultLocale);
        throw problems.notFound(wordsFor(locale).invalid);
      }
      sendPage(ctx, 200, unsubscribePage(done.locale, programme.name, paragraph(done.done)));
    },
  }),
];

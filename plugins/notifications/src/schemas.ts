/** The shapes of the notifications API: one's centre, one's preferences, and the tenant's defaults. */
import { Nullable, Timestamp, Type, Uuid, type Static } from '@portico/core';

export const Channel = Type.Union([Type.Literal('in-app'), Type.Literal('email'), Type.Literal('both'), Type.Literal('off')], {
  description: 'in-app: the portal’s centre only; email: a mail only; both; off: nothing',
});
export const Digest = Type.Union([Type.Literal('off'), Type.Literal('daily'), Type.Literal('weekly')], {
  description: 'off: one mail per notification; daily or weekly: one mail gathering them (mandatory notices still go at once)',
});
export type Digest = Static<typeof Digest>;

const Words = Type.Object({ en: Type.String(), fr: Type.String(), es: Type.String() });

export const Notification = Type.Object({
  id: Uuid,
  kind: Type.String({ description: 'The declared kind, e.g. `deals.decided`' }),
  pluginId: Type.String(),
  title: Type.String(),
  body: Type.String(),
  link: Nullable(Type.String({ description: 'Portal path it is about' })),
  createdAt: Timestamp,
  readAt: Nullable(Timestamp),
  archivedAt: Nullable(Timestamp),
});
export type Notification = Static<typeof Notification>;

export const NotificationListQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    status: Type.Optional(Type.Union([Type.Literal('unread'), Type.Literal('inbox'), Type.Literal('archived')], { default: 'inbox', description: 'inbox: not archived (read or not); unread; archived' })),
    plugin: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9-]*$', maxLength: 60 })),
  },
  { additionalProperties: false },
);
export type NotificationListQuery = Static<typeof NotificationListQuery>;

export const NotificationList = Type.Object({
  items: Type.Array(Notification),
  nextCursor: Nullable(Type.String()),
  unread: Type.Integer({ description: 'Unread and not archived, all plugins' }),
  plugins: Type.Array(Type.String(), { description: 'The plugins the caller has notifications from, for the filter' }),
});
export type NotificationList = Static<typeof NotificationList>;

export const UnreadCount = Type.Object({
  unread: Type.Integer(),
  latest: Nullable(Type.String({ format: 'uuid', description: 'The newest notification’s id: a poller sees something new when it changes' })),
});
export type UnreadCount = Static<typeof UnreadCount>;

export const NotificationChange = Type.Object(
  { read: Type.Optional(Type.Boolean()), archived: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1, examples: [{ read: true }] },
);
export type NotificationChange = Static<typeof NotificationChange>;

export const ReadAll = Type.Object(
  { plugin: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9-]*$', maxLength: 60 })) },
  { additionalProperties: false, examples: [{}] },
);
export const ReadAllResult = Type.Object({ updated: Type.Integer(), unread: Type.Integer() });

export const KindPreference = Type.Object({
  kind: Type.String(),
  pluginId: Type.String(),
  label: Words,
  mandatory: Type.Boolean({ description: 'Always emailed at once; cannot be changed' }),
  channel: Channel,
  chosen: Type.Boolean({ description: 'False while the tenant’s default applies' }),
});
export type KindPreference = Static<typeof KindPreference>;

export const Preferences = Type.Object({
  digest: Digest,
  kinds: Type.Array(KindPreference),
});
export type Preferences = Static<typeof Preferences>;

export const PreferencesChange = Type.Object(
  {
    digest: Type.Optional(Digest),
    channels: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z][a-z0-9-]*\\.[a-z0-9.-]+$' }), Type.Union([Channel, Type.Null()]), { description: 'Per kind; null goes back to the tenant’s default' })),
  },
  { additionalProperties: false, examples: [{ digest: 'daily', channels: { 'deals.decided': 'in-app' } }] },
);
export type PreferencesChange = Static<typeof PreferencesChange>;

export const KindDefault = Type.Object({
  kind: Type.String(),
  pluginId: Type.String(),
  label: Words,
  audience: Type.Union([Type.Literal('partner'), Type.Literal('staff'), Type.Literal('everyone')]),
  declaredChannel: Channel,
  declaredMandatory: Type.Boolean({ description: 'A security notice the plugin declares mandatory; the tenant cannot lift it' }),
});
export const KindCatalog = Type.Object({ kinds: Type.Array(KindDefault) });
export type KindCatalog = Static<typeof KindCatalog>;

/**
 * What the notifications elements share: the API's shapes (from the plugin's schemas), the routes the
 * elements call with their answers' types, the words of a kind in the reader's language, channel,
 * digest and plugin names, counted phrases, when a notification was made, how a failed call reads,
 * and page styles.
 */
import { css, html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Static } from '@portico/core';
import type { PorticoClient, RawOptions } from '@portico/sdk';
import { formatDateTime, formatRelativeTime, pageStyles as kitPageStyles, plural, problemTexts, type Locale } from '@portico/widgets';
import type {
  Digest, KindCatalog, KindPreference, Notification, NotificationChange, NotificationList, NotificationListQuery, Preferences, PreferencesChange,
  NotificationSettings, ReadAllResult as ReadAllResultSchema, UnreadCount,
} from '../public.js';

/** The API's shapes, typed from the schemas the server validates with (from the plugin's public face; types only: nothing of the server is bundled). */
export type {
  Digest, KindCatalog, KindPreference, Notification, NotificationChange, NotificationList, NotificationListQuery, NotificationSettings, Preferences, PreferencesChange,
  UnreadCount,
};
export type ReadAllResult = Static<typeof ReadAllResultSchema>;
export type Channel = KindPreference['channel'];
export type KindDefault = KindCatalog['kinds'][number];
/** The centre's filters: `inbox` (not archived), `unread`, `archived`. */
export type Status = NonNullable<NotificationListQuery['status']>;
/** A kind's name: English, French and Spanish. */
export type Words = KindPreference['label'];

/**
 * The notifications routes the elements call, `METHOD /path` with `{name}` parameters, and what each
 * answers. The SDK's generated types do not know them, so the elements call them with
 * `client.call<T>()` through `notificationsCall`, typed here from the plugin's own schemas; the
 * browser tests' fakes are typed from the same table. The live stream (`GET /notifications/stream`)
 * is read by `live.ts`.
 */
export interface NotificationsAnswers {
  'GET /notifications': NotificationList;
  'GET /notifications/unread': UnreadCount;
  'PATCH /notifications/{id}': Notification;
  'POST /notifications/read-all': ReadAllResult;
  'GET /notifications/preferences': Preferences;
  'PATCH /notifications/preferences': Preferences;
  'GET /notifications/kinds': KindCatalog;
  'GET /notifications/settings': NotificationSettings;
  'PATCH /notifications/settings': NotificationSettings;
}
export type NotificationsRoute = keyof NotificationsAnswers;

/** Calls one notifications route: `notificationsCall(client, 'PATCH /notifications/{id}', { params: { id }, body: { read: true } })`. */
export function notificationsCall<R extends NotificationsRoute>(client: PorticoClient, route: R, options: RawOptions = {}): Promise<NotificationsAnswers[R]> {
  const space = route.indexOf(' ');
  return client.call<NotificationsAnswers[R]>(route.slice(0, space) as 'GET', route.slice(space + 1), options);
}

export const CHANNELS = ['in-app', 'email', 'both', 'off'] as const satisfies readonly Channel[];
export const DIGESTS = ['off', 'daily', 'weekly'] as const satisfies readonly Digest[];
export const STATUSES = ['inbox', 'unread', 'archived'] as const satisfies readonly Status[];

export function channelLabel(channel: Channel): string {
  return {
    'in-app': () => msg('In the portal', { id: 'notifications.channel.in-app' }),
    email: () => msg('By email', { id: 'notifications.channel.email' }),
    both: () => msg('Both', { id: 'notifications.channel.both' }),
    off: () => msg('Off', { id: 'notifications.channel.off' }),
  }[channel]();
}

export function digestLabel(digest: Digest): string {
  return {
    off: () => msg('No digest: one email per notification', { id: 'notifications.digest.off' }),
    daily: () => msg('Daily digest', { id: 'notifications.digest.daily' }),
    weekly: () => msg('Weekly digest', { id: 'notifications.digest.weekly' }),
  }[digest]();
}

export function statusLabel(status: Status): string {
  return {
    inbox: () => msg('Inbox', { id: 'notifications.status.inbox' }),
    unread: () => msg('Unread', { id: 'notifications.status.unread' }),
    archived: () => msg('Archived', { id: 'notifications.status.archived' }),
  }[status]();
}

/** A plugin as a person names it: the built-in ones translated, any other by its id. */
export function pluginLabel(pluginId: string): string {
  const labels: Record<string, () => string> = {
    access: () => msg('Access and sign-in', { id: 'notifications.plugin.access' }),
    billing: () => msg('Billing', { id: 'notifications.plugin.billing' }),
    deals: () => msg('Deals', { id: 'notifications.plugin.deals' }),
    documents: () => msg('Documents', { id: 'notifications.plugin.documents' }),
    fleet: () => msg('Clients', { id: 'notifications.plugin.fleet' }),
    notifications: () => msg('Notifications', { id: 'notifications.title' }),
    onboarding: () => msg('Getting started', { id: 'notifications.plugin.onboarding' }),
    questions: () => msg('Questions', { id: 'notifications.plugin.questions' }),
    team: () => msg('Team', { id: 'notifications.plugin.team' }),
    training: () => msg('Training', { id: 'notifications.plugin.training' }),
    webhooks: () => msg('Webhooks', { id: 'notifications.plugin.webhooks' }),
  };
  return labels[pluginId]?.() ?? pluginId;
}

/** A kind's name in the reader's language, else in English. */
export function wordsIn(words: Words, locale: Locale): string {
  return (locale !== 'en' ? (words as Partial<Record<string, string>>)[locale] : undefined) || words.en;
}

/** "3 unread". */
export function unreadCount(unread: number, locale: Locale): string {
  return plural(unread, { one: msg(str`${unread} unread`, { id: 'notifications.unread.one' }), other: msg(str`${unread} unread`, { id: 'notifications.unread' }) }, locale);
}

/** When a notification was made: "5 minutes ago", the full date and time on hover and for machines. */
export function when(createdAt: string, locale: Locale) {
  return html`<time part="time" datetime=${createdAt} title=${formatDateTime(createdAt, locale)}>${formatRelativeTime(createdAt, locale)}</time>`;
}

/** Whether it counts among the unread: not read, not archived. */
export function counted(n: Pick<Notification, 'readAt' | 'archivedAt'>): boolean {
  return !n.readAt && !n.archivedAt;
}

/** Whether a notification belongs in a view of the centre. */
export function matches(n: Notification, status: Status, plugin: string): boolean {
  if (plugin && n.pluginId !== plugin) return false;
  if (status === 'archived') return !!n.archivedAt;
  if (status === 'unread') return counted(n);
  return !n.archivedAt;
}

/** The kinds by plugin, in the order the server gave them. */
export function byPlugin<K extends { pluginId: string }>(kinds: readonly K[]): [string, K[]][] {
  const groups = new Map<string, K[]>();
  for (const kind of kinds) groups.set(kind.pluginId, [...(groups.get(kind.pluginId) ?? []), kind]);
  return [...groups];
}

/** A person's readable explanation of a failed call. */
export const problemText = problemTexts({
  generic: () => msg('Something went wrong. Check your connection and try again.', { id: 'notifications.error.generic' }),
  byStatus: { 404: () => msg('This notification does not exist any more.', { id: 'notifications.error.not-found' }) },
});

/** The kit's page layout with the notifications pages' lists, rows and filters. */
export const pageStyles = css`
  ${kitPageStyles}
  a {
    color: var(--portico-color-primary, #2456d3);
  }
  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--portico-space-2, 0.5rem);
    max-inline-size: 52rem;
  }
  ul.items:focus {
    outline: none;
  }
  ul.items > li {
    display: grid;
    grid-template-columns: 0.75rem 1fr auto;
    gap: var(--portico-space-1, 0.25rem) var(--portico-space-3, 0.75rem);
    align-items: start;
    border: 1px solid var(--portico-color-border, #9aa5b1);
    border-radius: var(--portico-radius, 4px);
    padding: var(--portico-space-3, 0.75rem) var(--portico-space-4, 1rem);
    background: var(--portico-color-surface-alt, #f3f5f8);
  }
  ul.items > li.unread {
    background: var(--portico-color-surface, #fff);
    border-inline-start: 4px solid var(--portico-color-primary, #2456d3);
  }
  .dot {
    inline-size: 0.6rem;
    block-size: 0.6rem;
    margin-block-start: 0.45rem;
    border-radius: 50%;
  }
  li.unread .dot {
    background: var(--portico-color-primary, #2456d3);
  }
  .title {
    margin: 0;
    font-weight: 400;
  }
  li.unread .title {
    font-weight: 700;
  }
  .body {
    margin: 0;
  }
  .meta {
    margin: 0;
    font-size: 0.9rem;
  }
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-2, 0.5rem);
    justify-content: end;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-1, 0.25rem);
    align-self: end;
  }
  .filters button {
    font: inherit;
    padding: var(--portico-space-2, 0.5rem) var(--portico-space-3, 0.75rem);
    border: 1px solid var(--portico-color-border, #9aa5b1);
    border-radius: var(--portico-radius, 4px);
    background: var(--portico-color-surface, #fff);
    color: var(--portico-color-text, #1f2933);
    cursor: pointer;
  }
  .filters button[aria-pressed='true'] {
    background: var(--portico-color-primary, #2456d3);
    border-color: var(--portico-color-primary, #2456d3);
    color: var(--portico-color-on-primary, #fff);
    font-weight: 600;
  }
  .more {
    margin-block-start: var(--portico-space-3, 0.75rem);
  }
  section.plugin {
    max-inline-size: 52rem;
  }
  ul.kinds {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--portico-space-3, 0.75rem);
  }
  ul.kinds > li {
    display: grid;
    grid-template-columns: minmax(12rem, 1fr) minmax(12rem, 18rem);
    gap: var(--portico-space-2, 0.5rem) var(--portico-space-4, 1rem);
    align-items: start;
    border-block-end: 1px solid var(--portico-color-border, #9aa5b1);
    padding-block-end: var(--portico-space-3, 0.75rem);
  }
  .kind-name {
    margin: 0;
    font-weight: 600;
  }
  .kind-notes {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-2, 0.5rem);
    align-items: center;
    margin-block-start: var(--portico-space-1, 0.25rem);
  }
  .digest {
    max-inline-size: 24rem;
    margin-block-end: var(--portico-space-4, 1rem);
  }
  @media (max-width: 40rem) {
    ul.kinds > li {
      grid-template-columns: 1fr;
    }
    ul.items > li {
      grid-template-columns: 0.75rem 1fr;
    }
    .item-actions {
      grid-column: 2;
      justify-content: start;
    }
  }
`;

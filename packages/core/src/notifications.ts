/**
 * Notifications as part of the contract: a plugin declares which of its events notify whom, and what
 * each recipient reads, in their language; the notifications plugin (when registered) delivers them —
 * in the portal's centre, by email or in a digest — as each person chose. Recipients are resolved on
 * the server from the event, never named by a browser, and a partner's person is never told of
 * another organisation's event (the event's `partnerId`, below, is checked for every recipient).
 *
 * A declaration is a contribution to `notificationKinds`:
 *
 *     contributes: [contribute(notificationKinds, defineNotification(dealEvents, 'deals.deal.decided', { … }))]
 */
import type { Static } from '@sinclair/typebox';
import type { Knex } from 'knex';
import { defineExtensionPoint } from './extensions.js';
import type { DomainEvent, EventMap, TenantRef } from './plugin.js';
import type { Locale } from './schemas.js';

/** How a person hears of one kind: in the portal's centre, by email, both, or not at all. */
export type NotificationChannel = 'in-app' | 'email' | 'both' | 'off';
export const NOTIFICATION_CHANNELS: readonly NotificationChannel[] = ['in-app', 'email', 'both', 'off'];

/** A text in every language Portico speaks. */
export type LocalisedText = Readonly<Record<Locale, string>>;

/** A person to tell, as the notifications plugin hands them to `message`. */
export interface NotificationRecipient {
  id: string;
  name: string;
  email: string;
  /** The organisation they belong to; null for the tenant's staff. */
  partnerId: string | null;
  locale: Locale;
  timeZone: string | null;
}

/** What a declaration's functions may use: the delivery's transaction (tenant-scoped) and who to ask for common recipients. */
export interface NotificationContext {
  db: Knex.Transaction;
  tenant: TenantRef;
  /** Where people reach the portal, for links in emails. */
  publicUrl: string;
  /** The programme's name as the tenant brands it. */
  programme: string;
  /** The active administrators (partner_admin) of an organisation. */
  adminsOf(partnerId: string): Promise<string[]>;
  /** The active staff whose role holds `permission` (e.g. the reviewers of deals). */
  staffHolding(permission: string): Promise<string[]>;
}

/** What one recipient reads: a line and a few more in the centre, and the email (its text by default). */
export interface NotificationMessage {
  title: string;
  body: string;
  /** The portal path it is about, e.g. `/deals/3f…`; the centre links there, the email to `publicUrl` + it. */
  link?: string;
  email?: { subject?: string; text?: string; html?: string };
}

export interface NotificationKind<Payload = Record<string, unknown>> {
  /** `<plugin>.<name>`, e.g. `deals.decided`: the key of a person's preferences and the kind of the email. */
  kind: string;
  /** The event that raises it. */
  event: string;
  /** What a person reads in their preferences. */
  label: LocalisedText;
  /** Who can ever receive it, to show it among their preferences: partners, staff or both. */
  audience: 'partner' | 'staff' | 'everyone';
  /** How a person hears of it until they or the tenant choose otherwise. */
  defaultChannel: NotificationChannel;
  /** Security notices: always emailed at once (never off, never in a digest), whatever the preferences. */
  mandatory?: true;
  /** The organisation the event belongs to (null: the tenant's own); a partner's person outside it is never told. */
  partnerOf(event: DomainEvent<Payload>): string | null;
  /** The people to tell (ids). Unknown, inactive or out-of-organisation people are dropped. */
  recipients(event: DomainEvent<Payload>, ctx: NotificationContext): Promise<readonly string[]>;
  /**
   * Events as if they had happened, made from the plugin's own demo data, so that a new demo portal's
   * centre is not empty (`portico seed-demo`); they are delivered like real ones, without email.
   */
  demo?(ctx: { db: Knex.Transaction; tenant: TenantRef }): Promise<readonly DomainEvent<Payload>[]>;
  /** What `recipient` reads, in their language; null when there is nothing to say any more (the object is gone). */
  message(event: DomainEvent<Payload>, recipient: NotificationRecipient, ctx: NotificationContext): Promise<NotificationMessage | null>;
}

/** Where plugins declare their notifications; read by the notifications plugin. */
export const notificationKinds = defineExtensionPoint<NotificationKind<any>>('notifications.kinds');

/** Types a declaration by the event that raises it: the payload is that event's. */
export function defineNotification<E extends EventMap, K extends keyof E & string>(
  _events: E,
  event: K,
  declaration: Omit<NotificationKind<Static<E[K]>>, 'event'>,
): NotificationKind<Static<E[K]>> {
  return { ...declaration, event };
}

/**
 * The kinds of notification the registered plugins declare (contributions to `notificationKinds`), and
 * how one reaches a person: their choice, else the tenant's default, else the declaration's; a kind
 * the plugin or the tenant makes mandatory is always emailed at once.
 */
import { notificationKinds, type Actor, type Extensions, type NotificationChannel, type NotificationKind } from '@portico/core';
import type { Digest } from './schemas.js';
import type { NotificationSettings } from './settings.js';

export interface DeclaredKind {
  pluginId: string;
  declaration: NotificationKind<any>;
}

export function declaredKinds(extensions: Extensions): DeclaredKind[] {
  return extensions.of(notificationKinds).map(({ pluginId, value }) => ({ pluginId, declaration: value }));
}

export function isMandatory(kind: NotificationKind<any>, settings: NotificationSettings): boolean {
  return kind.mandatory === true || settings.mandatory.includes(kind.kind);
}

/** How `kind` reaches a person who chose `chosen` (undefined: nothing chosen). */
export function effectiveChannel(kind: NotificationKind<any>, settings: NotificationSettings, chosen: NotificationChannel | undefined): NotificationChannel {
  if (isMandatory(kind, settings)) return 'both';
  return chosen ?? settings.defaults[kind.kind] ?? kind.defaultChannel;
}

export const hasEmail = (channel: NotificationChannel) => channel === 'email' || channel === 'both';
export const hasInApp = (channel: NotificationChannel) => channel === 'in-app' || channel === 'both';

/** The kinds a caller may receive, by audience: partners' people see partner kinds, staff theirs. */
export function kindsFor(actor: Actor, kinds: readonly DeclaredKind[]): DeclaredKind[] {
  const audience = actor.partnerId ? 'partner' : 'staff';
  return kinds.filter((k) => k.declaration.audience === 'everyone' || k.declaration.audience === audience);
}

export function effectiveDigest(own: Digest | null | undefined, settings: NotificationSettings): Digest {
  return own ?? settings.digest;
}

/**
 * What an event becomes for each person a declaration names (`events.handlesAll`): nothing, a line in
 * their centre, an email now, or a line of their next digest — as they (or the tenant) chose, with
 * mandatory notices always emailed at once. Runs in the delivery's transaction: a redelivered event
 * finds its rows and tells nobody twice; the live streams hear of it once that transaction committed.
 */
import type { DomainEvent, Extensions, KeyRing, MailMessage, NotificationChannel, PermissionCatalog, TenantRef } from '@portico/core';
import type { Knex } from 'knex';
import { declaredKinds, effectiveChannel, effectiveDigest, hasEmail, hasInApp, isMandatory } from './kinds.js';
import type { LiveHub } from './live.js';
import { notificationMail, unsubscribeUrl } from './mail.js';
import { eligibleRecipients, notificationContext, programmeOf } from './recipients.js';
import type { Digest } from './schemas.js';
import type { NotificationSettings } from './settings.js';

/** What delivering needs: an event handler's context has it all; the demo seed passes no mail. */
export interface DeliveryContext {
  db: Knex.Transaction;
  tenant: TenantRef;
  extensions: Extensions;
  permissions: PermissionCatalog;
  keys: KeyRing;
  publicUrl: string;
  settings(): Promise<NotificationSettings>;
  sendMail(message: MailMessage): Promise<void>;
  afterCommit(work: () => Promise<void>): void;
}

export function deliverEvent(hub: LiveHub) {
  return async function deliver(event: DomainEvent, ctx: DeliveryContext): Promise<void> {
    const kinds = declaredKinds(ctx.extensions).filter((k) => k.declaration.event === event.type);
    if (kinds.length === 0) return;
    const settings = await ctx.settings();
    const programme = await programmeOf(ctx.db, ctx.tenant);
    const nctx = notificationContext(ctx, programme);
    const told: { personId: string; id: string }[] = [];
    for (const { pluginId, declaration: kind } of kinds) {
      const named = await kind.recipients(event, nctx);
      const recipients = await eligibleRecipients(ctx.db, ctx.tenant, named, kind.partnerOf(event), programme);
      if (recipients.length === 0) continue;
      const ids = recipients.map((r) => r.id);
      const [chosen, profiles] = await Promise.all([
        ctx.db('notification_preferences').where({ tenantId: ctx.tenant.id, kind: kind.kind }).whereIn('personId', ids).select('personId', 'channel') as Promise<{ personId: string; channel: NotificationChannel }[]>,
        ctx.db('notification_profiles').where({ tenantId: ctx.tenant.id }).whereIn('personId', ids).select('personId', 'digest') as Promise<{ personId: string; digest: Digest | null }[]>,
      ]);
      const channelOf = new Map(chosen.map((c) => [c.personId, c.channel]));
      const digestOf = new Map(profiles.map((p) => [p.personId, p.digest]));
      const mandatory = isMandatory(kind, settings);
      for (const recipient of recipients) {
        const channel = effectiveChannel(kind, settings, channelOf.get(recipient.id));
        if (channel === 'off') continue;
        const message = await kind.message(event, recipient, nctx);
        if (!message) continue;
        const email = hasEmail(channel);
        const toDigest = email && !mandatory && effectiveDigest(digestOf.get(recipient.id), settings) !== 'off';
        const [row] = await ctx.db('notifications')
          .insert({
            tenantId: ctx.tenant.id,
            personId: recipient.id,
            partnerId: recipient.partnerId,
            pluginId,
            kind: kind.kind,
            eventId: event.id,
            title: message.title,
            body: message.body,
            link: message.link ?? null,
            inApp: hasInApp(channel),
            emailState: !email ? 'none' : toDigest ? 'digest' : 'sent',
            emailSubject: message.email?.subject ?? null,
            emailText: message.email?.text ?? null,
          })
          .onConflict(['person_id', 'kind', 'event_id'])
          .ignore()
          .returning(['id', 'inApp']);
        if (!row) continue; // told already, by an earlier delivery of this event
        if (email && !toDigest) {
          await ctx.sendMail(
            notificationMail(
              {
                to: recipient.email,
                name: recipient.name,
                locale: recipient.locale,
                programme,
                publicUrl: ctx.publicUrl,
                unsubscribe: mandatory ? null : unsubscribeUrl(ctx.keys, ctx.publicUrl, ctx.tenant, recipient.id, kind.kind),
              },
              { kind: kind.kind, title: message.title, body: message.body, link: message.link ?? null, email: message.email },
            ),
          );
        }
        if (row.inApp) told.push({ personId: recipient.id, id: row.id });
      }
    }
    if (told.length === 0) return;
    ctx.afterCommit(async () => {
      for (const { personId, id } of told) hub.publish(ctx.tenant.id, personId, { type: 'notification', id });
    });
  };
}

/**
 * The digest: once a day (or a week) since a person's last one — or since the oldest line waiting, for
 * a first digest — every notification waiting for it leaves in one email. Someone who went back to one
 * mail per notification gets what waited at the next run. Runs in the task's transaction: the lines
 * are marked sent with the mail queued, so a failed run sends nothing twice.
 */
import { pickLocale, type TaskContext } from '@portico/core';
import { effectiveDigest } from './kinds.js';
import { ALL_KINDS, digestMail, unsubscribeUrl } from './mail.js';
import { programmeOf } from './recipients.js';
import type { Digest } from './schemas.js';
import type { NotificationSettings } from './settings.js';

const DAY = 86_400_000;
const PERIOD: Record<Digest, number> = { off: 0, daily: DAY, weekly: 7 * DAY };
/** A digest holds at most this many lines; the rest wait for the next run. */
const MAX_LINES = 100;

export async function sendDigests(ctx: TaskContext<NotificationSettings>): Promise<number> {
  const { db, tenant, now } = ctx;
  const settings = await ctx.settings();
  const waiting: { personId: string; oldest: Date; digest: Digest | null; lastDigestAt: Date | null; name: string; email: string; locale: string | null; status: string }[] = await db('notifications as n')
    .join('people as p', 'p.id', 'n.person_id')
    .leftJoin('notification_profiles as f', 'f.person_id', 'n.person_id')
    .where({ 'n.tenant_id': tenant.id, 'n.email_state': 'digest' })
    .groupBy('n.person_id', 'f.digest', 'f.last_digest_at', 'p.name', 'p.email', 'p.locale', 'p.status')
    .select('n.person_id', db.raw('min(n.created_at) as oldest'), 'f.digest', 'f.last_digest_at', 'p.name', 'p.email', 'p.locale', 'p.status');
  if (waiting.length === 0) return 0;
  const programme = await programmeOf(db, tenant);
  let sent = 0;
  for (const person of waiting) {
    if (person.status !== 'active' && person.status !== 'invited') {
      await db('notifications').where({ tenantId: tenant.id, personId: person.personId, emailState: 'digest' }).update({ emailState: 'none' });
      continue;
    }
    const digest = effectiveDigest(person.digest, settings);
    const since = new Date(person.lastDigestAt ?? person.oldest).getTime();
    if (digest !== 'off' && now.getTime() < since + PERIOD[digest]) continue;
    const lines: { id: string; kind: string; title: string; body: string; link: string | null }[] = await db('notifications')
      .where({ tenantId: tenant.id, personId: person.personId, emailState: 'digest' })
      .orderBy([{ column: 'created_at' }, { column: 'id' }])
      .limit(MAX_LINES)
      .select('id', 'kind', 'title', 'body', 'link');
    await db('notifications').whereIn('id', lines.map((l) => l.id)).update({ emailState: 'sent' });
    await db('notification_profiles')
      .insert({ tenantId: tenant.id, personId: person.personId, lastDigestAt: now })
      .onConflict(['person_id'])
      .merge({ lastDigestAt: now, updatedAt: now });
    await ctx.sendMail(
      digestMail(
        {
          to: person.email,
          name: person.name,
          locale: pickLocale(person.locale, programme.defaultLocale),
          programme,
          publicUrl: ctx.publicUrl,
          unsubscribe: unsubscribeUrl(ctx.keys, ctx.publicUrl, tenant, person.personId, ALL_KINDS),
          period: digest === 'weekly' ? 'weekly' : 'daily',
        },
        lines,
      ),
    );
    await ctx.audit({ action: 'notifications.digest.sent', targetType: 'person', targetId: person.personId, partnerId: null, after: { lines: lines.length, digest } });
    sent++;
  }
  return sent;
}

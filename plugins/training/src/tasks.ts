/**
 * `notify-expiring`: warns each holder once when their certification enters the last 30 days of
 * its validity. The task marks the certification (`expiry_warned_at`) and emits
 * `training.certification.expiry-warned`; the event's handler sends the email, in the holder's language.
 *
 * Only the certification a person would lose is warned about: one already renewed (a later
 * certification of the same module lasts longer) is not, nor one of a retired module.
 */
import type { EventContext } from '@portico/core';
import { trainingEvents } from './events.js';
import { DAY_MS, EXPIRY_WINDOW_DAYS } from './status.js';
import { expiringMailWords, formatDate, pickLocale } from './messages.js';
import { defineTask, handlers } from './types.js';

export const notifyExpiring = defineTask({
  name: 'notify-expiring',
  everyMinutes: 60,
  async run(ctx) {
    const { db, now } = ctx;
    const horizon = new Date(now.getTime() + EXPIRY_WINDOW_DAYS * DAY_MS);
    const due: { id: string; personId: string; partnerId: string | null; moduleId: string; expiresAt: Date }[] = await db('training_certifications as c')
      .join('people as p', 'p.id', 'c.person_id')
      .join('training_modules as m', 'm.id', 'c.module_id')
      .where('c.tenant_id', ctx.tenant.id)
      .whereNull('c.expiry_warned_at')
      .where('c.expires_at', '>', now)
      .where('c.expires_at', '<=', horizon)
      .where('m.status', 'published')
      .whereIn('p.status', ['invited', 'active'])
      .whereNotExists(
        db('training_certifications as later')
          .whereRaw('later.person_id = c.person_id and later.module_id = c.module_id and later.id <> c.id')
          .whereRaw('(later.expires_at is null or later.expires_at > c.expires_at)'),
      )
      .orderBy('c.expires_at')
      .select('c.id', 'c.person_id', 'c.partner_id', 'c.module_id', 'c.expires_at');
    for (const cert of due) {
      // The mark and the event commit together: a crash before commit leaves both undone.
      const marked = await db('training_certifications').where({ id: cert.id }).whereNull('expiry_warned_at').update({ expiryWarnedAt: now });
      if (!marked) continue;
      const expiresAt = new Date(cert.expiresAt).toISOString();
      await ctx.emit('training.certification.expiry-warned', { certificationId: cert.id, personId: cert.personId, partnerId: cert.partnerId, moduleId: cert.moduleId, expiresAt });
      await ctx.audit({ action: 'training.certification.expiry-warned', targetType: 'training_certification', targetId: cert.id, partnerId: cert.partnerId, after: { expiresAt } });
    }
  },
});

/** Emails the holder of an expiring certification; marks it so a redelivered event mails nobody twice. */
export async function mailExpiring(certificationId: string, ctx: EventContext): Promise<void> {
  const { db } = ctx;
  const cert = await db('training_certifications as c')
    .join('people as p', 'p.id', 'c.person_id')
    .join('training_modules as m', 'm.id', 'c.module_id')
    .where('c.id', certificationId)
    .whereNull('c.expiry_mailed_at')
    .first('c.id', 'c.module_id', 'c.expires_at', 'p.email', 'p.name', 'p.locale', 'p.time_zone', 'm.title');
  if (!cert) return;
  const tenant = await db('tenants').where({ id: ctx.tenant.id }).first('name', 'default_locale');
  const locale = pickLocale(cert.locale, tenant?.defaultLocale);
  const words = expiringMailWords(locale);
  const date = formatDate(new Date(cert.expiresAt), locale, cert.timeZone);
  const link = `${ctx.publicUrl}/training/${cert.moduleId}`;
  await ctx.sendMail({
    to: cert.email,
    kind: 'training.certification-expiring',
    subject: words.subject(cert.title),
    text: `${words.greeting(cert.name)}\n\n${words.body(cert.title, date)}\n\n${words.action}: ${link}\n`,
  });
  await db('training_certifications').where({ id: cert.id }).update({ expiryMailedAt: db.fn.now() });
}

/** The handler of the task's own event: emails the holder. */
export const expiryHandlers = handlers(trainingEvents, {
  'training.certification.expiry-warned': (event, ctx) => mailExpiring(event.payload.certificationId, ctx),
});

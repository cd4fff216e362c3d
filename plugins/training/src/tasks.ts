/**
 * `notify-expiring`: warns each holder once when their certification enters the last 30 days of
 * its validity. The task marks the certification (`expiry_warned_at`) and emits
 * `training.certification.expiry-warned`; the holder is told through the notifications plugin
 * (notifications.ts), in their language.
 *
 * Only the certification a person would lose is warned about: one already renewed (a later
 * certification of the same module lasts longer) is not, nor one of a retired module.
 */
import { DAY_MS, EXPIRY_WINDOW_DAYS } from './status.js';
import { defineTask } from './types.js';

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

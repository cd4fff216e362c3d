/**
 * What training tells whom (declared in the contract; the notifications plugin delivers): the holder
 * of a certification hears, once, that it enters its last 30 days (the `notify-expiring` task's
 * event), in their language and time zone (the email as before: `training.certification-expiring`).
 */
import { contribute, defineNotification, notificationKinds } from '@portico/core';
import { trainingEvents } from './events.js';
import { expiringMailWords, formatDate } from './messages.js';

const expiring = defineNotification(trainingEvents, 'training.certification.expiry-warned', {
  kind: 'training.certification-expiring',
  label: { en: 'A certification of mine about to expire', fr: 'Une de mes certifications sur le point d’expirer', es: 'Una de mis certificaciones a punto de caducar' },
  audience: 'everyone',
  defaultChannel: 'both',
  partnerOf: (event) => event.payload.partnerId,
  recipients: async (event) => [event.payload.personId],
  async message(event, recipient, ctx) {
    const module = await ctx.db('training_modules').where({ tenantId: ctx.tenant.id, id: event.payload.moduleId }).first('title');
    if (!module) return null;
    const words = expiringMailWords(recipient.locale);
    const date = formatDate(new Date(event.payload.expiresAt), recipient.locale, recipient.timeZone);
    const link = `/training/${event.payload.moduleId}`;
    return {
      title: words.subject(module.title),
      body: words.body(module.title, date),
      link,
      email: { text: `${words.greeting(recipient.name)}\n\n${words.body(module.title, date)}\n\n${words.action}: ${ctx.publicUrl}${link}` },
    };
  },
  async demo({ db, tenant }) {
    const soon = await db('training_certifications')
      .where({ tenantId: tenant.id })
      .where('expiresAt', '>', new Date())
      .where('expiresAt', '<=', new Date(Date.now() + 30 * 86_400_000))
      .limit(5)
      .select('id', 'personId', 'partnerId', 'moduleId', 'expiresAt');
    return soon.map((c) => ({
      id: c.id,
      type: 'training.certification.expiry-warned',
      tenantId: tenant.id,
      payload: { certificationId: c.id, personId: c.personId, partnerId: c.partnerId, moduleId: c.moduleId, expiresAt: new Date(c.expiresAt).toISOString() },
      actorPersonId: null,
      occurredAt: new Date().toISOString(),
    }));
  },
});

export const trainingNotifications = [contribute(notificationKinds, expiring)];

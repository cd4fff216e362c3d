/**
 * What deals tells whom (declared in the contract; the notifications plugin delivers): the submitter
 * hears of the decision on their deal, in their language (the email as before: `deals.decision`), and
 * the staff who review deals hear of each new registration.
 */
import { contribute, defineNotification, notificationKinds, type Locale } from '@portico/core';
import { dealEvents } from './events.js';
import { decisionMail, formatDay } from './messages.js';

const submittedWords: Record<Locale, { title: (c: string) => string; body: (t: string, p: string) => string }> = {
  en: { title: (c) => `New deal to review: ${c}`, body: (t, p) => `“${t}”, registered by ${p}.` },
  fr: { title: (c) => `Nouvelle affaire à examiner : ${c}`, body: (t, p) => `« ${t} », enregistrée par ${p}.` },
  es: { title: (c) => `Nueva oportunidad por revisar: ${c}`, body: (t, p) => `«${t}», registrada por ${p}.` },
};
const decidedTitle: Record<Locale, (approved: boolean, c: string) => string> = {
  en: (a, c) => `Deal ${a ? 'approved' : 'rejected'}: ${c}`,
  fr: (a, c) => `Affaire ${a ? 'approuvée' : 'refusée'} : ${c}`,
  es: (a, c) => `Oportunidad ${a ? 'aprobada' : 'rechazada'}: ${c}`,
};

const decision = defineNotification(dealEvents, 'deals.deal.decided', {
  kind: 'deals.decision',
  label: { en: 'A decision on a deal I registered', fr: 'Une décision sur une affaire que j’ai enregistrée', es: 'Una decisión sobre una oportunidad que registré' },
  audience: 'partner',
  defaultChannel: 'both',
  partnerOf: (event) => event.payload.partnerId,
  recipients: async (event) => [event.payload.submittedBy],
  async message(event, recipient, ctx) {
    const deal = await ctx.db('deals').where({ tenantId: ctx.tenant.id, id: event.payload.dealId }).first('customerName', 'title', 'expiresAt');
    if (!deal) return null;
    const approved = event.payload.status === 'approved';
    const link = `/deals/${event.payload.dealId}`;
    const { subject, text } = decisionMail(recipient.locale, {
      name: recipient.name,
      programme: ctx.programme,
      customerName: deal.customerName,
      title: deal.title,
      status: event.payload.status,
      reason: event.payload.reason,
      expiresOn: approved && deal.expiresAt ? formatDay(new Date(deal.expiresAt), recipient.locale) : null,
      link: `${ctx.publicUrl}${link}`,
    });
    // The centre shows the email's sentences without its greeting and its link.
    const body = text.split('\n').slice(2).filter((line) => line && !line.includes(ctx.publicUrl + link)).join('\n');
    return { title: decidedTitle[recipient.locale](approved, deal.customerName), body, link, email: { subject, text } };
  },
  async demo({ db, tenant }) {
    const decided = await db('deals').where({ tenantId: tenant.id }).whereIn('status', ['approved', 'rejected']).orderBy('decidedAt', 'desc').limit(5).select('id', 'partnerId', 'submittedBy', 'status', 'decisionReason', 'decidedAt');
    return decided.map((d) => ({
      id: d.id,
      type: 'deals.deal.decided',
      tenantId: tenant.id,
      payload: { dealId: d.id, partnerId: d.partnerId, submittedBy: d.submittedBy, status: d.status, reason: d.decisionReason },
      actorPersonId: null,
      occurredAt: new Date(d.decidedAt ?? Date.now()).toISOString(),
    }));
  },
});

const submitted = defineNotification(dealEvents, 'deals.deal.submitted', {
  kind: 'deals.submitted',
  label: { en: 'A new deal registration to review', fr: 'Un nouvel enregistrement d’affaire à examiner', es: 'Un nuevo registro de oportunidad por revisar' },
  audience: 'staff',
  defaultChannel: 'in-app',
  partnerOf: (event) => event.payload.partnerId,
  recipients: (_event, ctx) => ctx.staffHolding('deals.review'),
  async message(event, recipient, ctx) {
    const partner = await ctx.db('partners').where({ tenantId: ctx.tenant.id, id: event.payload.partnerId }).first('name');
    const w = submittedWords[recipient.locale];
    return { title: w.title(event.payload.customerName), body: w.body(event.payload.title, partner?.name ?? ''), link: `/deals/${event.payload.dealId}` };
  },
});

export const dealsNotifications = [contribute(notificationKinds, decision), contribute(notificationKinds, submitted)];

/** What deals does when a deal is decided: email the submitter, in their language. */
import { dealEvents } from './events.js';
import { decisionMail, formatDay, pickLocale } from './messages.js';
import { handlers } from './types.js';

/** Emails the submitter. Safe to run twice: the mail is queued in the delivery's own transaction. */
export const decisionHandlers = handlers(dealEvents, {
  async 'deals.deal.decided'(event, ctx) {
    const payload = event.payload;
    const [person, deal, tenant] = await Promise.all([
      ctx.db('people').where({ tenantId: ctx.tenant.id, id: payload.submittedBy }).first('email', 'name', 'locale', 'status'),
      ctx.db('deals').where({ tenantId: ctx.tenant.id, id: payload.dealId }).first('customerName', 'title', 'expiresAt'),
      ctx.db('tenants').where({ id: ctx.tenant.id }).first('name', 'brand', 'defaultLocale'),
    ]);
    if (!person || !deal || person.status === 'deactivated' || person.status === 'removed') return;
    const locale = pickLocale(person.locale, tenant?.defaultLocale);
    const { subject, text } = decisionMail(locale, {
      name: person.name,
      programme: tenant?.brand?.displayName ?? tenant?.name ?? 'the partner portal',
      customerName: deal.customerName,
      title: deal.title,
      status: payload.status,
      reason: payload.reason,
      expiresOn: payload.status === 'approved' && deal.expiresAt ? formatDay(new Date(deal.expiresAt), locale) : null,
      link: `${ctx.publicUrl}/deals/${payload.dealId}`,
    });
    await ctx.sendMail({ to: person.email, subject, text, kind: 'deals.decision' });
  },
});

/**
 * The events the deals plugin emits (payload schemas), and what it does when a deal is decided:
 * email the submitter, in their language.
 */
import { Type, Uuid, type DomainEvent, type EventContext } from '@portico/core';
import { decisionMail, formatDay, pickLocale } from './messages.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const dealEvents = {
  'deal.submitted': Type.Object({ dealId: Uuid, partnerId: Uuid, submittedBy: Uuid, customerName: Type.String(), title: Type.String() }),
  'deal.decided': Type.Object({ dealId: Uuid, partnerId: Uuid, submittedBy: Uuid, status: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]), reason: Nullable(Type.String()) }),
  'deal.withdrawn': Type.Object({ dealId: Uuid, partnerId: Uuid, withdrawnBy: Nullable(Uuid) }),
  'deal.expired': Type.Object({ dealId: Uuid, partnerId: Uuid, submittedBy: Uuid, expiresAt: Type.String({ format: 'date-time' }) }),
};

interface DecidedPayload {
  dealId: string;
  submittedBy: string;
  status: 'approved' | 'rejected';
  reason: string | null;
}

/** Emails the submitter. Safe to run twice: the mail is queued in the delivery's own transaction. */
export async function mailDecision(event: DomainEvent, ctx: EventContext): Promise<void> {
  const payload = event.payload as unknown as DecidedPayload;
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
}

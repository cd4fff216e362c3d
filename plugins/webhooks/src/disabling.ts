/**
 * An endpoint that has failed every delivery for the tenant's `disableAfterDays` is disabled: new
 * events are no longer queued for it, what waits stays for when it is enabled again, the change is
 * audited and announced, and the tenant's administrators are told in their language.
 */
import { pickLocale, type MailMessage } from '@portico/core';
import type { WebhooksContext } from './context.js';
import { disabledMail } from './messages.js';

const DAY = 86_400_000;

export async function disableFailingEndpoints(
  ctx: WebhooksContext & { sendMail(message: MailMessage): Promise<void>; emit(type: 'webhooks.endpoint.disabled', payload: { endpointId: string; url: string; failingSince: string; reason: string }): Promise<void>; publicUrl: string },
): Promise<number> {
  const days = ctx.settings.disableAfterDays;
  const failing = (await ctx.db('webhook_endpoints')
    .where({ tenantId: ctx.tenant.id, enabled: true })
    .where('failing_since', '<=', new Date(ctx.now.getTime() - days * DAY))
    .forUpdate()
    .select('id', 'url', 'failing_since')) as { id: string; url: string; failingSince: Date }[];
  if (failing.length === 0) return 0;
  const tenant = await ctx.db('tenants').where({ id: ctx.tenant.id }).first('name', 'brand', 'default_locale');
  const admins = (await ctx.db('memberships as m')
    .join('people as p', 'p.id', 'm.person_id')
    .where({ 'm.tenant_id': ctx.tenant.id, 'm.role': 'tenant_admin', 'p.status': 'active' })
    .whereNull('m.partner_id')
    .select('p.email', 'p.name', 'p.locale')) as { email: string; name: string; locale: string | null }[];
  const programme = (tenant?.brand as { displayName?: string } | null)?.displayName ?? tenant?.name ?? 'the partner programme';
  for (const endpoint of failing) {
    const since = new Date(endpoint.failingSince);
    const reason = `Every delivery failed for ${days} days (since ${since.toISOString().slice(0, 10)}).`;
    await ctx.db('webhook_endpoints').where({ id: endpoint.id }).update({ enabled: false, disabledReason: reason, disabledBy: 'failing', updatedAt: ctx.now });
    await ctx.audit({ action: 'webhooks.endpoint.disabled', targetType: 'webhook-endpoint', targetId: endpoint.id, partnerId: null, after: { reason, failingSince: since.toISOString() } });
    await ctx.emit('webhooks.endpoint.disabled', { endpointId: endpoint.id, url: endpoint.url, failingSince: since.toISOString(), reason });
    for (const admin of admins) {
      const locale = pickLocale(admin.locale, tenant?.defaultLocale as string | undefined);
      const { subject, text } = disabledMail(locale, {
        name: admin.name,
        programme,
        url: endpoint.url,
        since: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(since),
        days,
        link: `${ctx.publicUrl}/settings/webhooks/${endpoint.id}`,
      });
      await ctx.sendMail({ to: admin.email, subject, text, kind: 'webhooks.endpoint-disabled' });
    }
  }
  return failing.length;
}

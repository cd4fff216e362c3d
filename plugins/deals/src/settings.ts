/**
 * The tenant's deal settings, stored under `tenants.settings.deals` and read with `ctx.settings()`;
 * the schema's defaults stand for a tenant that never changed them.
 */
import type { Knex } from 'knex';
import { problems, Type, type Static } from '@portico/core';
import { isCurrency } from './money.js';

export const DealSettings = Type.Object({
  currency: Type.String({ pattern: '^[A-Z]{3}$', default: 'USD', description: 'ISO 4217 code used when a submission names none' }),
  approvalDays: Type.Integer({ minimum: 1, maximum: 730, default: 90, description: 'How long an approved registration protects the partner' }),
  visibility: Type.Union([Type.Literal('partner'), Type.Literal('own')], {
    default: 'partner',
    description: '`partner`: everyone of a partner sees all its deals; `own`: people see only the deals they submitted (holders of deals.partner-wide still see all)',
  }),
  timeZone: Type.String({ minLength: 1, maxLength: 64, default: 'UTC', description: 'IANA time zone deciding "today" for people who set none' }),
});
export type DealSettings = Static<typeof DealSettings>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Replaces the tenant's deal settings (the body was validated against `DealSettings`). */
export async function writeSettings(db: Knex.Transaction, tenantId: string, before: DealSettings, input: DealSettings): Promise<DealSettings> {
  if (!isCurrency(input.currency)) throw problems.invalidField('/currency', `"${input.currency}" is not an ISO 4217 currency code.`);
  if (!isTimeZone(input.timeZone)) throw problems.invalidField('/timeZone', `"${input.timeZone}" is not an IANA time zone.`);
  const after: DealSettings = { ...before, currency: input.currency, approvalDays: input.approvalDays, visibility: input.visibility, timeZone: input.timeZone };
  await db('tenants')
    .where({ id: tenantId })
    .update({ settings: db.raw(`jsonb_set(settings, '{deals}', ?::jsonb)`, [JSON.stringify(after)]), updatedAt: db.fn.now() });
  return after;
}

/**
 * The tenant's deal settings, stored under `tenants.settings.deals` and read with `ctx.settings()`;
 * the schema's defaults stand for a tenant that never changed them.
 */
import { defineSettings, problems, Type, type Static } from '@portico/core';
import { isCurrency } from './money.js';
import { P } from './permissions.js';

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

/**
 * The settings declaration: everyone with `deals.read` reads them (the deal form needs the currency),
 * the staff change them through `PATCH /api/v1/deals/settings`; a currency must be ISO 4217 and a
 * time zone one the runtime knows.
 */
export const dealSettings = defineSettings({
  schema: DealSettings,
  read: P.read,
  manage: P.settingsManage,
  summary: 'Read the tenant’s deal settings (default currency, approval period, visibility)',
  example: { visibility: 'own', approvalDays: 60 },
  beforeUpdate({ after }) {
    if (!isCurrency(after.currency)) throw problems.invalidField('/currency', `"${after.currency}" is not an ISO 4217 currency code.`);
    if (!isTimeZone(after.timeZone)) throw problems.invalidField('/timeZone', `"${after.timeZone}" is not an IANA time zone.`);
  },
});

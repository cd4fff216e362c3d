/**
 * Who hears of an event: the ids a declaration names, kept only when they are people of the tenant who
 * may still sign in, and — for a partner's person — only when the event is their own organisation's.
 * The rule is here, once, whatever a declaration answers.
 */
import { pickLocale, STAFF_ROLES, type NotificationContext, type NotificationRecipient, type PermissionCatalog, type TenantRef } from '@portico/core';
import type { Knex } from 'knex';

interface Source {
  db: Knex.Transaction;
  tenant: TenantRef;
  publicUrl: string;
  permissions: PermissionCatalog;
}

export interface Programme {
  name: string;
  defaultLocale: string | null;
  primaryColor: string | null;
}

export async function programmeOf(db: Knex.Transaction, tenant: TenantRef): Promise<Programme> {
  const row = await db('tenants').where({ id: tenant.id }).first('name', 'brand', 'defaultLocale');
  const brand = (row?.brand ?? {}) as { displayName?: string; primaryColor?: string };
  return { name: brand.displayName || row?.name || tenant.slug, defaultLocale: row?.defaultLocale ?? null, primaryColor: brand.primaryColor ?? null };
}

export function notificationContext(source: Source, programme: Programme): NotificationContext {
  const { db, tenant } = source;
  return {
    db,
    tenant,
    publicUrl: source.publicUrl,
    programme: programme.name,
    async adminsOf(partnerId) {
      const rows: { personId: string }[] = await db('memberships as m')
        .join('people as p', 'p.id', 'm.person_id')
        .where({ 'm.tenant_id': tenant.id, 'm.partner_id': partnerId, 'm.role': 'partner_admin', 'p.status': 'active' })
        .select('m.person_id');
      return rows.map((r) => r.personId);
    },
    async staffHolding(permission) {
      const roles = STAFF_ROLES.filter((role) => source.permissions.ofRole(role).has(permission));
      if (roles.length === 0) return [];
      const rows: { personId: string }[] = await db('memberships as m')
        .join('people as p', 'p.id', 'm.person_id')
        .where({ 'm.tenant_id': tenant.id, 'p.status': 'active' })
        .whereNull('m.partner_id')
        .whereIn('m.role', roles)
        .select('m.person_id');
      return rows.map((r) => r.personId);
    },
  };
}

/**
 * The people among `ids` who may be told of an event of `partnerId` (null: the tenant's own): invited
 * or active, and either staff or a member of that very organisation.
 */
export async function eligibleRecipients(db: Knex.Transaction, tenant: TenantRef, ids: readonly string[], partnerId: string | null, programme: Programme): Promise<NotificationRecipient[]> {
  if (ids.length === 0) return [];
  const rows: { id: string; name: string; email: string; locale: string | null; timeZone: string | null; partnerId: string | null }[] = await db('people as p')
    .join('memberships as m', 'm.person_id', 'p.id')
    .where('p.tenant_id', tenant.id)
    .whereIn('p.id', [...new Set(ids)])
    .whereIn('p.status', ['invited', 'active'])
    .where((q) => {
      q.whereNull('m.partner_id');
      if (partnerId) q.orWhere('m.partner_id', partnerId);
    })
    .select('p.id', 'p.name', 'p.email', 'p.locale', 'p.time_zone', 'm.partner_id');
  const byId = new Map<string, NotificationRecipient>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    // Someone both staff and a member of the organisation reads it as the organisation's person.
    if (seen && seen.partnerId) continue;
    byId.set(row.id, { id: row.id, name: row.name, email: row.email, partnerId: row.partnerId, locale: pickLocale(row.locale, programme.defaultLocale), timeZone: row.timeZone });
  }
  return [...byId.values()];
}

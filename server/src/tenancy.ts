/**
 * Which tenant an anonymous request belongs to: the tenant that lists the request's host among its
 * domains, else the configured default tenant. Signed-in requests take the tenant of their credential.
 */
import type { Knex } from 'knex';
import { TENANT_SETTING, type TenantRef } from '@portico/core';

export interface HostTenant {
  tenant: TenantRef;
  /** The tenant's stored settings, read in the same round trip. */
  settings: Record<string, unknown>;
}

/**
 * Finds the tenant of the host and scopes the transaction to it in the same statement: `set_config`
 * in the select list runs for the one row returned. A request whose credential names another tenant
 * moves to that one afterwards.
 */
export async function enterTenantOfHost(trx: Knex.Transaction, host: string, defaultSlug: string | null): Promise<HostTenant | null> {
  const hostname = host.replace(/:\d+$/, '').toLowerCase();
  const candidates = [host.toLowerCase(), hostname];
  const columns = ['id', 'slug', 'settings', trx.raw('set_config(?, id::text, true) as scoped', [TENANT_SETTING])];
  const row =
    (await trx('tenants').where('status', 'active').whereRaw('domains && ?::text[]', [candidates]).first(...columns)) ??
    (defaultSlug ? await trx('tenants').where({ slug: defaultSlug, status: 'active' }).first(...columns) : undefined);
  return row ? { tenant: { id: row.id, slug: row.slug }, settings: row.settings ?? {} } : null;
}

export async function tenantById(trx: Knex.Transaction, id: string): Promise<TenantRef | null> {
  return (await trx('tenants').where({ id, status: 'active' }).first('id', 'slug')) ?? null;
}

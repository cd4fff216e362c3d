/**
 * Which tenant an anonymous request belongs to: the tenant that lists the request's host among its
 * domains, else the configured default tenant. Signed-in requests take the tenant of their credential.
 */
import type { Knex } from 'knex';
import { type TenantRef } from '@portico/core';
import { TENANT_SETTING } from '@portico/core/server';

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
/** The names a host may be listed under in `domains`: with its port and without. */
function hostCandidates(host: string): string[] {
  return [host.toLowerCase(), host.replace(/:\d+$/, '').toLowerCase()];
}

export async function enterTenantOfHost(trx: Knex.Transaction, host: string, defaultSlug: string | null): Promise<HostTenant | null> {
  const candidates = hostCandidates(host);
  const columns = ['id', 'slug', 'settings', trx.raw('set_config(?, id::text, true) as scoped', [TENANT_SETTING])];
  const row =
    (await trx('tenants').where('status', 'active').whereRaw('domains && ?::text[]', [candidates]).first(...columns)) ??
    (defaultSlug ? await trx('tenants').where({ slug: defaultSlug, status: 'active' }).first(...columns) : undefined);
  return row ? { tenant: { id: row.id, slug: row.slug }, settings: row.settings ?? {} } : null;
}

/**
 * The embed origins the tenant of the host allows (none when no tenant has the host and there is no
 * default tenant): by the same rule as `enterTenantOfHost`, without entering the tenant.
 */
export async function embedOriginsOfHost(trx: Knex.Transaction, host: string, defaultSlug: string | null): Promise<string[]> {
  const row: { embedOrigins: string[] } | undefined =
    (await trx('tenants').where('status', 'active').whereRaw('domains && ?::text[]', [hostCandidates(host)]).first('embed_origins')) ??
    (defaultSlug ? await trx('tenants').where({ slug: defaultSlug, status: 'active' }).first('embed_origins') : undefined);
  return row?.embedOrigins ?? [];
}

export async function tenantById(trx: Knex.Transaction, id: string): Promise<TenantRef | null> {
  return (await trx('tenants').where({ id, status: 'active' }).first('id', 'slug')) ?? null;
}

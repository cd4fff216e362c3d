/**
 * Which tenant an anonymous request belongs to: the tenant that lists the request's host among its
 * domains, else the configured default tenant. Signed-in requests take the tenant of their credential.
 */
import type { Knex } from 'knex';
import type { TenantRef } from '@portico/core';

export async function tenantOfHost(trx: Knex.Transaction, host: string, defaultSlug: string | null): Promise<TenantRef | null> {
  const hostname = host.replace(/:\d+$/, '').toLowerCase();
  const candidates = [host.toLowerCase(), hostname];
  const byDomain = await trx('tenants')
    .where('status', 'active')
    .whereRaw('domains && ?::text[]', [candidates])
    .first('id', 'slug');
  if (byDomain) return byDomain;
  if (!defaultSlug) return null;
  return (await trx('tenants').where({ slug: defaultSlug, status: 'active' }).first('id', 'slug')) ?? null;
}

export async function tenantById(trx: Knex.Transaction, id: string): Promise<TenantRef | null> {
  return (await trx('tenants').where({ id, status: 'active' }).first('id', 'slug')) ?? null;
}

/**
 * Tenant-wide access settings: the origins allowed to embed Portico's widgets, on the tenant's own row,
 * which the app role may update (row-level security keeps it to the tenant of the transaction). The
 * sign-in policy is the plugin's settings (see settings.ts).
 */
import type { Knex } from 'knex';
import { problems, type Actor } from '@portico/core';
import { MAX_EMBED_ORIGINS } from '../schemas.js';

/**
 * Tenant-wide powers (secret API keys, allowed origins, the sign-in policy) reach beyond any one
 * organisation: only the tenant's staff hold them, even if an access group grants the permission to a
 * partner member, and never through an embed token, which lives in a page on another site.
 */
export function assertTenantAdministrator(actor: Actor | null): void {
  if (actor?.kind !== 'staff') throw problems.forbidden('Only the programme’s staff manage API keys and tenant-wide settings.');
  if (actor.via === 'embed') throw problems.forbidden('API keys and tenant-wide settings are not managed from an embedded widget; use the portal.');
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * Why `value` is not an acceptable embed origin, or null when it is. An origin is compared byte for
 * byte with the browser's `Origin` header, so only the exact serialised form is accepted
 * (lowercase, no default port, no path, no trailing slash, punycode hosts).
 */
export function originProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an origin such as https://www.example.com';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    return 'must use https (http is allowed only for localhost and 127.0.0.1)';
  }
  if (url.origin !== value) return `must be exactly an origin, without path or trailing slash: ${url.origin}`;
  return null;
}

/** Validates the origins (400 naming `/origins/<i>`) and removes duplicates, keeping the first order. */
export function normaliseOrigins(origins: readonly string[]): string[] {
  if (origins.length > MAX_EMBED_ORIGINS) throw problems.invalidField('/origins', `must list at most ${MAX_EMBED_ORIGINS} origins`);
  const errors = origins.flatMap((origin, i) => {
    const message = originProblem(origin);
    return message ? [{ in: 'body' as const, field: `/origins/${i}`, message }] : [];
  });
  if (errors.length > 0) throw problems.badRequest(`origins${errors[0].field.slice('/origins'.length)}: ${errors[0].message}`, errors);
  return [...new Set(origins)];
}

async function lockedTenant(db: Knex.Transaction, tenantId: string): Promise<{ embedOrigins: string[]; settings: Record<string, unknown> }> {
  const row = await db('tenants').where({ id: tenantId }).forUpdate().first('embed_origins', 'settings');
  // The request's own tenant always exists: its absence is a bug, not a caller's mistake.
  if (!row) throw new Error(`Tenant ${tenantId} is not visible to its own transaction`);
  return row;
}

export async function readEmbedOrigins(db: Knex.Transaction, tenantId: string): Promise<string[]> {
  const row = await db('tenants').where({ id: tenantId }).first('embed_origins');
  return row?.embedOrigins ?? [];
}

export async function writeEmbedOrigins(db: Knex.Transaction, tenantId: string, origins: readonly string[]): Promise<{ before: string[]; after: string[] }> {
  const after = normaliseOrigins(origins);
  const { embedOrigins: before } = await lockedTenant(db, tenantId);
  await db('tenants').where({ id: tenantId }).update({ embedOrigins: after, updatedAt: db.fn.now() });
  return { before, after };
}

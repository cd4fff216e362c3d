/**
 * Creating a tenant is an operator's act (CLI, demo seed), done as the database owner: the app role
 * that serves requests may read the tenant directory and update its own tenant, but never create one.
 */
import type { Knex } from 'knex';
import type { Brand } from '@portico/core';

export interface NewTenant {
  slug: string;
  name: string;
  brand?: Brand;
  domains?: string[];
  embedOrigins?: string[];
  defaultLocale?: string;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

export class TenantInputError extends Error {
  override name = 'TenantInputError';
}

/** The connection is not the owner's (e.g. the app role of DATABASE_URL with no DATABASE_MIGRATION_URL). */
export class TenantOwnerError extends Error {
  override name = 'TenantOwnerError';
}

export async function createTenant(ownerKnex: Knex, input: NewTenant): Promise<{ id: string; slug: string }> {
  if (!SLUG.test(input.slug)) throw new TenantInputError(`Tenant slug "${input.slug}" is not valid: use 1-40 lowercase letters, digits and dashes.`);
  if (!input.name.trim()) throw new TenantInputError('A tenant needs a name.');
  for (const origin of input.embedOrigins ?? []) {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new TenantInputError(`Embed origin "${origin}" is not a URL.`);
    }
    if (parsed.origin !== origin) throw new TenantInputError(`Embed origin "${origin}" must be an origin only, e.g. "${parsed.origin}".`);
  }
  const existing = await ownerKnex('tenants').where({ slug: input.slug }).first('id');
  if (existing) throw new TenantInputError(`A tenant with slug "${input.slug}" already exists.`);
  try {
    const [row] = await ownerKnex('tenants')
      .insert({
        slug: input.slug,
        name: input.name.trim(),
        brand: JSON.stringify(input.brand ?? {}),
        domains: (input.domains ?? []).map((d) => d.toLowerCase()),
        embedOrigins: input.embedOrigins ?? [],
        defaultLocale: input.defaultLocale ?? 'en',
      })
      .returning(['id', 'slug']);
    return row;
  } catch (error) {
    // 42501: insufficient privilege, which is also what a row-level security refusal is.
    if ((error as { code?: string }).code === '42501') {
      throw new TenantOwnerError(
        `The database user may not create tenants (${(error as Error).message.split(' - ').pop()}). ` +
          'Creating a tenant is the schema owner\'s act: set DATABASE_MIGRATION_URL to the owner\'s connection (DATABASE_URL is the app role).',
      );
    }
    throw error;
  }
}

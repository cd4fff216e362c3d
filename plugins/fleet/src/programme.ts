/** The tenant as a client's contact meets it: its programme's name, brand and default language. */
import type { Knex } from 'knex';

export interface Programme {
  name: string;
  defaultLocale: string;
  primaryColor: string | null;
  logoUrl: string | null;
}

export async function programmeOf(db: Knex.Transaction, tenantId: string): Promise<Programme> {
  const tenant = await db('tenants').where({ id: tenantId }).first('name', 'brand', 'default_locale');
  return {
    name: tenant?.brand?.displayName || tenant?.name || '',
    defaultLocale: tenant?.defaultLocale ?? 'en',
    primaryColor: typeof tenant?.brand?.primaryColor === 'string' ? tenant.brand.primaryColor : null,
    logoUrl: typeof tenant?.brand?.logoUrl === 'string' ? tenant.brand.logoUrl : null,
  };
}

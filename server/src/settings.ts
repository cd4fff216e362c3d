import type { Knex } from 'knex';
import type { Registry } from './registry/registry.js';

/** A plugin's settings for a tenant: what the tenant stored, with the schema's defaults filled in. */
export async function readPluginSettings<T>(trx: Knex.Transaction, registry: Registry, tenantId: string, pluginId: string): Promise<T> {
  const row = await trx('tenants').where({ id: tenantId }).first('settings');
  const stored = structuredClone((row?.settings ?? {})[pluginId] ?? {});
  const validate = registry.settings.get(pluginId);
  if (validate) validate(stored); // fills defaults; invalid stored values are refused when written
  return stored as T;
}

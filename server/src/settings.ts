import type { Knex } from 'knex';
import type { Registry } from './registry/registry.js';

type StoredSettings = Record<string, unknown> | null | undefined;

/** A plugin's part of a tenant's stored settings, with the schema's defaults filled in. */
function pluginPart<T>(registry: Registry, stored: StoredSettings, pluginId: string): T {
  const part = structuredClone((stored ?? {})[pluginId] ?? {});
  const validate = registry.settings.get(pluginId);
  if (validate) validate(part); // fills defaults; invalid stored values are refused when written
  return part as T;
}

/** A plugin's settings for a tenant: what the tenant stored, with the schema's defaults filled in. */
export async function readPluginSettings<T>(trx: Knex.Transaction, registry: Registry, tenantId: string, pluginId: string): Promise<T> {
  const row = await trx('tenants').where({ id: tenantId }).first('settings');
  return pluginPart<T>(registry, row?.settings, pluginId);
}

export interface SettingsSnapshot {
  /** Hands over settings the request has already read along with its tenant. */
  prime(tenantId: string, stored: StoredSettings): void;
  of<T>(tenantId: string, pluginId: string): Promise<T>;
}

/**
 * A request's view of its tenant's settings: read once, however many plugins and authenticators ask.
 * They are the settings as the request first saw them; a route that changes its settings answers
 * with what it wrote rather than reading them back.
 */
export function settingsSnapshot(trx: Knex.Transaction, registry: Registry): SettingsSnapshot {
  const read = new Map<string, Promise<StoredSettings>>();
  return {
    prime(tenantId, stored) {
      read.set(tenantId, Promise.resolve(stored));
    },
    async of<T>(tenantId: string, pluginId: string) {
      let stored = read.get(tenantId);
      if (!stored) {
        stored = trx('tenants').where({ id: tenantId }).first('settings').then((row) => row?.settings);
        read.set(tenantId, stored);
      }
      return pluginPart<T>(registry, await stored, pluginId);
    },
  };
}

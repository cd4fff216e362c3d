import type { Knex } from 'knex';
import type { Registry } from './registry/registry.js';
import type { Validator } from './registry/schema-compiler.js';

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

/**
 * Stores a plugin's part of a tenant's settings as given (fields never set keep following the
 * schema's defaults), after checking that, with the defaults filled in, it is valid. The one writer of
 * `tenants.settings`: the settings route and seeds both go through it.
 */
export async function storePluginSettings(trx: Knex.Transaction, validate: Validator, tenantId: string, pluginId: string, stored: Record<string, unknown>): Promise<void> {
  if (!validate(structuredClone(stored))) {
    throw new Error(`Settings of "${pluginId}" are not valid: ${JSON.stringify(validate.errors)}`);
  }
  await trx('tenants')
    .where({ id: tenantId })
    .update({
      settings: trx.raw(`jsonb_set(coalesce(settings, '{}'::jsonb), ?::text[], ?::jsonb)`, [`{${pluginId}}`, JSON.stringify(stored)]),
      updatedAt: trx.fn.now(),
    });
}

/** What a tenant stored for a plugin, locked until the transaction ends (no defaults filled in). */
export async function storedPluginSettings(trx: Knex.Transaction, tenantId: string, pluginId: string): Promise<Record<string, unknown>> {
  const row = await trx('tenants').where({ id: tenantId }).forUpdate().first('settings');
  if (!row) throw new Error(`Tenant ${tenantId} is not visible to its own transaction`);
  return { ...(row.settings?.[pluginId] ?? {}) };
}

/** Stores a change to some of a plugin's settings over what the tenant stored (for seeds and tests). */
export async function updatePluginSettings(trx: Knex.Transaction, registry: Registry, tenantId: string, pluginId: string, change: Record<string, unknown>): Promise<void> {
  const validate = registry.settings.get(pluginId);
  if (!validate) throw new Error(`Plugin "${pluginId}" declares no settings`);
  const stored = await storedPluginSettings(trx, tenantId, pluginId);
  await storePluginSettings(trx, validate, tenantId, pluginId, { ...stored, ...change });
}

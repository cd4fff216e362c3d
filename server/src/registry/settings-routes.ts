/**
 * The one settings route pair the registry mounts for every plugin that declares settings:
 * `GET /api/v1/<plugin>/settings` answers them with the schema's defaults filled in, and
 * `PATCH /api/v1/<plugin>/settings` takes some of their fields, validated against the schema, runs the
 * plugin's `beforeUpdate` rules, stores the fields that changed over what the tenant had stored (fields
 * never set keep following the schema's defaults), and audits `<plugin>.settings.updated` with before
 * and after. Only the programme's staff change a tenant's settings.
 */
import { problems, Type, type PluginDefinition, type RouteDefinition, type SettingsDeclaration } from '@portico/core';
import type { Validator } from './schema-compiler.js';
import { storePluginSettings, storedPluginSettings } from '../settings.js';

/** A valid partial body for the API reference and the route tests: the declared example, else the first field's default. */
function exampleOf(declaration: SettingsDeclaration): Record<string, unknown> {
  if (declaration.example) return declaration.example as Record<string, unknown>;
  for (const [field, schema] of Object.entries(declaration.schema.properties)) {
    const value = (schema as { default?: unknown }).default;
    if (value !== undefined) return { [field]: value };
  }
  throw new Error('no example');
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function settingsRoutes(plugin: PluginDefinition, fillDefaults: () => Validator): RouteDefinition[] {
  const declaration = plugin.settings;
  if (!declaration) return [];
  let example: Record<string, unknown>;
  try {
    example = exampleOf(declaration);
  } catch {
    throw new Error(`Plugin "${plugin.id}" declares settings without a default or an \`example\`: give its settings declaration an \`example\` change.`);
  }
  const path = `/${plugin.id}/settings`;
  const fields = Object.keys(declaration.schema.properties);
  const pick = (value: Record<string, unknown>) => Object.fromEntries(fields.filter((f) => f in value).map((f) => [f, value[f]]));
  const Change = Type.Partial(declaration.schema, { minProperties: 1, examples: [example] });
  const read: RouteDefinition = {
    method: 'GET',
    path,
    name: 'settings.get',
    summary: declaration.summary ?? `Read the tenant’s ${plugin.id} settings`,
    description: 'Fields the tenant never set answer with their defaults.',
    permission: declaration.read,
    schemas: { response: declaration.schema },
    handler: async (ctx) => pick(await ctx.settings()),
  };
  const update: RouteDefinition = {
    method: 'PATCH',
    path,
    name: 'settings.update',
    summary: `Change some of the tenant’s ${plugin.id} settings`,
    description: `Send only the fields to change; the answer is the settings after the change. Audited as \`${plugin.id}.settings.updated\`.`,
    permission: declaration.manage,
    schemas: { body: Change, response: declaration.schema },
    async handler(ctx) {
      if (ctx.actor?.kind !== 'staff') throw problems.forbidden('Only the programme’s staff change its settings.');
      const stored = await storedPluginSettings(ctx.db, ctx.tenant.id, plugin.id);
      const filled = structuredClone(stored);
      fillDefaults()(filled);
      // Only the schema's fields are answered and audited; anything else stored under the plugin is kept.
      const before = pick(filled);
      const change = ctx.body as Record<string, unknown>;
      const merged = { ...before, ...change };
      const after = pick(((await declaration.beforeUpdate?.({ before, change, after: merged }, ctx as never)) ?? merged) as Record<string, unknown>);
      for (const [field, value] of Object.entries(after)) {
        if (field in change || !same(value, before[field])) stored[field] = value;
      }
      await storePluginSettings(ctx.db, fillDefaults(), ctx.tenant.id, plugin.id, stored);
      await ctx.audit({ action: `${plugin.id}.settings.updated`, targetType: 'tenant', targetId: ctx.tenant.id, partnerId: null, before, after });
      return after;
    },
  };
  return [read, update];
}

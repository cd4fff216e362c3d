/**
 * The tenant's __PLUGIN_NAME__ settings, stored under `tenants.settings["__PLUGIN_ID__"]` and read with
 * `ctx.settings()`; the schema's defaults stand for a tenant that never changed them.
 */
import { defineSettings, Type, type Static } from '@portico/core';
import { P } from './permissions.js';

export const __PASCAL__Settings = Type.Object({
  maxTitleLength: Type.Integer({ minimum: 1, maximum: 500, default: 200, description: 'The longest title an item may have, in characters' }),
});
export type __PASCAL__Settings = Static<typeof __PASCAL__Settings>;

/** Everyone who sees items reads them; the staff change them through `PATCH /api/v1/__PLUGIN_ID__/settings`. */
export const __CAMEL__Settings = defineSettings({
  schema: __PASCAL__Settings,
  read: P.read,
  manage: P.settingsManage,
  summary: 'Read the tenant’s __PLUGIN_NAME__ settings (the longest title)',
  example: { maxTitleLength: 120 },
});

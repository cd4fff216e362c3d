/**
 * The events the __PLUGIN_NAME__ plugin emits, each named `__PLUGIN_ID__.<noun>.<verb-past>`, with the
 * schema of its payload: what the manifest declares, `ctx.emit` is typed from, and other plugins handle.
 */
import { Type, Uuid } from '@portico/core';

export const __CAMEL__Events = {
  '__PLUGIN_ID__.item.created': Type.Object({ itemId: Uuid, partnerId: Uuid }),
};

export type __PASCAL__Events = typeof __CAMEL__Events;

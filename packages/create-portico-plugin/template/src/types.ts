/**
 * The plugin's helpers, typed from its own declarations: in what they define, `ctx.settings()` answers
 * `__PASCAL__Settings`, and `ctx.emit` takes only the events of events.ts, with their payloads.
 */
import { pluginTypes, type EventContext } from '@portico/core';
import { __CAMEL__Events, type __PASCAL__Events } from './events.js';
import { __PASCAL__Settings } from './settings.js';

export const { defineRoute, handlers, defineTask } = pluginTypes({ settings: __PASCAL__Settings, events: __CAMEL__Events });

/** `emit` as the rules in service.ts are handed it. */
export type __PASCAL__Emit = EventContext<__PASCAL__Settings, __PASCAL__Events>['emit'];

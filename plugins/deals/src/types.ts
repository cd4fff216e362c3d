/**
 * The deals plugin's handlers, typed from its own declarations: `ctx.settings()` answers `DealSettings`,
 * and `ctx.emit` takes only the events of `events.ts`, with their payloads.
 */
import { pluginTypes, type EventContext } from '@portico/core';
import { dealEvents, type DealEvents } from './events.js';
import { DealSettings } from './settings.js';

export const { defineRoute, handlers, defineTask } = pluginTypes({ settings: DealSettings, events: dealEvents });

/** `emit` as the deals rules are handed it. */
export type DealsEmit = EventContext<DealSettings, DealEvents>['emit'];

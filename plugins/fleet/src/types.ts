/**
 * The fleet plugin's handlers, typed from its own declarations: `ctx.settings()` answers
 * `FleetSettings`, and `ctx.emit` takes only the events of `events.ts`, with their payloads.
 */
import { pluginTypes, type EventContext } from '@portico/core';
import { fleetEvents, type FleetEvents } from './events.js';
import { FleetSettings } from './settings.js';

export const { defineRoute, handlers, defineTask, defineSeed } = pluginTypes({ settings: FleetSettings, events: fleetEvents });

/** `emit` as the fleet rules are handed it. */
export type FleetEmit = EventContext<FleetSettings, FleetEvents>['emit'];

/**
 * The training plugin's handlers, typed from its own declarations: `ctx.settings()` answers the
 * settings schema's type, and `ctx.emit` takes only the events of `events.ts`, with their payloads.
 */
import { pluginTypes, type EventContext, type Static } from '@portico/core';
import { trainingEvents, type TrainingEvents } from './events.js';
import { TrainingSettings } from './schemas.js';

export const { defineRoute, handlers, defineTask } = pluginTypes({ settings: TrainingSettings, events: trainingEvents });

/** `emit` as the training rules are handed it. */
export type TrainingEmit = EventContext<Static<typeof TrainingSettings>, TrainingEvents>['emit'];

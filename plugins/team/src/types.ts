/**
 * The team plugin's handlers, typed from its own declarations: `ctx.settings()` answers `TeamSettings`,
 * and `ctx.emit` takes only the events of `events.ts`, with their payloads.
 */
import { pluginTypes, type EventContext } from '@portico/core';
import { teamEvents, type TeamEvents } from './events.js';
import { TeamSettings } from './settings.js';

export const { defineRoute, handlers, defineTask, defineSeed } = pluginTypes({ settings: TeamSettings, events: teamEvents });

/** `emit` as the team rules are handed it. */
export type TeamEmit = EventContext<TeamSettings, TeamEvents>['emit'];

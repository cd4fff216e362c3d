/**
 * The access plugin's handlers and authenticators, typed from its own declarations: `settings()`
 * answers the sign-in policy, and `ctx.emit` takes only the events of `events.ts`, with their payloads.
 */
import { pluginTypes, type EventContext } from '@portico/core';
import { accessEvents, type AccessEvents } from './events.js';
import { AuthPolicy } from './policy.js';

export const { defineRoute, handlers, defineTask, defineAuthenticator } = pluginTypes({ settings: AuthPolicy, events: accessEvents });

/** `emit` as the access rules are handed it. */
export type AccessEmit = EventContext<AuthPolicy, AccessEvents>['emit'];

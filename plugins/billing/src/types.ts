/**
 * The billing plugin's handlers, typed from its own declarations: `ctx.settings()` answers
 * `BillingSettings`, and `ctx.emit` takes only the events of `events.ts`, with their payloads.
 */
import { pluginTypes, type EventContext } from '@portico/core';
import { billingEvents, type BillingEvents } from './events.js';
import { BillingSettings } from './settings.js';

export const { defineRoute, defineTask, defineSeed, defineGate } = pluginTypes({ settings: BillingSettings, events: billingEvents });

/** `emit` as the billing rules are handed it. */
export type BillingEmit = EventContext<BillingSettings, BillingEvents>['emit'];

/**
 * The webhooks plugin's handlers, typed from its own declarations: `ctx.settings()` answers
 * `WebhooksSettings`, and `ctx.emit` takes only the events of `events.ts`.
 */
import { pluginTypes } from '@portico/core';
import { webhooksEvents } from './events.js';
import { WebhooksSettings } from './settings.js';

export const { defineRoute, defineTask, defineSeed } = pluginTypes({ settings: WebhooksSettings, events: webhooksEvents });

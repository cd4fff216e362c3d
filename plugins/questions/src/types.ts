/**
 * The questions plugin's handlers, typed from its own declarations: `ctx.emit` takes only the events
 * of `events.ts`, with their payloads (the plugin has no settings).
 */
import { pluginTypes, type EventContext } from '@portico/core';
import { questionEvents, type QuestionEvents } from './events.js';

export const { defineRoute, handlers, defineTask } = pluginTypes({ events: questionEvents });

/** `emit` as the question rules are handed it. */
export type QuestionsEmit = EventContext<Record<string, never>, QuestionEvents>['emit'];

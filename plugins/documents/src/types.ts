/**
 * The documents plugin's handlers, typed from its own declarations: `ctx.settings()` answers
 * `DocumentSettings`, and `ctx.emit` takes only the events of `events.ts`, with their payloads.
 */
import { pluginTypes, type EventContext } from '@portico/core';
import { documentEvents, type DocumentEvents } from './events.js';
import { DocumentSettings } from './settings.js';

export const { defineRoute, handlers, defineTask } = pluginTypes({ settings: DocumentSettings, events: documentEvents });

/** `emit` as the document rules are handed it. */
export type DocumentsEmit = EventContext<DocumentSettings, DocumentEvents>['emit'];

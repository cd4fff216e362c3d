/**
 * Emitting a domain event writes it to the outbox in the emitter's transaction, with one pending
 * delivery per subscribed handler. A rolled-back change therefore emits nothing, and a committed one
 * is delivered even if the process dies right after the commit.
 */
import type { Knex } from 'knex';
import type { Registry } from '../registry/registry.js';

export interface EmitOrigin {
  tenantId: string;
  pluginId: string;
  actorPersonId: string | null;
  requestId: string | null;
}

export class EventDeclarationError extends Error {
  override name = 'EventDeclarationError';
}

export async function recordEvent(
  trx: Knex.Transaction,
  registry: Registry,
  origin: EmitOrigin,
  type: string,
  payload: unknown,
): Promise<string> {
  const declared = registry.events.get(type);
  if (!declared || declared.pluginId !== origin.pluginId) {
    throw new EventDeclarationError(`Plugin "${origin.pluginId}" emitted "${type}" without declaring it in events.emits.`);
  }
  if (!declared.validate(payload)) {
    throw new EventDeclarationError(`Payload of "${type}" does not match its schema: ${JSON.stringify(declared.validate.errors)}`);
  }
  const [{ id }] = await trx('outbox_events')
    .insert({
      tenantId: origin.tenantId,
      type,
      payload: JSON.stringify(payload),
      actorPersonId: origin.actorPersonId,
      requestId: origin.requestId,
    })
    .returning('id');
  const handlers = registry.subscriptions.get(type) ?? [];
  if (handlers.length > 0) {
    await trx('outbox_deliveries').insert(handlers.map((h) => ({ tenantId: origin.tenantId, eventId: id, handler: h.pluginId })));
  }
  return id;
}

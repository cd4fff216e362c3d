import type { Knex } from 'knex';
import { isStaff, problems, type Actor, type AuditEntry, type HttpExchange } from '@portico/core';
import type { FileStorage } from './storage/storage.js';

/** What the document rules need from a request: its transaction, who asks, how to record, where files live. */
export interface DocumentsContext {
  db: Knex.Transaction;
  tenant: { id: string };
  actor: Actor;
  storage: FileStorage;
  audit(entry: AuditEntry): Promise<void>;
  emit(type: string, payload: Record<string, unknown>): Promise<void>;
}

export function assertStaff(actor: Actor, what: string): void {
  if (!isStaff(actor)) throw problems.forbidden(`${what} is for the programme’s staff.`);
}

export type { HttpExchange };

import type { Knex } from 'knex';
import { isStaff, problems, type Actor, type AuditEntry, type HttpExchange } from '@portico/core';
import type { FileStorage } from './storage/storage.js';
import type { DocumentsEmit } from './types.js';

/** What the document rules need from a request: its transaction, who asks, how to record, where files live. */
export interface DocumentsContext {
  db: Knex.Transaction;
  tenant: { id: string };
  actor: Actor;
  storage: FileStorage;
  audit(entry: AuditEntry): Promise<void>;
  emit: DocumentsEmit;
}

export function assertStaff(actor: Actor, what: string): void {
  if (!isStaff(actor)) throw problems.forbidden(`${what} is for the programme’s staff.`);
}

export type { HttpExchange };

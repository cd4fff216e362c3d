/**
 * `Idempotency-Key` on creates: the first request with a key runs and its answer is stored in the same
 * transaction; a retry with the same key gets the stored answer and creates nothing. Concurrent
 * retries queue on the key's row: the first insert holds it until commit, and the others then read
 * its answer (or take over if it rolled back). Stored answers are sealed with the server key: an
 * answer may carry a secret shown once (a new API key, an embed token).
 */
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { HttpProblem, problems, type KeyRing } from '@portico/core';

const KEY = /^[\x21-\x7e]{8,255}$/;

export interface StoredAnswer {
  status: number;
  body: unknown;
}

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${path}\n${JSON.stringify(body ?? null)}`).digest('base64url');
}

/** Claims the key; returns the stored answer of an earlier request with it, if any. */
export async function claimIdempotencyKey(
  trx: Knex.Transaction,
  keys: KeyRing,
  tenantId: string,
  scope: string,
  key: string,
  hash: string,
): Promise<StoredAnswer | null> {
  if (!KEY.test(key)) {
    throw problems.invalidField('/Idempotency-Key', 'must be 8 to 255 visible ASCII characters', 'header');
  }
  const inserted = await trx('idempotency_keys')
    .insert({ tenantId, scope, key, requestHash: hash })
    .onConflict(['tenant_id', 'scope', 'key'])
    .ignore()
    .returning('key');
  if (inserted.length > 0) return null;
  const earlier = await trx('idempotency_keys').where({ tenantId, scope, key }).first();
  if (earlier.requestHash !== hash) {
    throw new HttpProblem(422, 'idempotency-key-reused', 'Idempotency key reused', {
      detail: 'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
    });
  }
  if (earlier.statusCode === null) {
    throw new HttpProblem(409, 'idempotency-in-progress', 'Request in progress', {
      detail: 'A request with this Idempotency-Key is still being processed; retry shortly.',
      headers: { 'Retry-After': '1' },
    });
  }
  return { status: earlier.statusCode, body: JSON.parse(keys.open(earlier.response)) };
}

export async function storeIdempotentAnswer(
  trx: Knex.Transaction,
  keys: KeyRing,
  tenantId: string,
  scope: string,
  key: string,
  answer: StoredAnswer,
): Promise<void> {
  await trx('idempotency_keys')
    .where({ tenantId, scope, key })
    .update({ statusCode: answer.status, response: JSON.stringify(keys.seal(JSON.stringify(answer.body ?? null))) });
}

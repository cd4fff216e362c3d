/**
 * Fixed-window rate limits counted in the database (one upsert per hit), so every server behind a
 * load balancer shares the same counters.
 */
import type { Knex } from 'knex';
import { problems } from '@portico/core';

export async function hitRateLimit(trx: Knex.Transaction, tenantId: string, bucket: string, limit: number, windowSeconds: number): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const now = Date.now();
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const { rows } = await trx.raw(
    `insert into rate_limits (tenant_id, bucket, window_start, hits) values (?, ?, ?, 1)
     on conflict (tenant_id, bucket, window_start) do update set hits = rate_limits.hits + 1
     returning hits`,
    [tenantId, bucket, windowStart],
  );
  if (rows[0].hits > limit) {
    throw problems.tooManyRequests((windowStart.getTime() + windowMs - now) / 1000);
  }
}

/** Old windows are useless; drop them now and then. */
export async function pruneRateLimits(trx: Knex.Transaction, olderThanSeconds = 86_400): Promise<void> {
  await trx('rate_limits').where('window_start', '<', new Date(Date.now() - olderThanSeconds * 1000)).delete();
}

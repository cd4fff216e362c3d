/**
 * Every request and every event delivery runs in one transaction, as the app role, scoped to one
 * tenant by `app.tenant_id` (read by the row-level security policies). Both settings are local to the
 * transaction, so nothing leaks to the next user of the pooled connection.
 */
import type { Knex } from 'knex';
import { TENANT_SETTING } from '@portico/core/server';

export async function enterAppRole(trx: Knex.Transaction, appRole: string): Promise<void> {
  await trx.raw("select set_config('role', ?, true)", [appRole]);
}

export async function useTenantInTransaction(trx: Knex.Transaction, tenantId: string): Promise<void> {
  await trx.raw('select set_config(?, ?, true)', [TENANT_SETTING, tenantId]);
}

/** Runs `work` in a transaction as the app role for one tenant (event deliveries, seeds, jobs). */
export async function inTenantTransaction<T>(
  knex: Knex,
  appRole: string,
  tenantId: string,
  work: (trx: Knex.Transaction) => Promise<T>,
): Promise<T> {
  return knex.transaction(async (trx) => {
    await trx.raw("select set_config('role', ?, true), set_config(?, ?, true)", [appRole, TENANT_SETTING, tenantId]);
    return work(trx);
  });
}

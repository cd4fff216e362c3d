/**
 * Invoice numbers: `<prefix>-<year>-<six digits>`, unique and gap-free per tenant, prefix and year.
 *
 * Each series has one counter row, incremented by the issuing transaction itself
 * (`insert … on conflict do update … returning`): concurrent issuers wait on that row in turn, each
 * gets the next number, and a transaction that rolls back gives its number back with it — so no
 * number is skipped and none is given twice. A number once given stays on its invoice, voided or not.
 */
import type { Knex } from 'knex';

export async function nextInvoiceNumber(db: Knex.Transaction, tenantId: string, prefix: string, issuedAt: Date): Promise<string> {
  const series = `${prefix}-${issuedAt.getUTCFullYear()}`;
  const [counter] = await db('billing_counters')
    .insert({ tenantId, series, value: 1 })
    .onConflict(['tenant_id', 'series'])
    .merge({ value: db.raw('billing_counters.value + 1'), updatedAt: db.fn.now() })
    .returning(db.raw('value::text as value'));
  return `${series}-${String(counter.value).padStart(6, '0')}`;
}

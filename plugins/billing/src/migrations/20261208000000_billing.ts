/**
 * The billing schema: the tenant's catalogue of plans, one billing account per partner organisation
 * (contact, plan, payment method, enforcement state), its invoices and their payments, the per-tenant
 * counters that number invoices without gaps, the payment provider's keys (sealed) and the provider
 * events already applied (so a webhook delivered twice applies once).
 */
import type { Knex } from 'knex';
import { createTenantTable } from '@portico/core/server';

export async function up(knex: Knex): Promise<void> {
  await createTenantTable(knex, 'billing_plans', (t) => {
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    // Integer minor units of `currency` (cents); bigint for zero-exponent currencies.
    t.bigInteger('price_minor').notNullable();
    t.text('currency').notNullable();
    t.text('period').notNullable().checkIn(['month', 'year']);
    // The gated features the plan unlocks.
    t.specificType('features', 'text[]').notNullable().defaultTo('{}');
    t.boolean('active').notNullable().defaultTo(true);
  });
  await knex.raw('alter table billing_plans add constraint billing_plans_price_not_negative check (price_minor >= 0)');
  await knex.raw('create unique index billing_plans_name on billing_plans (tenant_id, lower(name))');

  await createTenantTable(knex, 'billing_accounts', (t) => {
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    t.text('contact_name');
    t.text('contact_email');
    t.text('address_line1');
    t.text('address_line2');
    t.text('city');
    t.text('postal_code');
    t.text('region');
    t.text('country');
    t.text('tax_id');
    t.text('tax_id_kind').checkIn(['eu_vat', 'us_ein', 'other']);
    t.uuid('plan_id').references('id').inTable('billing_plans');
    t.text('payment_method_status').notNullable().defaultTo('none').checkIn(['none', 'on-file', 'failed']);
    t.text('provider').notNullable().defaultTo('manual');
    t.text('provider_customer_id');
    // Enforcement (see enforcement.ts): the state, since when, why, and the overrides.
    t.text('state').notNullable().defaultTo('active').checkIn(['active', 'overdue', 'grace', 'restricted']);
    t.timestamp('state_since', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.jsonb('state_cause');
    t.timestamp('grace_ends_at', { useTz: true });
    t.timestamp('grace_warned_at', { useTz: true });
    t.timestamp('waived_until', { useTz: true });
    t.text('waiver_reason');
    t.unique(['tenant_id', 'partner_id']);
  });
  await knex.raw("create index billing_accounts_state on billing_accounts (tenant_id, state, id) where state <> 'active' or waived_until is not null");
  await knex.raw('create unique index billing_accounts_customer on billing_accounts (tenant_id, provider, provider_customer_id) where provider_customer_id is not null');

  await createTenantTable(knex, 'billing_invoices', (t) => {
    t.uuid('account_id').notNullable().references('id').inTable('billing_accounts').onDelete('CASCADE');
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    // Given when the invoice is issued (a draft has none): `<prefix>-<year>-<000001>`, gap-free.
    t.text('number');
    t.text('status').notNullable().defaultTo('draft').checkIn(['draft', 'open', 'paid', 'void', 'uncollectible']);
    t.text('description').notNullable().defaultTo('');
    t.date('period_start').notNullable();
    t.date('period_end').notNullable();
    t.bigInteger('amount_minor').notNullable();
    t.bigInteger('amount_paid_minor').notNullable().defaultTo(0);
    t.text('currency').notNullable();
    t.date('due_date').notNullable();
    t.timestamp('issued_at', { useTz: true });
    t.timestamp('paid_at', { useTz: true });
    t.timestamp('closed_at', { useTz: true });
    t.text('close_reason');
    t.text('hosted_url');
    t.text('pdf_url');
    t.text('provider_invoice_id');
    t.uuid('created_by');
  });
  await knex.raw('alter table billing_invoices add constraint billing_invoices_amounts check (amount_minor >= 0 and amount_paid_minor >= 0 and amount_paid_minor <= amount_minor)');
  await knex.raw('alter table billing_invoices add constraint billing_invoices_period check (period_end >= period_start)');
  await knex.raw("alter table billing_invoices add constraint billing_invoices_numbered check ((status = 'draft') = (number is null))");
  await knex.raw('create unique index billing_invoices_number on billing_invoices (tenant_id, number) where number is not null');
  await knex.raw('create unique index billing_invoices_provider_id on billing_invoices (tenant_id, provider_invoice_id) where provider_invoice_id is not null');
  await knex.raw('create index billing_invoices_partner_list on billing_invoices (tenant_id, partner_id, created_at desc, id desc)');
  await knex.raw('create index billing_invoices_list on billing_invoices (tenant_id, created_at desc, id desc)');
  await knex.raw("create index billing_invoices_open_due on billing_invoices (tenant_id, account_id, due_date) where status = 'open'");

  await createTenantTable(knex, 'billing_payments', (t) => {
    t.uuid('invoice_id').notNullable().references('id').inTable('billing_invoices').onDelete('CASCADE');
    t.uuid('partner_id').notNullable().references('id').inTable('partners').onDelete('CASCADE');
    t.bigInteger('amount_minor').notNullable();
    t.text('currency').notNullable();
    t.text('method').notNullable().checkIn(['manual', 'stripe']);
    t.text('reference').notNullable().defaultTo('');
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.uuid('recorded_by');
    t.index(['tenant_id', 'invoice_id']);
  });
  await knex.raw('alter table billing_payments add constraint billing_payments_positive check (amount_minor > 0)');

  // One row per numbering series (`INV-2026`): the issuing transaction increments it, so concurrent
  // issuers wait on the row and a rolled-back issue gives its number back.
  await createTenantTable(knex, 'billing_counters', (t) => {
    t.text('series').notNullable();
    t.bigInteger('value').notNullable().defaultTo(0);
    t.unique(['tenant_id', 'series']);
  });

  await createTenantTable(knex, 'billing_provider_configs', (t) => {
    t.text('provider').notNullable();
    // Sealed with the server's key (ctx.keys.seal); never answered, never logged.
    t.text('secret_key_sealed').notNullable();
    t.text('webhook_secret_sealed').notNullable();
    t.text('secret_key_hint').notNullable();
    t.boolean('live_mode').notNullable().defaultTo(false);
    t.uuid('updated_by');
    t.unique(['tenant_id', 'provider']);
  });

  // Provider events already applied: the same event delivered twice is applied once.
  await createTenantTable(knex, 'billing_provider_events', (t) => {
    t.text('provider').notNullable();
    t.text('event_id').notNullable();
    t.text('type').notNullable();
    t.text('outcome').notNullable();
    t.unique(['tenant_id', 'provider', 'event_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['billing_provider_events', 'billing_provider_configs', 'billing_counters', 'billing_payments', 'billing_invoices', 'billing_accounts', 'billing_plans']) {
    await knex.schema.dropTableIfExists(table);
  }
}

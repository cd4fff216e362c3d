/**
 * What the billing tests share: a server with access, deals, questions (whose `questions.ask` the
 * demo gates) and billing; people of each role with real `people` rows; the staff's calls that set a
 * partner's billing up and issue invoices; and reading what the server recorded.
 */
import { expect } from 'vitest';
import type { PluginDefinition } from '@portico/core';
import { accessPlugin } from '@portico/plugin-access';
import { dealsPlugin } from '@portico/plugin-deals';
import { questionsPlugin } from '@portico/plugin-questions';
import { asTenant, startHarness, type ApiAnswer, type Harness, type TestTenant } from '@portico/testing';
import { billingPlugin } from '../src/index.js';

export const PUBLIC_URL = 'https://partners.example.test';

export function startBillingHarness(billing: PluginDefinition = billingPlugin, config: { defaultTenant?: string } = {}): Promise<Harness> {
  return startHarness({ plugins: [accessPlugin, dealsPlugin, questionsPlugin, billing], config: { publicUrl: PUBLIC_URL, ...config } });
}

let seq = 0;

export interface Person {
  id: string;
  email: string;
  auth: string;
}

/** A person of `partnerId` (staff when null) holding the default permissions of `role`. */
export async function person(h: Harness, t: TestTenant, role: string, partnerId: string | null, options: { locale?: string; name?: string } = {}): Promise<Person> {
  const email = `${role}.${++seq}@${t.slug}.test`;
  const kind = partnerId ? 'member' : 'staff';
  const id = await asTenant(h, t.id, async (trx) => {
    const [row] = await trx('people').insert({ tenantId: t.id, kind, email, name: options.name ?? `${role} ${seq}`, status: 'active', locale: options.locale ?? null }).returning('id');
    await trx('memberships').insert({ tenantId: t.id, personId: row.id, partnerId, role });
    return row.id as string;
  });
  const auth = h.actors.mint({ kind, tenantId: t.id, personId: id, partnerId, roles: [role], permissions: h.server.registry.permissionsOfRole(role) });
  return { id, email, auth };
}

/** Calls `/api/v1<path>` and expects `status`; answers the body. */
export async function call(h: Harness, auth: string, method: string, path: string, body?: unknown, status?: number): Promise<any> {
  const answer = await h.api(method, `/api/v1${path}`, { auth, ...(body === undefined ? {} : { body }) });
  if (status !== undefined) expect(answer.status, `${method} ${path}: ${answer.text}`).toBe(status);
  return answer.body;
}

export function expectProblem(answer: ApiAnswer, status: number, field?: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  if (field) expect(answer.body.errors).toContainEqual(expect.objectContaining({ field }));
}

export const contact = (overrides: Record<string, unknown> = {}) => ({
  contactName: 'Fatima Finance',
  contactEmail: `billing.${++seq}@partner.test`,
  addressLine1: '12 rue de la Paix',
  city: 'Paris',
  postalCode: '75002',
  country: 'FR',
  taxId: 'FR40303265045',
  ...overrides,
});

export async function createPlan(h: Harness, staff: string, overrides: Record<string, unknown> = {}): Promise<any> {
  return call(h, staff, 'POST', '/billing/plans', { name: `Plan ${++seq}`, price: '149.00', currency: 'EUR', period: 'month', features: ['questions.ask'], ...overrides }, 201);
}

/** Sets a partner's billing up, as staff: contact and plan. Answers the account. */
export async function setUp(h: Harness, staff: string, partnerId: string, planId: string, details: Record<string, unknown> = {}): Promise<any> {
  await call(h, staff, 'PATCH', `/billing/accounts/${partnerId}`, contact(details), 200);
  return call(h, staff, 'PUT', `/billing/accounts/${partnerId}/plan`, { planId }, 200);
}

/** Issues an invoice as staff; answers it. */
export async function issue(h: Harness, staff: string, accountId: string, body: Record<string, unknown> = {}): Promise<any> {
  return call(h, staff, 'POST', '/billing/invoices', { accountId, periodStart: '2026-03-01', periodEnd: '2026-03-31', ...body }, 201);
}

/** YYYY-MM-DD, `days` from `from`. */
export const dayFrom = (from: Date, days: number) => new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
export const at = (day: string, time = '09:00:00') => new Date(`${day}T${time}.000Z`);

/** Audit events of an account (or any target), oldest first. */
export function auditOf(h: Harness, targetId: string, action?: string) {
  const query = h.server.database.knex('audit_events').where({ targetId }).orderBy('createdAt').orderBy('id');
  if (action) query.where({ action });
  return query;
}

/** Events of a type, oldest first, whose payload's `key` is `value`. */
export function eventsOf(h: Harness, type: string, key: string, value: string) {
  return h.server.database.knex('outbox_events').where({ type }).whereRaw('payload->>? = ?', [key, value]).orderBy('createdAt');
}

/** Another partner organisation of the tenant. */
export async function newPartner(h: Harness, t: TestTenant, name: string): Promise<string> {
  return asTenant(h, t.id, async (trx) => (await trx('partners').insert({ tenantId: t.id, name }).returning('id'))[0].id as string);
}

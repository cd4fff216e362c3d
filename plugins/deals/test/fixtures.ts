/**
 * What the deals tests share: a harness with the deals plugin, people of each partner role with real
 * `people` rows, and short ways to call the API as them.
 */
import { expect } from 'vitest';
import type { ApiAnswer, Harness, TestTenant } from '@portico/testing';
import { asTenant } from '@portico/testing';

let seq = 0;

export interface Person {
  id: string;
  email: string;
  auth: string;
}

/** A person of `partnerId` (or staff when null) holding the default permissions of `role`. */
export async function person(
  h: Harness,
  t: TestTenant,
  role: string,
  partnerId: string | null,
  options: { locale?: string; timeZone?: string; name?: string } = {},
): Promise<Person> {
  const email = `${role}.${++seq}@${t.slug}.test`;
  const kind = partnerId ? 'member' : 'staff';
  const id = await asTenant(h, t.id, async (trx) => {
    const [row] = await trx('people')
      .insert({ tenantId: t.id, kind, email, name: options.name ?? `${role} ${seq}`, status: 'active', locale: options.locale ?? null, timeZone: options.timeZone ?? null })
      .returning('id');
    await trx('memberships').insert({ tenantId: t.id, personId: row.id, partnerId, role });
    return row.id as string;
  });
  const auth = h.actors.mint({ kind, tenantId: t.id, personId: id, partnerId, roles: [role], permissions: h.server.registry.permissionsOfRole(role) });
  return { id, email, auth };
}

export const validDeal = (overrides: Record<string, unknown> = {}) => ({
  customerName: `Customer ${++seq}`,
  title: 'Fifty seats',
  amountMinor: 1_250_000,
  ...overrides,
});

/** Submits and expects 201; returns the deal. */
export async function submit(h: Harness, auth: string, body: Record<string, unknown> = {}): Promise<any> {
  const answer = await h.api('POST', '/api/v1/deals', { auth, body: validDeal(body) });
  expect(answer.status, answer.text).toBe(201);
  return answer.body;
}

/** Every page of a list, following cursors. */
export async function listAll(h: Harness, auth: string, query = ''): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const url = `/api/v1/deals?limit=2${query ? `&${query}` : ''}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const answer: ApiAnswer = await h.api('GET', url, { auth });
    expect(answer.status, answer.text).toBe(200);
    items.push(...answer.body.items);
    cursor = answer.body.nextCursor;
  } while (cursor);
  return items;
}

export function expectFieldError(answer: ApiAnswer, field: string, status = 400): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body.errors).toContainEqual(expect.objectContaining({ field }));
}

/** Changes the tenant's deal settings as its tenant admin. */
export async function setSettings(h: Harness, t: TestTenant, change: Record<string, unknown>): Promise<void> {
  const admin = h.staff(t, h.allPermissions());
  const answer = await h.api('PATCH', '/api/v1/deals/settings', { auth: admin, body: change });
  expect(answer.status, answer.text).toBe(200);
}

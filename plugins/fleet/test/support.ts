/**
 * What the fleet tests share: a server with access, team and fleet; people of each role with real
 * cookie sessions, calling the API as the portal does; the tenant's backend with a real API key; the
 * links a client's contact is emailed; and the contact's pages, opened and posted as a browser does.
 */
import { expect } from 'vitest';
import { accessPlugin } from '@portico/plugin-access';
import { teamPlugin } from '@portico/plugin-team';
import { asTenant, signedInPerson, type ApiAnswer, type Harness, type TestTenant } from '@portico/testing';
import { fleetPlugin } from '../src/index.js';

export const plugins = [accessPlugin, teamPlugin, fleetPlugin];

export interface Caller {
  personId: string;
  email: string;
  get(path: string): Promise<ApiAnswer>;
  post(path: string, body?: unknown): Promise<ApiAnswer>;
  patch(path: string, body?: unknown): Promise<ApiAnswer>;
}

/** A signed-in person of the role (a partner's, or staff's when `partnerId` is null), calling as the portal does. */
export async function personOf(h: Harness, t: TestTenant, role: string, partnerId: string | null = t.partnerId): Promise<Caller> {
  const person = await signedInPerson(h, t.id, { kind: partnerId ? 'member' : 'staff', role, partnerId, secondFactorProven: true });
  const call = (method: string, path: string, body?: unknown) => h.api(method, `/api/v1${path}`, { body, headers: person.headers({ origin: h.url, 'sec-fetch-site': 'same-origin' }) });
  return {
    personId: person.personId,
    email: person.email,
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    patch: (path, body) => call('PATCH', path, body),
  };
}

/** The tenant's backend: an API key made by a tenant admin through the API, with these scopes. */
export async function backendOf(h: Harness, t: TestTenant, scopes: string[] = ['fleet.feed.write']) {
  const admin = await personOf(h, t, 'tenant_admin', null);
  const made = await admin.post('/access/api-keys', { name: `Backend ${Math.random().toString(36).slice(2, 8)}`, scopes });
  expect(made.status, made.text).toBe(201);
  const auth = `Bearer ${made.body.key}`;
  return {
    push: (records: unknown[]) => h.api('POST', '/api/v1/fleet/feed/clients', { auth, body: { records } }),
  };
}

export function expectProblem(answer: ApiAnswer, status: number, field?: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  if (field) expect(answer.body.errors).toContainEqual(expect.objectContaining({ field }));
}

export function expectOk(answer: ApiAnswer, status = 200): any {
  expect(answer.status, answer.text).toBe(status);
  return answer.body;
}

/** The link of the newest email of a kind to an address: its path (with the token) on this server. */
export async function linkIn(h: Harness, address: string, kind: 'fleet.invitation' | 'fleet.mandate-proposal'): Promise<{ path: string; id: string; token: string; text: string }> {
  const mails = await h.mailTo(address, kind);
  expect(mails.length, `no ${kind} mail to ${address}`).toBeGreaterThan(0);
  const text = mails[mails.length - 1].text;
  const url = /https?:\/\/\S+\/client-(?:invitations|mandate-proposals)\/[0-9a-f-]{36}\?token=[A-Za-z0-9_-]+/.exec(text)?.[0];
  if (!url) throw new Error(`No link in: ${text}`);
  const parsed = new URL(url);
  return { path: parsed.pathname + parsed.search, id: parsed.pathname.split('/').pop()!, token: parsed.searchParams.get('token')!, text };
}

/** The contact's browser: opens a page, posts its form from the same origin. */
export const contact = {
  open: (h: Harness, path: string, language = 'en') => h.api('GET', path, { headers: { 'accept-language': language } }),
  post: (h: Harness, path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
    h.api('POST', path.split('?')[0], { form, headers: { 'sec-fetch-site': 'same-origin', origin: h.url, ...headers } }),
};

let seq = 0;
export const unique = (prefix: string) => `${prefix} ${++seq}`;
export const uniqueEmail = (name = 'contact') => `${name}.${++seq}@client.example`;

/** A day `offset` days from today, as the API writes days. */
export const dayFrom = (offset: number, from = new Date()) => new Date(from.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/** Reads the database as its owner (for what the API does not show, e.g. that nothing was written). */
export const tables = (h: Harness) => h.server.database.knex;

export { asTenant };

/** Invites a new company as `sender`, and answers the invitation with its contact's emailed link. */
export async function invite(h: Harness, sender: Caller, body: Record<string, unknown> = {}) {
  const contactEmail = (body.contactEmail as string) ?? uniqueEmail();
  const invitation = expectOk(await sender.post('/fleet/invitations', { companyName: unique('Company'), contactEmail, contactName: 'Carla Client', scope: ['view-financials', 'file-returns'], ...body }), 201);
  return { invitation, link: await linkIn(h, contactEmail, 'fleet.invitation') };
}

/** A client linked to `sender`'s partner with an active mandate: invited, and accepted by its contact. */
export async function linkedClient(h: Harness, sender: Caller, body: Record<string, unknown> = {}) {
  const { invitation, link } = await invite(h, sender, body);
  const page = await contact.post(h, link.path, { token: link.token, decision: 'accept' });
  expect(page.status, page.text).toBe(200);
  const accepted = expectOk(await sender.get(`/fleet/invitations/${invitation.id}`));
  return { clientId: accepted.clientId as string, invitation: accepted, contactEmail: accepted.contactEmail as string };
}

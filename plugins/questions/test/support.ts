/**
 * Fixtures for the questions tests: a real server with access, deals and questions; people of each
 * role signed in through real sessions (so role permissions are the access plugin's own); deals
 * written straight into the deals table, as the deals plugin would.
 */
import { expect } from 'vitest';
import { startHarness, type ApiAnswer, type Harness, type TestTenant } from '@portico/testing';
import { asTenant, sessionFor, type TestSession } from '@portico/testing';
import { accessPlugin } from '@portico/plugin-access';
import { notificationsPlugin } from '@portico/plugin-notifications';
import { dealsPlugin } from '@portico/plugin-deals';
import { dealPermissions } from '@portico/plugin-deals/public';
import { questionsPlugin } from '../src/index.js';

export { asTenant };
export const questionsPlugins = () => [accessPlugin, dealsPlugin, questionsPlugin, notificationsPlugin];

export async function startQuestionsHarness(): Promise<Harness> {
  return startHarness({ plugins: questionsPlugins(), config: { publicUrl: 'https://partners.example.test' } });
}

export interface Person {
  id: string;
  email: string;
  session: TestSession;
}

let seq = 0;

/** A person with one role, in the tenant's first partner (or `partnerId`; none for staff roles). */
export async function person(
  h: Harness,
  t: TestTenant,
  role: string,
  options: { partnerId?: string | null; locale?: string; status?: string } = {},
): Promise<Person> {
  const staff = ['tenant_admin', 'partner_manager', 'support'].includes(role);
  const email = `${role}-${++seq}@${t.slug}.test`;
  const id = await asTenant(h, t.id, async (trx) => {
    const [row] = await trx('people')
      .insert({ tenantId: t.id, kind: staff ? 'staff' : 'member', email, name: `${role} ${seq}`, status: options.status ?? 'active', locale: options.locale ?? null })
      .returning('id');
    await trx('memberships').insert({ tenantId: t.id, personId: row.id, partnerId: staff ? null : (options.partnerId ?? t.partnerId), role });
    return row.id as string;
  });
  return { id, email, session: await sessionFor(h, t.id, id) };
}

/** A deal of a partner, submitted through the deals plugin's own route by the person. */
export async function deal(h: Harness, t: TestTenant, partnerId: string, submittedBy: string, title = 'Fleet renewal'): Promise<string> {
  const submitter = h.actors.mint({ kind: 'member', tenantId: t.id, personId: submittedBy, partnerId, roles: [], permissions: [dealPermissions.submit] });
  const answer = await h.api('POST', '/api/v1/deals', { auth: submitter, body: { customerName: 'Initech', title, amountMinor: 1250000, currency: 'USD' } });
  expect(answer.status, answer.text).toBe(201);
  return answer.body.id as string;
}

/** Calls the API as a signed-in person. */
export function as(h: Harness, who: Person) {
  const call = (method: string, path: string, body?: unknown): Promise<ApiAnswer> =>
    h.api(method, `/api/v1${path}`, { headers: who.session.headers(), ...(body === undefined ? {} : { body }) });
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body?: unknown) => call('POST', path, body),
    put: (path: string, body: unknown) => call('PUT', path, body),
    patch: (path: string, body: unknown) => call('PATCH', path, body),
    delete: (path: string) => call('DELETE', path),
  };
}

/** Delivers pending events (the asker's email is sent from an event handler). */
export async function deliverEvents(h: Harness): Promise<void> {
  await h.server.events.drain();
}

/** Mail queued to an address, oldest first. */
export function mailTo(h: Harness, address: string): Promise<{ kind: string; subject: string; textBody: string; htmlBody: string | null }[]> {
  return h.server.database.knex('outbound_mail').where({ toAddress: address }).orderBy('created_at');
}

/** Every real tag in the HTML is allowed (the email frame adds `div`s) and carries no event handler or script URL (typed ones are escaped text). */
export function expectOnlySafeTags(html: string): void {
  const tags = html.match(/<[^>]*>/g) ?? [];
  for (const tag of tags) {
    expect(tag).toMatch(/^<\/?(p|br|hr|strong|em|del|s|code|pre|blockquote|ul|ol|li|a|h[1-6]|table|thead|tbody|tr|th|td|div)[\s>/]/);
    expect(tag).not.toMatch(/\son\w+\s*=|javascript:|data:/i);
  }
  const links = tags.flatMap((tag) => [...tag.matchAll(/href="([^"]*)"/g)].map((m) => m[1]));
  for (const link of links) expect(link).toMatch(/^(https?:|mailto:)/);
}

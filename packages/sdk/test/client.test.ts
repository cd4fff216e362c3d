/**
 * The client against a real Portico server with the default plugins: errors, pagination,
 * idempotent retries, aborts, and the three ways of signing in.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { builtInPlugins } from '../../../portico.config.js';
import { sessionFor, type TestSession } from '@portico/testing';
import { VERIFICATION_HEADER } from '@portico/plugin-access/testing';
import { accessPermissions as P } from '@portico/plugin-access/public';
import { openApiDocument } from '../scripts/openapi-types.js';
import { createClient, PorticoError, PorticoNetworkError, type ClientOptions, type PorticoClient } from '../src/index.js';

interface SentRequest {
  method: string;
  url: string;
  headers: Headers;
}

/** Node's fetch, recording what the client sends; `extraHeaders` stands in for what a browser adds (cookie, user agent). */
function recordingFetch(extraHeaders: Record<string, string> = {}) {
  const sent: SentRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value);
    sent.push({ method: init?.method ?? 'GET', url: String(input), headers });
    return globalThis.fetch(input, { ...init, headers });
  };
  return { fetch, sent };
}

const bearerOf = (authorization: string) => authorization.slice('Bearer '.length);
const HOST_ORIGIN = 'https://host.example';

/** What the browser that signed in sends by itself: the cookie and its user agent, never the verification header. */
function browserHeaders(session: TestSession): Record<string, string> {
  const { [VERIFICATION_HEADER]: _sentByTheClient, ...browser } = session.headers();
  return browser;
}

let h: Harness;
let tenant: TestTenant;
let staffClient: PorticoClient;

function staffBearer(extra: Partial<ClientOptions> = {}): PorticoClient {
  const token = bearerOf(h.staff(tenant, [P.apiKeysManage, P.tenantManage]));
  return createClient({ baseUrl: h.url, auth: { type: 'bearer', getToken: async () => ({ token, expiresAt: new Date(Date.now() + 3_600_000).toISOString() }) }, ...extra });
}

beforeAll(async () => {
  // The default tenant answers requests that carry no credential (a signed-out portal on localhost).
  h = await startHarness({ plugins: builtInPlugins(), config: { defaultTenant: 'sdk' } });
  tenant = await h.tenant('sdk');
  staffClient = staffBearer();
});
afterAll(() => h?.close());

describe('generated types', () => {
  it('cover every path a running server documents', () => {
    const served = h.server.openApi() as { paths: Record<string, unknown> };
    expect(openApiDocument().paths).toEqual(served.paths);
  });
});

describe('errors', () => {
  it('throws a PorticoError with the field at fault for a bad body', async () => {
    // @ts-expect-error the types refuse a number where the API wants a name
    const error = await staffClient.post('/access/api-keys', { body: { name: 42 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PorticoError);
    const problem = error as PorticoError;
    expect(problem.status).toBe(400);
    expect(problem.title).toBeTruthy();
    expect(problem.fieldError('/name')).toBeTruthy();
    expect(problem.fieldError('name')).toBe(problem.fieldError('/name'));
    expect(problem.errors[0]).toMatchObject({ in: 'body', field: '/name' });
    expect(problem.requestId).toMatch(/^[A-Za-z0-9._-]{8,}$/);
  });

  it('names a domain rule broken by the service, and answers 404 for an unknown object', async () => {
    const blank = await staffClient.post('/access/api-keys', { body: { name: '   ' } }).catch((e: unknown) => e as PorticoError);
    expect(blank).toMatchObject({ status: 400 });
    expect((blank as PorticoError).fieldError('/name')).toMatch(/blank/);

    const missing = await staffClient.delete('/access/api-keys/{id}', { params: { id: randomUUID() } }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(PorticoError);
    expect((missing as PorticoError).status).toBe(404);
  });

  it('answers 403 for a caller without the permission', async () => {
    const token = bearerOf(h.member(tenant, [P.self]));
    const member = createClient({ baseUrl: h.url, auth: { type: 'bearer', getToken: async () => ({ token, expiresAt: new Date(Date.now() + 3_600_000).toISOString() }) } });
    await expect(member.list('/access/api-keys')).rejects.toMatchObject({ name: 'PorticoError', status: 403 });
  });

  it('tells a server that cannot be reached apart from an answer', async () => {
    const offline = createClient({ baseUrl: 'http://127.0.0.1:9', auth: { type: 'api-key', key: 'pk_unused' }, retries: 0 });
    const error = await offline.get('/access/session').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PorticoNetworkError);
    expect(error).not.toBeInstanceOf(PorticoError);
  });
});

describe('lists', () => {
  const names = Array.from({ length: 7 }, (_, i) => `Paged key ${i}`);

  beforeAll(async () => {
    for (const name of names) await staffClient.post('/access/api-keys', { body: { name } });
  });

  it('iterate follows nextCursor across pages until the last', async () => {
    const recorder = recordingFetch();
    const client = staffBearer({ fetch: recorder.fetch });
    const seen: string[] = [];
    for await (const key of client.iterate('/access/api-keys', { query: { limit: 3 } })) {
      expectTypeOf(key.hint).toEqualTypeOf<string>();
      seen.push(key.name);
    }
    expect(seen).toEqual(expect.arrayContaining(names));
    expect(new Set(seen).size).toBe(seen.length);
    const pages = recorder.sent.filter((r) => r.url.includes('/access/api-keys'));
    expect(pages.length).toBe(Math.ceil(seen.length / 3));
    expect(pages.slice(1).every((r) => new URL(r.url).searchParams.has('cursor'))).toBe(true);
  });

  it('list answers one page and its cursor leads to the next', async () => {
    const first = await staffClient.list('/access/api-keys', { query: { limit: 2 } });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await staffClient.list('/access/api-keys', { query: { limit: 2 }, cursor: first.nextCursor });
    expect(second.items).toHaveLength(2);
    expect(second.items.map((k) => k.id)).not.toEqual(expect.arrayContaining(first.items.map((k) => k.id)));
  });
});

describe('idempotent creates', () => {
  it('retries a create whose answer was lost with the same key, and gets the same object back', async () => {
    const sentKeys: (string | null)[] = [];
    let dropped = false;
    const lossyFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST') {
        sentKeys.push(new Headers(init.headers).get('idempotency-key'));
        if (!dropped) {
          dropped = true;
          // The server created the key, but the answer never reaches the browser.
          throw new TypeError('fetch failed');
        }
      }
      return response;
    };
    const client = staffBearer({ fetch: lossyFetch });
    const name = `Retried key ${randomUUID()}`;
    const created = await client.post('/access/api-keys', { body: { name } });
    expect(sentKeys).toHaveLength(2);
    expect(sentKeys[0]).toBeTruthy();
    expect(sentKeys[1]).toBe(sentKeys[0]);

    const all: { id: string; name: string }[] = [];
    for await (const key of staffClient.iterate('/access/api-keys', { query: { limit: 100 } })) all.push(key);
    const withName = all.filter((key) => key.name === name);
    expect(withName).toHaveLength(1);
    expect(withName[0].id).toBe(created.id);
  });

  it('a key given by the caller returns the first answer again', async () => {
    const idempotencyKey = `create-${randomUUID()}`;
    const first = await staffClient.post('/access/api-keys', { body: { name: 'Once only' }, idempotencyKey });
    const again = await staffClient.post('/access/api-keys', { body: { name: 'Once only' }, idempotencyKey });
    expect(again.id).toBe(first.id);
    const other = await staffClient.post('/access/api-keys', { body: { name: 'Once only' } });
    expect(other.id).not.toBe(first.id);
  });
});

describe('aborts', () => {
  it('passes the AbortError through, before and during a request', async () => {
    const already = new AbortController();
    already.abort();
    const before = await staffClient.get('/access/session', { signal: already.signal }).catch((e: unknown) => e);
    expect(before).toMatchObject({ name: 'AbortError' });
    expect(before).not.toBeInstanceOf(PorticoError);

    const during = new AbortController();
    const pending = staffClient.list('/access/api-keys', { signal: during.signal });
    during.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(error).not.toBeInstanceOf(PorticoNetworkError);
  });

  it('stops waiting to retry as soon as the caller aborts', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const client = createClient({ baseUrl: h.url, auth: { type: 'api-key', key: 'pk_unused' }, fetch: failing, retries: 5 });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    await expect(client.get('/access/session', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('cookie sessions', () => {
  it('sends the verification token of GET /access/session on every change, fetched once', async () => {
    const session = await sessionFor(h, tenant.id, tenant.memberId);
    const recorder = recordingFetch(browserHeaders(session));
    const client = createClient({ baseUrl: h.url, auth: { type: 'session' }, fetch: recorder.fetch, acceptLanguage: () => 'fr' });

    const renamed = await client.patch('/access/profile', { body: { name: 'Renamed Member' } });
    expect(renamed.name).toBe('Renamed Member');
    await client.patch('/access/profile', { body: { timeZone: 'Europe/Paris' } });
    expect((await client.get('/access/profile')).timeZone).toBe('Europe/Paris');

    const whoAmI = recorder.sent.filter((r) => r.method === 'GET' && r.url.endsWith('/api/v1/access/session'));
    expect(whoAmI).toHaveLength(1);
    const changes = recorder.sent.filter((r) => r.method === 'PATCH');
    expect(changes.map((r) => r.headers.get('x-portico-verification'))).toEqual([session.verificationToken, session.verificationToken]);
    expect(recorder.sent.filter((r) => r.method === 'GET').every((r) => !r.headers.has('x-portico-verification'))).toBe(true);
    expect(recorder.sent.every((r) => r.headers.get('accept-language') === 'fr')).toBe(true);
  });

  it('is refused with a wrong token, and fetches it again once forgotten', async () => {
    const session = await sessionFor(h, tenant.id, tenant.memberId);
    const recorder = recordingFetch(browserHeaders(session));
    const client = createClient({ baseUrl: h.url, fetch: recorder.fetch });

    client.setVerificationToken('not-the-token');
    await expect(client.patch('/access/profile', { body: { name: 'Forged' } })).rejects.toMatchObject({ status: 403 });
    client.setVerificationToken(null);
    expect((await client.patch('/access/profile', { body: { name: 'Genuine' } })).name).toBe('Genuine');
    expect(recorder.sent.filter((r) => r.url.endsWith('/access/session'))).toHaveLength(1);
  });

  it('signed out, sends public changes without a token (asking for a sign-in link)', async () => {
    const recorder = recordingFetch();
    const client = createClient({ baseUrl: h.url, fetch: recorder.fetch });
    await expect(client.post('/access/sign-in', { body: { email: `member@${tenant.slug}.test` } })).resolves.toMatchObject({ status: 'sent' });
    const asked = recorder.sent.find((r) => r.method === 'POST')!;
    expect(asked.headers.has('x-portico-verification')).toBe(false);
  });

  it('tells onUnauthenticated when the session has ended', async () => {
    const session = await sessionFor(h, tenant.id, tenant.memberId);
    const client = createClient({ baseUrl: h.url, fetch: recordingFetch(browserHeaders(session)).fetch });
    const heard: PorticoError[] = [];
    const stop = client.onUnauthenticated((error) => heard.push(error));
    await client.delete('/access/session');
    await expect(client.get('/access/profile')).rejects.toMatchObject({ status: 401 });
    expect(heard.map((e) => e.status)).toEqual([401]);
    stop();
    await expect(client.get('/access/profile')).rejects.toMatchObject({ status: 401 });
    expect(heard).toHaveLength(1);
  });
});

describe('API keys and embed tokens', () => {
  let keys: { id: string; key: string }[];
  let mint: (key: string) => Promise<{ token: string; expiresAt: string }>;

  beforeAll(async () => {
    await staffClient.put('/access/tenant/embed-origins', { body: { origins: [HOST_ORIGIN] } });
    keys = [];
    for (const name of ['Host backend', 'Spare backend']) keys.push(await staffClient.post('/access/api-keys', { body: { name } }));
    // What a host backend does: mint an embed token with its API key for the visitor it signed in.
    mint = (key) =>
      createClient({ baseUrl: h.url, auth: { type: 'api-key', key } }).post('/embed/sessions', {
        body: { email: `member@${tenant.slug}.test`, origin: HOST_ORIGIN, ttlSeconds: 600 },
      });
  });

  it('asks for a new embed token shortly before the one in use expires', async () => {
    let calls = 0;
    const client = createClient({
      baseUrl: h.url,
      auth: {
        type: 'bearer',
        getToken: async () => {
          calls += 1;
          const { token } = await mint(keys[0].key);
          // The provider reports an expiry inside the refresh margin: the client must not use it twice.
          return { token, expiresAt: new Date(Date.now() + 10_000).toISOString() };
        },
      },
    });
    expect((await client.get('/access/session')).via).toBe('embed');
    await client.get('/access/profile');
    expect(calls).toBe(2);

    let longCalls = 0;
    const steady = createClient({ baseUrl: h.url, auth: { type: 'bearer', getToken: () => ((longCalls += 1), mint(keys[0].key)) } });
    await steady.get('/access/session');
    await steady.get('/access/profile');
    expect(longCalls).toBe(1);
  });

  it('asks once more after a 401, then gives up', async () => {
    const doomed = await mint(keys[1].key);
    await staffClient.delete('/access/api-keys/{id}', { params: { id: keys[1].id } });

    const tokens = [doomed, await mint(keys[0].key)];
    let calls = 0;
    const recovering = createClient({ baseUrl: h.url, auth: { type: 'bearer', getToken: async () => tokens[calls++] } });
    const heard: PorticoError[] = [];
    recovering.onUnauthenticated((error) => heard.push(error));
    expect((await recovering.get('/access/profile')).email).toBe(`member@${tenant.slug}.test`);
    expect(calls).toBe(2);
    expect(heard).toEqual([]);

    let hopelessCalls = 0;
    const hopeless = createClient({ baseUrl: h.url, auth: { type: 'bearer', getToken: async () => ((hopelessCalls += 1), doomed) } });
    hopeless.onUnauthenticated((error) => heard.push(error));
    await expect(hopeless.get('/access/profile')).rejects.toMatchObject({ status: 401 });
    expect(hopelessCalls).toBe(2);
    expect(heard.map((e) => e.status)).toEqual([401]);
  });

  it('an API key may mint embed tokens but do nothing else', async () => {
    const backend = createClient({ baseUrl: h.url, auth: { type: 'api-key', key: keys[0].key } });
    await expect(backend.list('/access/api-keys')).rejects.toMatchObject({ status: 403 });
  });
});

describe('raw answers', () => {
  it('hands over a CSV export as a Response, and still throws problems', async () => {
    const auditor = createClient({ baseUrl: h.url, auth: { type: 'bearer', getToken: async () => ({ token: bearerOf(h.staff(tenant, [P.auditRead])), expiresAt: new Date(Date.now() + 3_600_000).toISOString() }) } });
    const response = await auditor.raw('GET', '/access/audit/export');
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    expect(await response.text()).toMatch(/access\.api-key\.created/);
    await expect(staffClient.raw('GET', '/access/audit/export')).rejects.toMatchObject({ status: 403 });
  });
});

describe('routes the generated types do not know', () => {
  it('calls any path with the caller\'s type, with the same credentials, and throws the same problems', async () => {
    const auditor = createClient({ baseUrl: h.url, auth: { type: 'bearer', getToken: async () => ({ token: bearerOf(h.staff(tenant, [P.auditRead])), expiresAt: new Date(Date.now() + 3_600_000).toISOString() }) } });
    const page = await auditor.call<{ items: { action: string }[]; nextCursor: string | null }>('GET', '/access/audit', { query: { limit: 2 } });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.length).toBeLessThanOrEqual(2);
    await expect(auditor.call('GET', '/nothing/here')).rejects.toMatchObject({ status: 404 });
  });
});

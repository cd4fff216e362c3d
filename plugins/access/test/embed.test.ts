/**
 * Embedded sign-in through the HTTP API: API keys, minting embed tokens, using them from the allowed
 * origin, CORS for that origin, the tenant's allowed origins and its sign-in policy.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definePlugin, defineRoute, IdParams, problems, Type } from '@portico/core';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '../src/index.js';
import { P } from '../src/permissions.js';
import { POLICY_PRESETS } from '../src/policy.js';
import { hashSecret, parseToken, TOKEN_PREFIX } from '../src/tokens.js';
import { pruneExpiredEmbedTokens } from '../src/embed/service.js';
import { asTenant, sessionFor } from '@portico/testing';

/** A plugin that shows who a request is and what of the tenant it can see. */
const whoamiPlugin = definePlugin({
  id: 'whoami',
  version: '0.0.0',
  requires: ['access'],
  routes: {
    v1: [
      defineRoute({
        method: 'GET',
        path: '/whoami',
        name: 'whoami',
        summary: 'Who am I',
        permission: 'access.self',
        schemas: {},
        handler: ({ actor, tenant }) => ({ tenantId: tenant.id, kind: actor!.kind, personId: actor!.personId, partnerId: actor!.partnerId, via: actor!.via }),
      }),
      defineRoute({
        method: 'GET',
        path: '/whoami/people',
        name: 'people',
        summary: 'Every person the request can see',
        permission: 'access.self',
        schemas: {},
        handler: async ({ db }) => ({ ids: (await db('people').select('id')).map((r: { id: string }) => r.id) }),
      }),
      defineRoute({
        method: 'GET',
        path: '/whoami/people/:id',
        name: 'person',
        summary: 'One person, if the request can see them',
        permission: 'access.self',
        schemas: { params: IdParams },
        handler: async ({ db, params }) => {
          const row = await db('people').where({ id: params.id }).first('id', 'email');
          if (!row) throw problems.notFound();
          return row;
        },
      }),
    ],
  },
});

const ALPHA_ORIGIN = 'https://app.alpha.example';
const ALPHA_DEV_ORIGIN = 'http://localhost:5173';
const BETA_ORIGIN = 'https://app.beta.example';

let h: Harness;
let alpha: TestTenant;
let beta: TestTenant;
let alphaAdmin: string;
let betaAdmin: string;
let alphaKey: string;
let betaKey: string;
/** A key of alpha made to embed staff too (alphaKey embeds partner members only, as keys do by default). */
let alphaStaffKey: string;

const bearer = (token: string) => `Bearer ${token}`;

async function createKey(auth: string, name = 'Backend', scopes: Record<string, unknown> = {}): Promise<{ id: string; key: string; hint: string; audience: string; scopes: string[] | null }> {
  const answer = await h.api('POST', '/api/v1/access/api-keys', { auth, body: { name, ...scopes } });
  expect(answer.status, answer.text).toBe(201);
  return answer.body;
}

function mint(key: string, body: Record<string, unknown>, headers?: Record<string, string>) {
  return h.api('POST', '/api/v1/embed/sessions', { auth: bearer(key), body, headers });
}

async function mintFor(key: string, body: Record<string, unknown>): Promise<{ id: string; token: string; expiresAt: string; person: { id: string; name: string; email: string; partnerId: string | null } }> {
  const answer = await mint(key, body);
  expect(answer.status, answer.text).toBe(201);
  return answer.body;
}

const whoami = (token: string, origin?: string) => h.api('GET', '/api/v1/whoami', { auth: bearer(token), headers: origin ? { origin } : {} });

function fieldsOf(answer: { body: { errors?: { field: string }[] } }): string[] {
  return (answer.body.errors ?? []).map((e) => e.field);
}

async function auditRows(tenantId: string, action: string) {
  return h.server.database.knex('audit_events').where({ tenantId, action }).orderBy('created_at');
}

beforeAll(async () => {
  h = await startHarness({ plugins: [accessPlugin, whoamiPlugin] });
  alpha = await h.tenant('alpha');
  beta = await h.tenant('beta');
  alphaAdmin = h.staff(alpha, [P.apiKeysManage, P.tenantManage]);
  betaAdmin = h.staff(beta, [P.apiKeysManage, P.tenantManage]);
  // Set before any request carries an Origin: the server caches allowed origins for a few seconds.
  for (const [auth, origins] of [[alphaAdmin, [ALPHA_ORIGIN, ALPHA_DEV_ORIGIN]], [betaAdmin, [BETA_ORIGIN]]] as const) {
    const answer = await h.api('PUT', '/api/v1/access/tenant/embed-origins', { auth, body: { origins } });
    expect(answer.status, answer.text).toBe(200);
  }
  alphaKey = (await createKey(alphaAdmin)).key;
  betaKey = (await createKey(betaAdmin)).key;
  alphaStaffKey = (await createKey(alphaAdmin, 'Intranet', { audience: 'members-and-staff' })).key;
});
afterAll(() => h?.close());

describe('API keys', () => {
  it('shows a new key once, keeps only its hash, and lists it without the secret', async () => {
    const created = await createKey(alphaAdmin, 'CRM backend');
    expect(created.key).toMatch(new RegExp(`^ptk_${alpha.id}\\.[A-Za-z0-9_-]{43}$`));
    expect(created.hint).toBe(created.key.slice(-4));
    const secret = parseToken(TOKEN_PREFIX.apiKey, created.key)!.secret;

    const row = await h.server.database.knex('access_api_keys').where({ id: created.id }).first();
    expect(row.secretHash).toBe(hashSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret);

    const list = await h.api('GET', '/api/v1/access/api-keys', { auth: alphaAdmin });
    expect(list.status, list.text).toBe(200);
    const item = list.body.items.find((k: { id: string }) => k.id === created.id);
    expect(item).toEqual({ id: created.id, name: 'CRM backend', hint: created.hint, audience: 'members', scopes: null, createdAt: expect.any(String), lastUsedAt: null, revokedAt: null });
    expect(list.text).not.toContain(secret);

    const audits = await auditRows(alpha.id, 'access.api-key.created');
    expect(audits.some((a) => a.targetId === created.id)).toBe(true);
    expect(JSON.stringify(await h.server.database.knex('audit_events'))).not.toContain(secret);
  });

  it('records when a key was last used', async () => {
    const created = await createKey(alphaAdmin);
    const lastUsed = async () => (await h.api('GET', '/api/v1/access/api-keys?limit=100', { auth: alphaAdmin })).body.items.find((k: { id: string }) => k.id === created.id).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await mintFor(created.key, { email: `member@alpha.test`, origin: ALPHA_ORIGIN });
    expect(Date.parse(await lastUsed())).toBeGreaterThan(Date.now() - 60_000);
  });

  it('stops authenticating once revoked, and ends the embed tokens it minted', async () => {
    const created = await createKey(alphaAdmin);
    const minted = await mintFor(created.key, { email: 'member@alpha.test', origin: ALPHA_ORIGIN });
    expect((await whoami(minted.token, ALPHA_ORIGIN)).status).toBe(200);

    const revoked = await h.api('DELETE', `/api/v1/access/api-keys/${created.id}`, { auth: alphaAdmin });
    expect(revoked.status, revoked.text).toBe(204);
    expect((await mint(created.key, { email: 'member@alpha.test', origin: ALPHA_ORIGIN })).status).toBe(401);
    expect((await whoami(minted.token, ALPHA_ORIGIN)).status).toBe(401);

    const list = await h.api('GET', '/api/v1/access/api-keys?limit=100', { auth: alphaAdmin });
    expect(list.body.items.find((k: { id: string }) => k.id === created.id).revokedAt).toEqual(expect.any(String));
    expect((await h.api('DELETE', `/api/v1/access/api-keys/${created.id}`, { auth: alphaAdmin })).status).toBe(409);
    expect((await h.api('DELETE', '/api/v1/access/api-keys/00000000-0000-4000-8000-000000000000', { auth: alphaAdmin })).status).toBe(404);
    expect((await auditRows(alpha.id, 'access.api-key.revoked')).some((a) => a.targetId === created.id)).toBe(true);
  });

  it('lets an API key do nothing but mint embed tokens', async () => {
    const auth = bearer(alphaKey);
    expect((await h.api('GET', '/api/v1/access/api-keys', { auth })).status).toBe(403);
    expect((await h.api('POST', '/api/v1/access/api-keys', { auth, body: { name: 'Another' } })).status).toBe(403);
    expect((await h.api('PATCH', '/api/v1/access/settings', { auth, body: POLICY_PRESETS.default })).status).toBe(403);
    expect((await h.api('GET', '/api/v1/whoami', { auth })).status).toBe(403);
  });

  it('answers 401 to a key that is malformed or does not exist', async () => {
    const forged = `ptk_${alpha.id}.${'A'.repeat(43)}`;
    expect((await mint(forged, { email: 'member@alpha.test', origin: ALPHA_ORIGIN })).status).toBe(401);
    // Another tenant's id in front of a real secret: looked up in the wrong tenant, found nowhere.
    const moved = `ptk_${beta.id}.${parseToken(TOKEN_PREFIX.apiKey, alphaKey)!.secret}`;
    expect((await mint(moved, { email: 'member@beta.test', origin: BETA_ORIGIN })).status).toBe(401);
  });

  it('is managed only by the tenant’s staff, within their tenant, and not from a widget', async () => {
    const member = h.member(alpha, [P.apiKeysManage]);
    expect((await h.api('GET', '/api/v1/access/api-keys', { auth: member })).status).toBe(403);
    expect((await h.api('POST', '/api/v1/access/api-keys', { auth: member, body: { name: 'Mine' } })).status).toBe(403);

    const created = await createKey(alphaAdmin);
    const betaList = await h.api('GET', '/api/v1/access/api-keys?limit=100', { auth: betaAdmin });
    expect(betaList.status).toBe(200);
    expect(betaList.text).not.toContain(created.id);
    expect((await h.api('DELETE', `/api/v1/access/api-keys/${created.id}`, { auth: betaAdmin })).status).toBe(404);
    expect((await mint(created.key, { email: 'member@alpha.test', origin: ALPHA_ORIGIN })).status).toBe(201);

    // The tenant_admin holds every permission, yet not from an embedded widget.
    const embedded = await mintFor(alphaStaffKey, { email: 'staff@alpha.test', origin: ALPHA_ORIGIN });
    const fromWidget = { auth: bearer(embedded.token), headers: { origin: ALPHA_ORIGIN } };
    expect((await h.api('POST', '/api/v1/access/api-keys', { ...fromWidget, body: { name: 'From a widget' } })).status).toBe(403);
    expect((await h.api('PUT', '/api/v1/access/tenant/embed-origins', { ...fromWidget, body: { origins: ['https://evil.example'] } })).status).toBe(403);
  });

  it('replays a retried create with the same key, and keeps the stored answer sealed', async () => {
    const headers = { 'idempotency-key': 'create-key-0001' };
    const first = await h.api('POST', '/api/v1/access/api-keys', { auth: alphaAdmin, body: { name: 'Replayed' }, headers });
    const retry = await h.api('POST', '/api/v1/access/api-keys', { auth: alphaAdmin, body: { name: 'Replayed' }, headers });
    expect(first.status, first.text).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await h.server.database.knex('access_api_keys').where({ tenantId: alpha.id, name: 'Replayed' })).toHaveLength(1);
    const stored = await h.server.database.knex('idempotency_keys').where({ tenantId: alpha.id, key: 'create-key-0001' }).first();
    expect(JSON.stringify(stored)).not.toContain(first.body.key);
    expect(JSON.stringify(stored)).not.toContain(first.body.key.split('.')[1]);
  });
});

describe('minting embed tokens', () => {
  it('refuses an origin the tenant did not allow', async () => {
    for (const origin of ['https://evil.example', `${ALPHA_ORIGIN}/`, 'https://APP.alpha.example', BETA_ORIGIN]) {
      const answer = await mint(alphaKey, { email: 'member@alpha.test', origin });
      expect(answer.status, origin).toBe(400);
      expect(fieldsOf(answer)).toEqual(['/origin']);
    }
  });

  it('needs exactly one of email and externalId, and an existing person or createMember', async () => {
    expect((await mint(alphaKey, { origin: ALPHA_ORIGIN })).status).toBe(400);
    expect((await mint(alphaKey, { email: 'member@alpha.test', externalId: 'x-1', origin: ALPHA_ORIGIN })).status).toBe(400);
    expect((await mint(alphaKey, { email: 'nobody@alpha.test', origin: ALPHA_ORIGIN })).status).toBe(404);
    expect((await mint(alphaKey, { externalId: 'unknown-id', origin: ALPHA_ORIGIN })).status).toBe(404);
    expect((await mint(alphaKey, { email: 'member@alpha.test', origin: ALPHA_ORIGIN, ttlSeconds: 30 })).status).toBe(400);
    expect((await mint(alphaKey, { email: 'member@alpha.test', origin: ALPHA_ORIGIN, ttlSeconds: 601 })).status).toBe(400);
  });

  it('finds the person by email, whatever its case, and audits the mint without the token', async () => {
    const minted = await mintFor(alphaKey, { email: 'MEMBER@Alpha.test', origin: ALPHA_ORIGIN, ttlSeconds: 120 });
    expect(minted.token).toMatch(new RegExp(`^pte_${alpha.id}\\.[A-Za-z0-9_-]{43}$`));
    expect(minted.person).toEqual({ id: alpha.memberId, name: 'Member', email: 'member@alpha.test', partnerId: alpha.partnerId });
    const lifetime = Date.parse(minted.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(100_000);
    expect(lifetime).toBeLessThanOrEqual(121_000);

    const secret = parseToken(TOKEN_PREFIX.embed, minted.token)!.secret;
    const row = await h.server.database.knex('access_embed_tokens').where({ id: minted.id }).first();
    expect(row).toMatchObject({ personId: alpha.memberId, origin: ALPHA_ORIGIN, tokenHash: hashSecret(secret) });
    expect(JSON.stringify(row)).not.toContain(secret);

    const audit = (await auditRows(alpha.id, 'access.embed-token.minted')).find((a) => a.after.embedTokenId === minted.id);
    expect(audit).toMatchObject({ targetType: 'person', targetId: alpha.memberId, partnerId: alpha.partnerId });
    expect(JSON.stringify(await h.server.database.knex('audit_events'))).not.toContain(secret);
  });

  it('embeds staff with a key made for them, and checks the partner when one is given', async () => {
    expect((await mintFor(alphaStaffKey, { email: 'staff@alpha.test', origin: ALPHA_ORIGIN })).person.partnerId).toBeNull();
    expect((await mint(alphaStaffKey, { email: 'staff@alpha.test', origin: ALPHA_ORIGIN, partnerId: alpha.partnerId })).status).toBe(404);
    expect((await mint(alphaKey, { email: 'member@alpha.test', origin: ALPHA_ORIGIN, partnerId: alpha.otherPartnerId })).status).toBe(404);
    expect((await mint(alphaKey, { email: 'member@alpha.test', origin: ALPHA_ORIGIN, partnerId: beta.partnerId })).status).toBe(404);
    expect((await mint(alphaKey, { email: 'member@alpha.test', origin: ALPHA_ORIGIN, partnerId: alpha.partnerId })).status).toBe(201);
  });

  it('creates a member once with createMember, and reuses them on the next mint', async () => {
    const createMember = { name: 'New Person', role: 'salesperson', partnerId: alpha.otherPartnerId, locale: 'fr' };
    const first = await mintFor(alphaKey, { email: 'new.person@alpha.test', origin: ALPHA_ORIGIN, createMember });
    expect(first.person).toEqual({ id: expect.any(String), name: 'New Person', email: 'new.person@alpha.test', partnerId: alpha.otherPartnerId });
    const second = await mintFor(alphaKey, { email: 'New.Person@alpha.test', origin: ALPHA_ORIGIN, createMember });
    expect(second.person.id).toBe(first.person.id);

    const knex = h.server.database.knex;
    const people = await knex('people').where({ tenantId: alpha.id }).whereRaw("lower(email) = 'new.person@alpha.test'");
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ kind: 'member', status: 'active', locale: 'fr', externalId: null });
    expect(await knex('memberships').where({ personId: first.person.id })).toEqual([expect.objectContaining({ partnerId: alpha.otherPartnerId, role: 'salesperson' })]);
    expect((await auditRows(alpha.id, 'access.person.created')).filter((a) => a.targetId === first.person.id)).toHaveLength(1);

    const me = await whoami(second.token, ALPHA_ORIGIN);
    expect(me.body).toMatchObject({ kind: 'member', personId: first.person.id, partnerId: alpha.otherPartnerId });
  });

  it('creates a member found by externalId with the email given in createMember', async () => {
    const createMember = { name: 'Ext Person', role: 'technical', partnerId: alpha.partnerId };
    const missingEmail = await mint(alphaKey, { externalId: 'crm-1', origin: ALPHA_ORIGIN, createMember });
    expect(missingEmail.status).toBe(400);
    expect(fieldsOf(missingEmail)).toEqual(['/createMember/email']);
    const taken = await mint(alphaKey, { externalId: 'crm-1', origin: ALPHA_ORIGIN, createMember: { ...createMember, email: 'member@alpha.test' } });
    expect(taken.status).toBe(409);

    const created = await mintFor(alphaKey, { externalId: 'crm-1', origin: ALPHA_ORIGIN, createMember: { ...createMember, email: 'ext@alpha.test' } });
    const again = await mintFor(alphaKey, { externalId: 'crm-1', origin: ALPHA_ORIGIN });
    expect(again.person).toEqual(created.person);
    expect(await h.server.database.knex('people').where({ tenantId: alpha.id, externalId: 'crm-1' })).toHaveLength(1);
  });

  it('refuses to create a partner admin, or a member of a partner that is not active or not the tenant’s', async () => {
    const base = { email: 'refused@alpha.test', origin: ALPHA_ORIGIN };
    const admin = await mint(alphaKey, { ...base, createMember: { name: 'Admin', role: 'partner_admin', partnerId: alpha.partnerId } });
    expect(admin.status).toBe(400);
    expect(fieldsOf(admin)).toContain('/createMember/role');

    const foreign = await mint(alphaKey, { ...base, createMember: { name: 'Foreign', role: 'partner_user', partnerId: beta.partnerId } });
    expect(foreign.status).toBe(404);
    expect(fieldsOf(foreign)).toEqual(['/createMember/partnerId']);

    const knex = h.server.database.knex;
    const [suspended] = await knex('partners').insert({ tenantId: alpha.id, name: 'Suspended', status: 'suspended' }).returning('id');
    const [archived] = await knex('partners').insert({ tenantId: alpha.id, name: 'Archived', status: 'archived' }).returning('id');
    for (const partner of [suspended, archived]) {
      const answer = await mint(alphaKey, { ...base, createMember: { name: 'Late', role: 'partner_user', partnerId: partner.id } });
      expect(answer.status).toBe(409);
    }
    expect(await knex('people').where({ tenantId: alpha.id, email: 'refused@alpha.test' })).toHaveLength(0);
  });

  it('activates an invited person and refuses one whose access has ended', async () => {
    const [invited, gone] = await asTenant(h, alpha.id, async (trx) => {
      const people = await trx('people')
        .insert([
          { tenantId: alpha.id, kind: 'member', email: 'invited@alpha.test', name: 'Invited', status: 'invited' },
          { tenantId: alpha.id, kind: 'member', email: 'gone@alpha.test', name: 'Gone', status: 'deactivated' },
        ])
        .returning('id');
      await trx('memberships').insert(people.map((p: { id: string }) => ({ tenantId: alpha.id, personId: p.id, partnerId: alpha.partnerId, role: 'partner_user' })));
      return people;
    });
    await mintFor(alphaKey, { email: 'invited@alpha.test', origin: ALPHA_ORIGIN });
    expect((await h.server.database.knex('people').where({ id: invited.id }).first()).status).toBe('active');
    expect((await auditRows(alpha.id, 'access.person.activated')).some((a) => a.targetId === invited.id)).toBe(true);

    const refused = await mint(alphaKey, { email: 'gone@alpha.test', origin: ALPHA_ORIGIN, createMember: { name: 'Gone', role: 'partner_user', partnerId: alpha.partnerId } });
    expect(refused.status).toBe(409);
    expect((await h.server.database.knex('people').where({ id: gone.id }).first()).status).toBe('deactivated');
  });

  it('refuses a member whose partner organisation is suspended', async () => {
    const knex = h.server.database.knex;
    const [partner] = await knex('partners').insert({ tenantId: alpha.id, name: 'Soon suspended' }).returning('id');
    await mintFor(alphaKey, { email: 'soon@alpha.test', origin: ALPHA_ORIGIN, createMember: { name: 'Soon', role: 'partner_user', partnerId: partner.id } });
    await knex('partners').where({ id: partner.id }).update({ status: 'suspended' });
    expect((await mint(alphaKey, { email: 'soon@alpha.test', origin: ALPHA_ORIGIN })).status).toBe(409);
  });

  it('is refused to people, even those holding every permission', async () => {
    const session = await sessionFor(h, alpha.id, alpha.staffId); // a tenant_admin
    const answer = await h.api('POST', '/api/v1/embed/sessions', { headers: session.headers(), body: { email: 'member@alpha.test', origin: ALPHA_ORIGIN } });
    expect(answer.status, answer.text).toBe(403);
    const member = h.member(alpha, h.allPermissions());
    expect((await h.api('POST', '/api/v1/embed/sessions', { auth: member, body: { email: 'member@alpha.test', origin: ALPHA_ORIGIN } })).status).toBe(403);
    const embedded = await mintFor(alphaStaffKey, { email: 'staff@alpha.test', origin: ALPHA_ORIGIN });
    expect((await h.api('POST', '/api/v1/embed/sessions', { auth: bearer(embedded.token), headers: { origin: ALPHA_ORIGIN }, body: { email: 'member@alpha.test', origin: ALPHA_ORIGIN } })).status).toBe(403);
  });

  it('never mints for another tenant’s people', async () => {
    const countBefore = await h.server.database.knex('access_embed_tokens').where({ tenantId: alpha.id }).count({ n: '*' });
    expect((await mint(betaKey, { email: 'member@alpha.test', origin: BETA_ORIGIN })).status).toBe(404);
    expect((await mint(betaKey, { email: 'member@alpha.test', origin: ALPHA_ORIGIN })).status).toBe(400);
    const foreign = await mint(betaKey, { email: 'someone@beta.test', origin: BETA_ORIGIN, createMember: { name: 'X', role: 'partner_user', partnerId: alpha.partnerId } });
    expect(foreign.status).toBe(404);
    expect((await mint(betaKey, { email: 'member@beta.test', origin: BETA_ORIGIN, partnerId: alpha.partnerId })).status).toBe(404);
    const countAfter = await h.server.database.knex('access_embed_tokens').where({ tenantId: alpha.id }).count({ n: '*' });
    expect(countAfter).toEqual(countBefore);
  });
});

describe('what an API key lets its embed tokens do', () => {
  const fromWidget = (token: string) => ({ auth: bearer(token), headers: { origin: ALPHA_ORIGIN } });

  it('refuses a staff person to a key that embeds members only, so a leaked key administers nothing', async () => {
    const before = await h.server.database.knex('access_embed_tokens').where({ tenantId: alpha.id }).count({ n: '*' });
    const answer = await mint(alphaKey, { email: 'staff@alpha.test', origin: ALPHA_ORIGIN });
    expect(answer.status, answer.text).toBe(403);
    expect(fieldsOf(answer)).toEqual(['/email']);
    expect(await h.server.database.knex('access_embed_tokens').where({ tenantId: alpha.id }).count({ n: '*' })).toEqual(before);
  });

  it('never lets a staff token administer people, groups, partners, keys or settings, even a tenant admin’s', async () => {
    const embedded = await mintFor(alphaStaffKey, { email: 'staff@alpha.test', origin: ALPHA_ORIGIN });
    const widget = fromWidget(embedded.token);
    expect((await h.api('GET', '/api/v1/whoami', widget)).status).toBe(200);
    expect((await h.api('GET', '/api/v1/access/people', widget)).status).toBe(200);
    const refused = [
      await h.api('POST', '/api/v1/access/people', { ...widget, body: { email: 'new.admin@alpha.test', name: 'New admin', role: 'tenant_admin' } }),
      await h.api('POST', '/api/v1/access/groups', { ...widget, body: { name: 'Backdoor', audience: 'staff', permissions: [P.apiKeysManage] } }),
      await h.api('POST', '/api/v1/access/partners', { ...widget, body: { name: 'Shell Ltd' } }),
      await h.api('POST', `/api/v1/access/people/${alpha.memberId}/deactivate`, widget),
      await h.api('POST', '/api/v1/access/api-keys', { ...widget, body: { name: 'Another' } }),
      await h.api('PATCH', '/api/v1/access/settings', { ...widget, body: POLICY_PRESETS.default }),
    ];
    expect(refused.map((answer) => answer.status)).toEqual(refused.map(() => 403));
    expect(await h.server.database.knex('people').where({ tenantId: alpha.id, email: 'new.admin@alpha.test' }).first()).toBeUndefined();
  });

  it('holds the person’s permissions within the key’s scopes', async () => {
    const narrow = await createKey(alphaAdmin, 'Profile only', { scopes: [P.self] });
    expect(narrow).toMatchObject({ audience: 'members', scopes: [P.self] });
    // The member is their organisation's partner_admin: they see its people with a default key...
    const wide = await mintFor(alphaKey, { email: 'member@alpha.test', origin: ALPHA_ORIGIN });
    expect((await h.api('GET', '/api/v1/access/people', fromWidget(wide.token))).status).toBe(200);
    // ...and not with a key scoped to their own profile.
    const scoped = await mintFor(narrow.key, { email: 'member@alpha.test', origin: ALPHA_ORIGIN });
    expect((await h.api('GET', '/api/v1/whoami', fromWidget(scoped.token))).status).toBe(200);
    expect((await h.api('GET', '/api/v1/access/people', fromWidget(scoped.token))).status).toBe(403);
  });

  it('leaves administrative permissions out by default, and gives them to members only when the key lists them', async () => {
    const invite = (token: string) =>
      h.api('POST', '/api/v1/access/people', { ...fromWidget(token), body: { email: `invitee.${Math.random().toString(36).slice(2)}@alpha.test`, name: 'Invitee', role: 'partner_user' } });
    const byDefault = await mintFor(alphaKey, { email: 'member@alpha.test', origin: ALPHA_ORIGIN });
    expect((await invite(byDefault.token)).status).toBe(403);
    const teamKey = await createKey(alphaAdmin, 'Team pages', { audience: 'members-and-staff', scopes: [P.self, P.peopleRead, P.peopleManage] });
    const member = await mintFor(teamKey.key, { email: 'member@alpha.test', origin: ALPHA_ORIGIN });
    expect((await invite(member.token)).status).toBe(201);
    const staff = await mintFor(teamKey.key, { email: 'staff@alpha.test', origin: ALPHA_ORIGIN });
    expect((await invite(staff.token)).status).toBe(403);
  });

  it('refuses an embed token of a staff person whose key embeds members only (minted before keys had an audience)', async () => {
    const knex = h.server.database.knex;
    const minted = await mintFor(alphaStaffKey, { email: 'staff@alpha.test', origin: ALPHA_ORIGIN });
    const membersOnly = await knex('access_api_keys').where({ secretHash: hashSecret(parseToken(TOKEN_PREFIX.apiKey, alphaKey)!.secret) }).first('id');
    await knex('access_embed_tokens').where({ id: minted.id }).update({ apiKeyId: membersOnly.id });
    expect((await whoami(minted.token, ALPHA_ORIGIN)).status).toBe(401);
  });

  it('names the field at fault when a key is made with an unknown scope or audience', async () => {
    const unknownScope = await h.api('POST', '/api/v1/access/api-keys', { auth: alphaAdmin, body: { name: 'Bad', scopes: [P.self, 'nothing.such'] } });
    expect(unknownScope.status, unknownScope.text).toBe(400);
    expect(fieldsOf(unknownScope)).toEqual(['/scopes/1']);
    const audience = await h.api('POST', '/api/v1/access/api-keys', { auth: alphaAdmin, body: { name: 'Bad', audience: 'everyone' } });
    expect(audience.status).toBe(400);
    expect(fieldsOf(audience)[0]).toBe('/audience');
    const audit = (await auditRows(alpha.id, 'access.api-key.created')).at(-1);
    expect(audit.after.name).not.toBe('Bad');
  });
});

describe('embed tokens', () => {
  it('authenticate as the person from the allowed origin', async () => {
    const minted = await mintFor(alphaKey, { email: 'member@alpha.test', origin: ALPHA_DEV_ORIGIN });
    const me = await whoami(minted.token, ALPHA_DEV_ORIGIN);
    expect(me.status, me.text).toBe(200);
    expect(me.body).toEqual({ tenantId: alpha.id, kind: 'member', personId: alpha.memberId, partnerId: alpha.partnerId, via: 'embed' });
    // The token is bound to its origin only.
    expect((await whoami(minted.token, ALPHA_ORIGIN)).status).toBe(401);
    expect((await whoami(minted.token, 'https://evil.example')).status).toBe(401);
  });

  it('stop working once expired', async () => {
    const minted = await mintFor(alphaKey, { email: 'member@alpha.test', origin: ALPHA_ORIGIN });
    expect((await whoami(minted.token, ALPHA_ORIGIN)).status).toBe(200);
    await h.server.database.knex('access_embed_tokens').where({ id: minted.id }).update({ expiresAt: new Date(Date.now() - 1000) });
    expect((await whoami(minted.token, ALPHA_ORIGIN)).status).toBe(401);
  });

  it('of one tenant see nothing of another', async () => {
    const minted = await mintFor(betaKey, { email: 'member@beta.test', origin: BETA_ORIGIN });
    const auth = bearer(minted.token);
    const headers = { origin: BETA_ORIGIN };
    expect((await h.api('GET', '/api/v1/whoami', { auth, headers })).body).toMatchObject({ tenantId: beta.id, personId: beta.memberId });
    expect((await h.api('GET', `/api/v1/whoami/people/${alpha.memberId}`, { auth, headers })).status).toBe(404);
    const visible = await h.api('GET', '/api/v1/whoami/people', { auth, headers });
    expect(visible.body.ids).toContain(beta.memberId);
    expect(visible.body.ids).not.toContain(alpha.memberId);
    expect(visible.body.ids).not.toContain(alpha.staffId);
    // Its secret presented as alpha's is looked up in alpha, where it does not exist.
    const moved = `pte_${alpha.id}.${parseToken(TOKEN_PREFIX.embed, minted.token)!.secret}`;
    expect((await h.api('GET', '/api/v1/whoami', { auth: bearer(moved), headers: { origin: BETA_ORIGIN } })).status).toBe(401);
  });

  it('expired over a day ago are pruned, in the tenant of the transaction only', async () => {
    const knex = h.server.database.knex;
    const old = (await mintFor(alphaKey, { email: 'member@alpha.test', origin: ALPHA_ORIGIN })).id;
    const recent = (await mintFor(alphaKey, { email: 'member@alpha.test', origin: ALPHA_ORIGIN })).id;
    const otherTenant = (await mintFor(betaKey, { email: 'member@beta.test', origin: BETA_ORIGIN })).id;
    await knex('access_embed_tokens').whereIn('id', [old, otherTenant]).update({ expiresAt: new Date(Date.now() - 25 * 3_600_000) });
    await knex('access_embed_tokens').where({ id: recent }).update({ expiresAt: new Date(Date.now() - 3_600_000) });
    await asTenant(h, alpha.id, (trx) => pruneExpiredEmbedTokens(trx));
    const left = (await knex('access_embed_tokens').whereIn('id', [old, recent, otherTenant]).select('id')).map((r: { id: string }) => r.id);
    expect(left.sort()).toEqual([recent, otherTenant].sort());
  });
});

/** fetch() will not send another Host than the URL's; CORS answers for the tenant of the host. */
function atHost(method: string, path: string, host: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const request = http.request(h.url + path, { method, headers: { ...headers, host } }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('CORS for embed origins', () => {
  const preflight = (origin: string, host = 'alpha.test') =>
    atHost('OPTIONS', '/api/v1/whoami', host, { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' });

  it('answers a preflight from an allowed origin, without credentials', async () => {
    const answer = await preflight(ALPHA_ORIGIN);
    expect(answer.status).toBeLessThan(300);
    expect(answer.headers['access-control-allow-origin']).toBe(ALPHA_ORIGIN);
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
    expect(answer.headers['access-control-allow-headers']).toMatch(/authorization/);
  });

  it('gives no CORS headers to any other origin', async () => {
    for (const origin of ['https://evil.example', `${ALPHA_ORIGIN}.evil.example`, 'null']) {
      const answer = await preflight(origin);
      expect(answer.headers['access-control-allow-origin'], origin).toBeUndefined();
    }
  });

  it("answers on a tenant's host only the origins that tenant allows, not another tenant's", async () => {
    // Preflight and actual request, each way round, and on a host no tenant has (no default tenant here).
    for (const [host, own, foreign] of [['alpha.test', ALPHA_ORIGIN, BETA_ORIGIN], ['beta.test', BETA_ORIGIN, ALPHA_ORIGIN]]) {
      expect((await preflight(own, host)).headers['access-control-allow-origin'], `${own} on ${host}`).toBe(own);
      expect((await preflight(foreign, host)).headers['access-control-allow-origin'], `${foreign} on ${host}`).toBeUndefined();
      const actual = (origin: string) => atHost('GET', '/api/v1/portal', host, { origin });
      expect((await actual(own)).headers['access-control-allow-origin'], `GET from ${own} on ${host}`).toBe(own);
      expect((await actual(foreign)).headers['access-control-allow-origin'], `GET from ${foreign} on ${host}`).toBeUndefined();
    }
    expect((await preflight(ALPHA_ORIGIN, 'elsewhere.test')).headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('allowed embed origins', () => {
  let gamma: TestTenant;
  let gammaAdmin: string;
  beforeAll(async () => {
    gamma = await h.tenant('gamma');
    gammaAdmin = h.staff(gamma, [P.tenantManage]);
  });

  it('accepts only exact https origins (http for localhost), naming each one at fault', async () => {
    const origins = [
      'https://ok.example',
      'https://ok.example/',
      'http://plain.example',
      'https://ok.example/path',
      '*',
      'https://UPPER.example',
      'https://ok.example:443',
      'ftp://files.example',
      'https://user@ok.example',
      'http://localhost:3000',
      'http://127.0.0.1:8080',
      'https://ok.example:8443',
    ];
    const answer = await h.api('PUT', '/api/v1/access/tenant/embed-origins', { auth: gammaAdmin, body: { origins } });
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer)).toEqual(['/origins/1', '/origins/2', '/origins/3', '/origins/4', '/origins/5', '/origins/6', '/origins/7', '/origins/8']);
    expect((await h.api('GET', '/api/v1/access/tenant/embed-origins', { auth: gammaAdmin })).body).toEqual({ origins: [] });

    const tooMany = Array.from({ length: 51 }, (_, i) => `https://site${i}.example`);
    expect((await h.api('PUT', '/api/v1/access/tenant/embed-origins', { auth: gammaAdmin, body: { origins: tooMany } })).status).toBe(400);
  });

  it('stores the origins without duplicates, audits the change, and keeps them to the tenant', async () => {
    const origins = ['https://one.gamma.example', 'http://localhost:3000', 'https://one.gamma.example', 'http://127.0.0.1:8080'];
    const answer = await h.api('PUT', '/api/v1/access/tenant/embed-origins', { auth: gammaAdmin, body: { origins } });
    expect(answer.status, answer.text).toBe(200);
    const expected = ['https://one.gamma.example', 'http://localhost:3000', 'http://127.0.0.1:8080'];
    expect(answer.body).toEqual({ origins: expected });
    expect((await h.api('GET', '/api/v1/access/tenant/embed-origins', { auth: gammaAdmin })).body).toEqual({ origins: expected });
    const [audit] = (await auditRows(gamma.id, 'access.embed-origins.updated')).slice(-1);
    expect(audit).toMatchObject({ targetType: 'tenant', targetId: gamma.id, before: { origins: [] }, after: { origins: expected } });

    expect((await h.api('GET', '/api/v1/access/tenant/embed-origins', { auth: alphaAdmin })).body).toEqual({ origins: [ALPHA_ORIGIN, ALPHA_DEV_ORIGIN] });
    const staffOfBeta = await h.api('GET', '/api/v1/access/tenant/embed-origins', { auth: betaAdmin });
    expect(staffOfBeta.body).toEqual({ origins: [BETA_ORIGIN] });
  });

  it('are changed only by the tenant’s staff', async () => {
    const member = h.member(gamma, [P.tenantManage]);
    expect((await h.api('PUT', '/api/v1/access/tenant/embed-origins', { auth: member, body: { origins: ['https://evil.example'] } })).status).toBe(403);
    expect((await h.api('GET', '/api/v1/access/tenant/embed-origins', { auth: h.staff(gamma, [P.self]) })).status).toBe(403);
    expect((await h.api('GET', '/api/v1/access/tenant/embed-origins', { auth: gammaAdmin })).body.origins).not.toContain('https://evil.example');
  });
});

describe('sign-in policy', () => {
  let delta: TestTenant;
  let deltaAdmin: string;
  beforeAll(async () => {
    delta = await h.tenant('delta');
    deltaAdmin = h.staff(delta, [P.tenantManage]);
  });

  it('starts from the defaults', async () => {
    const answer = await h.api('GET', '/api/v1/access/settings', { auth: deltaAdmin });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toEqual({ ...POLICY_PRESETS.default, partnerDelegable: null });
  });

  it('stores a preset, keeps other settings untouched, and audits the change', async () => {
    const knex = h.server.database.knex;
    await knex('tenants').where({ id: delta.id }).update({ settings: JSON.stringify({ deals: { currency: 'EUR' }, access: { futureKey: 1 } }) });

    const answer = await h.api('PATCH', '/api/v1/access/settings', { auth: deltaAdmin, body: POLICY_PRESETS.strict });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toEqual({ ...POLICY_PRESETS.strict, partnerDelegable: null });
    expect((await h.api('GET', '/api/v1/access/settings', { auth: deltaAdmin })).body).toEqual({ ...POLICY_PRESETS.strict, partnerDelegable: null });

    const { settings } = await knex('tenants').where({ id: delta.id }).first('settings');
    expect(settings).toEqual({ deals: { currency: 'EUR' }, access: { futureKey: 1, ...POLICY_PRESETS.strict } });
    const [audit] = (await auditRows(delta.id, 'access.settings.updated')).slice(-1);
    expect(audit).toMatchObject({ targetType: 'tenant', targetId: delta.id, after: POLICY_PRESETS.strict });
    expect(audit.before).toMatchObject(POLICY_PRESETS.default);

    // Nobody else's policy changed.
    expect((await h.api('GET', '/api/v1/access/settings', { auth: betaAdmin })).body).toEqual({ ...POLICY_PRESETS.default, partnerDelegable: null });
  });

  it('changes some fields, keeps the others, and refuses an out-of-range or unknown one', async () => {
    // The settings also hold the partner groups' bound (null: the default), see partner-groups.test.ts.
    const custom = { ...POLICY_PRESETS.default, sessionHours: 48, mfaRequired: true, partnerDelegable: null };
    const stored = await h.api('PATCH', '/api/v1/access/settings', { auth: deltaAdmin, body: custom });
    expect(stored.status, stored.text).toBe(200);
    expect((await h.api('GET', '/api/v1/access/settings', { auth: deltaAdmin })).body).toEqual(custom);
    const partial = await h.api('PATCH', '/api/v1/access/settings', { auth: deltaAdmin, body: { codeAttempts: 4 } });
    expect(partial.body).toEqual({ ...custom, codeAttempts: 4 });
    await h.api('PATCH', '/api/v1/access/settings', { auth: deltaAdmin, body: { codeAttempts: custom.codeAttempts } });

    expect((await h.api('PATCH', '/api/v1/access/settings', { auth: deltaAdmin, body: { codeAttempts: 0 } })).status).toBe(400);
    expect((await h.api('PATCH', '/api/v1/access/settings', { auth: deltaAdmin, body: { preset: 'lax' } })).status).toBe(400);
    expect((await h.api('PATCH', '/api/v1/access/settings', { auth: deltaAdmin, body: {} })).status).toBe(400);
    expect((await h.api('GET', '/api/v1/access/settings', { auth: deltaAdmin })).body).toEqual(custom);
  });

  it('is changed only by the tenant’s staff', async () => {
    const member = h.member(delta, [P.tenantManage]);
    expect((await h.api('PATCH', '/api/v1/access/settings', { auth: member, body: POLICY_PRESETS.default })).status).toBe(403);
    expect((await h.api('PATCH', '/api/v1/access/settings', { auth: h.staff(delta, [P.self]), body: POLICY_PRESETS.default })).status).toBe(403);
  });
});

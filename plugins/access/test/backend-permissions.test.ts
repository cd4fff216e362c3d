/**
 * Backend permissions: what only a tenant's backend may do (push its data feed), through a secret API
 * key whose scopes name the permission — never a person, whatever their role or groups, and never an
 * embed token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definePlugin, defineRoute, Type } from '@portico/core';
import { createRegistry } from '@portico/server';
import { signedInPerson, startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '../src/index.js';

/** A plugin with a feed route that only a backend may call. */
const feedPlugin = definePlugin({
  id: 'feedy',
  version: '0.0.0',
  requires: ['access'],
  audit: { actions: { 'feedy.records.pushed': { en: 'Records pushed', fr: 'Enregistrements envoyés', es: 'Registros enviados' } } },
  permissions: { 'feedy.push': { description: 'Push records from the tenant’s own systems', backend: true } },
  routes: {
    v1: [
      defineRoute({
        method: 'POST',
        path: '/feedy/records',
        name: 'records.push',
        summary: 'Push records',
        permission: 'feedy.push',
        schemas: { body: Type.Object({ count: Type.Integer({ minimum: 1 }) }, { examples: [{ count: 1 }] }) },
        async handler({ body, actor, audit }) {
          await audit({ action: 'feedy.records.pushed', targetType: 'record', after: { count: body.count, by: actor!.via } });
          return { accepted: body.count };
        },
      }),
    ],
  },
});

describe('backend permissions', () => {
  let h: Harness;
  let alpha: TestTenant;
  let admin: Awaited<ReturnType<typeof signedInPerson>>;

  const newKey = async (scopes?: string[]) => {
    const answer = await h.api('POST', '/api/v1/access/api-keys', { headers: admin.headers(), body: { name: `key ${Math.random()}`, ...(scopes ? { scopes } : {}) } });
    expect(answer.status, answer.text).toBe(201);
    return answer.body.key as string;
  };

  beforeAll(async () => {
    h = await startHarness({ plugins: [accessPlugin, feedPlugin], config: { defaultTenant: 'alpha' } });
    alpha = await h.tenant('alpha');
    admin = await signedInPerson(h, alpha.id, { kind: 'staff', role: 'tenant_admin', secondFactorProven: true });
  });
  afterAll(() => h?.close());

  it('are held by an API key whose scopes name them, and not by a key of the default scopes', async () => {
    const push = (key: string) => h.api('POST', '/api/v1/feedy/records', { auth: `Bearer ${key}`, body: { count: 3 } });
    const feedKey = await newKey(['feedy.push']);
    const pushed = await push(feedKey);
    expect(pushed.status, pushed.text).toBe(201);
    expect(pushed.body).toEqual({ accepted: 3 });
    expect((await push(await newKey())).status).toBe(403);
    expect((await push(await newKey(['access.self']))).status).toBe(403);
  });

  it('are held by no person: not a tenant admin, not through an access group, which refuses them', async () => {
    expect((await h.api('POST', '/api/v1/feedy/records', { headers: admin.headers(), body: { count: 1 } })).status).toBe(403);
    const group = await h.api('POST', '/api/v1/access/groups', { headers: admin.headers(), body: { name: 'Feeders', audience: 'staff', permissions: ['access.self', 'feedy.push'] } });
    expect(group.status).toBe(400);
    expect(group.body.errors).toEqual([expect.objectContaining({ field: '/permissions/1' })]);
    // Even a group that holds one (written before the rule, say) grants nothing.
    const holder = await signedInPerson(h, alpha.id, { kind: 'staff', role: 'tenant_admin', permissions: ['feedy.push'], secondFactorProven: true });
    const session = await h.api('GET', '/api/v1/access/session', { headers: holder.headers() });
    expect(session.body.permissions).not.toContain('feedy.push');
  });

  it('cannot be granted to a role by the plugin that declares it', () => {
    const granting = definePlugin({ id: 'bad', version: '0', permissions: { 'bad.push': { description: 'x', backend: true, grantedTo: ['tenant_admin'] } } });
    expect(() => createRegistry([granting])).toThrow(/backend permission/);
  });
});

/**
 * The functions access exports for other plugins, called from another plugin's own routes as the
 * team plugin calls them: access's rules, locks and audit apply; nothing of access's is emitted from
 * the caller (a plugin may emit only its own events).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definePlugin, IdParams, pluginTypes, Type } from '@portico/core';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin, endSessionsOf, invitePerson, removePerson, resendInvite } from '../src/index.js';
import { signedInPerson, sessionFor, type TestPerson } from '@portico/testing';

const rosterEvents = { 'roster.person.invited': Type.Object({ personId: Type.String() }) };
const { defineRoute } = pluginTypes({ events: rosterEvents });

const rosterPlugin = definePlugin({
  id: 'roster',
  version: '0.0.0',
  requires: ['access'],
  audit: { actions: { 'roster.person.signed-out': { en: 'Signed out by the roster', fr: 'Déconnecté par l’annuaire', es: 'Sesión cerrada por el directorio' } } },
  permissions: { 'roster.manage': { description: 'Manage the roster', grantedTo: ['partner_admin'] } },
  events: { emits: rosterEvents },
  routes: {
    v1: [
      defineRoute({
        method: 'POST',
        path: '/roster',
        name: 'invite',
        summary: 'Invite through access',
        permission: 'roster.manage',
        schemas: { body: Type.Object({ email: Type.String(), name: Type.String(), role: Type.String() }, { examples: [{ email: 'a@b.test', name: 'A', role: 'partner_user' }] }) },
        async handler(ctx) {
          const person = await invitePerson(ctx, ctx.body);
          await ctx.emit('roster.person.invited', { personId: person.id });
          return person;
        },
      }),
      defineRoute({
        method: 'POST',
        path: '/roster/:id/resend',
        name: 'resend',
        summary: 'Resend through access',
        permission: 'roster.manage',
        status: 200,
        schemas: { params: IdParams },
        handler: (ctx) => resendInvite(ctx, ctx.params.id),
      }),
      defineRoute({
        method: 'POST',
        path: '/roster/:id/sign-out',
        name: 'signOut',
        summary: 'End a person’s sessions',
        permission: 'roster.manage',
        status: 200,
        schemas: { params: IdParams },
        async handler(ctx) {
          const ended = await endSessionsOf(ctx.db, ctx.params.id);
          await ctx.audit({ action: 'roster.person.signed-out', targetType: 'person', targetId: ctx.params.id, after: ended });
          return ended;
        },
      }),
      defineRoute({
        method: 'DELETE',
        path: '/roster/:id',
        name: 'remove',
        summary: 'Remove through access',
        permission: 'roster.manage',
        schemas: { params: IdParams },
        handler: (ctx) => removePerson(ctx, ctx.params.id),
      }),
    ],
  },
});

let h: Harness;
let alpha: TestTenant;
let beta: TestTenant;
let admin: TestPerson;

beforeAll(async () => {
  h = await startHarness({ plugins: [accessPlugin, rosterPlugin] });
  alpha = await h.tenant('alpha');
  beta = await h.tenant('beta');
  admin = await signedInPerson(h, alpha.id, { kind: 'member', role: 'partner_admin', partnerId: alpha.partnerId });
});
afterAll(() => h?.close());

const call = (method: string, path: string, body?: unknown, who = admin) => h.api(method, `/api/v1${path}`, { headers: who.headers(), body });

describe('the public API of access', () => {
  it('invites into the caller’s organisation with access’s rules and audit, mails the link, and emits only the caller’s event', async () => {
    const answer = await call('POST', '/roster', { email: 'Newcomer@Alpha.test', name: 'Newcomer', role: 'partner_user' });
    expect(answer.status, answer.text).toBe(201);
    expect(answer.body).toMatchObject({ email: 'newcomer@alpha.test', status: 'invited', partnerId: alpha.partnerId, role: 'partner_user' });
    const knex = h.server.database.knex;
    expect(await knex('audit_events').where({ action: 'access.person.invited', targetId: answer.body.id }).first()).toMatchObject({ actorPersonId: admin.personId });
    expect(await knex('outbound_mail').where({ tenantId: alpha.id, toAddress: 'newcomer@alpha.test', kind: 'access.invite' }).first()).toBeDefined();
    const events = await knex('outbox_events').where({ tenantId: alpha.id }).whereRaw(`payload->>'personId' = ?`, [answer.body.id]).pluck('type');
    expect(events).toEqual(['roster.person.invited']);

    expect((await call('POST', '/roster', { email: 'newcomer@alpha.test', name: 'Again', role: 'partner_user' })).status).toBe(409);
    expect((await call('POST', '/roster', { email: 'boss@alpha.test', name: 'Boss', role: 'tenant_admin' })).status).toBe(400);
  });

  it('resends an invitation (the old link stops working) and removes a person, within the caller’s reach only', async () => {
    const invited = (await call('POST', '/roster', { email: 'second@alpha.test', name: 'Second', role: 'partner_user' })).body;
    const knex = h.server.database.knex;
    const first = await knex('access_links').where({ personId: invited.id }).first('id');
    expect((await call('POST', `/roster/${invited.id}/resend`)).status).toBe(200);
    expect(await knex('access_links').where({ id: first.id }).first('superseded_at')).toMatchObject({ supersededAt: expect.anything() });

    // Another organisation's person, and another tenant's, are out of reach.
    expect((await call('DELETE', `/roster/${alpha.staffId}`)).status).toBe(404);
    expect((await call('DELETE', `/roster/${beta.memberId}`)).status).toBe(404);
    expect((await call('DELETE', `/roster/${invited.id}`)).status).toBe(204);
    expect(await knex('people').where({ id: invited.id }).first('status')).toEqual({ status: 'removed' });
    expect(await knex('audit_events').where({ action: 'access.person.removed', targetId: invited.id }).first()).toBeDefined();
  });

  it('ends every session of a person at once: their cookies replayed get 401', async () => {
    const laptop = await sessionFor(h, alpha.id, alpha.memberId);
    const phone = await sessionFor(h, alpha.id, alpha.memberId);
    expect((await h.api('GET', '/api/v1/access/profile', { headers: laptop.headers() })).status).toBe(200);
    const ended = await call('POST', `/roster/${alpha.memberId}/sign-out`);
    expect(ended.status, ended.text).toBe(200);
    expect(ended.body.sessionsEnded).toBeGreaterThanOrEqual(2);
    expect((await h.api('GET', '/api/v1/access/profile', { headers: laptop.headers() })).status).toBe(401);
    expect((await h.api('GET', '/api/v1/access/profile', { headers: phone.headers() })).status).toBe(401);
    expect((await h.api('GET', '/api/v1/access/profile', { headers: admin.headers() })).status).toBe(200);
  });
});

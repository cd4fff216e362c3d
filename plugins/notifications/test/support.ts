/**
 * What the notification tests share: a server with access, a `probe` plugin whose route emits an event
 * naming who to tell (so that a test can even name a person of another organisation, as a faulty
 * declaration might), the notifications plugin with a hub the test can count, and people real in the
 * database with a token each.
 */
import { expect } from 'vitest';
import { contribute, defineNotification, definePlugin, defineRoute, notificationKinds, Type, Uuid, type PluginDefinition } from '@portico/core';
import { accessPlugin } from '@portico/plugin-access';
import { asTenant, startHarness, type ApiAnswer, type Harness, type TestTenant } from '@portico/testing';
import { createNotificationsPlugin, LiveHub } from '../src/index.js';

export const probeEvents = {
  'probe.thing.happened': Type.Object({ partnerId: Type.Union([Uuid, Type.Null()]), people: Type.Array(Uuid), n: Type.Integer() }),
};

const happened = defineNotification(probeEvents, 'probe.thing.happened', {
  kind: 'probe.happened',
  label: { en: 'Something happened', fr: 'Il s’est passé quelque chose', es: 'Algo pasó' },
  audience: 'everyone',
  defaultChannel: 'both',
  partnerOf: (event) => event.payload.partnerId,
  recipients: async (event) => event.payload.people,
  message: async (event, recipient) => ({
    title: { en: `Thing ${event.payload.n}`, fr: `Chose ${event.payload.n}`, es: `Cosa ${event.payload.n}` }[recipient.locale],
    body: `Body ${event.payload.n} for ${recipient.name}`,
    link: `/things/${event.payload.n}`,
  }),
});

/** A plugin whose route emits its event, as any plugin's mutation would, and declares who hears of it. */
export const probePlugin: PluginDefinition = definePlugin({
  id: 'probe',
  version: '0.0.0',
  permissions: { 'probe.emit': { description: 'Emit probe events', grantedTo: ['tenant_admin'] } },
  audit: { actions: { 'probe.event.emitted': { en: 'Probe event emitted', fr: 'Événement sonde émis', es: 'Evento de sonda emitido' } } },
  events: { emits: probeEvents },
  contributes: [contribute(notificationKinds, happened)],
  routes: {
    v1: [
      defineRoute({
        method: 'POST',
        path: '/probe/emit',
        name: 'emit',
        summary: 'Emit a probe event',
        permission: 'probe.emit',
        schemas: { body: Type.Object({ partnerId: Type.Union([Uuid, Type.Null()]), people: Type.Array(Uuid), n: Type.Integer() }, { examples: [{ partnerId: null, people: [], n: 1 }] }) },
        async handler(ctx) {
          const body = ctx.body as { partnerId: string | null; people: string[]; n: number };
          await ctx.emit('probe.thing.happened' as never, body as never);
          await ctx.audit({ action: 'probe.event.emitted', targetType: 'probe', targetId: null, partnerId: null, after: { n: body.n } });
        },
      }),
    ],
  },
});

export async function startNotificationsHarness(hub = new LiveHub(), extra: PluginDefinition[] = []): Promise<Harness> {
  return startHarness({
    plugins: [accessPlugin, probePlugin, ...extra, createNotificationsPlugin({ hub, checkEveryMs: 3_600_000, pingEveryMs: 3_600_000 })],
    config: { publicUrl: 'https://partners.example.test', defaultTenant: 'alpha' },
  });
}

export interface Person {
  id: string;
  email: string;
  auth: string;
}

let seq = 0;

/** A person of `partnerId` (null: staff) with `role`, real in the database, and a token with the role's permissions. */
export async function person(h: Harness, t: TestTenant, role: string, partnerId: string | null, locale: string | null = null): Promise<Person> {
  const email = `${role}.${++seq}@${t.slug}.test`;
  const id = await asTenant(h, t.id, async (trx) => {
    const [row] = await trx('people').insert({ tenantId: t.id, kind: partnerId ? 'member' : 'staff', email, name: `${role} ${seq}`, status: 'active', locale }).returning('id');
    await trx('memberships').insert({ tenantId: t.id, personId: row.id, partnerId, role });
    return row.id as string;
  });
  const auth = h.actors.mint({ kind: partnerId ? 'member' : 'staff', tenantId: t.id, personId: id, partnerId, roles: [role], permissions: h.server.registry.permissionsOfRole(role) });
  return { id, email, auth };
}

export async function api(h: Harness, auth: string, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  return h.api(method, `/api/v1${path}`, { auth, ...(body === undefined ? {} : { body }) });
}

export async function ok(answer: Promise<ApiAnswer>, status = 200): Promise<any> {
  const a = await answer;
  expect(a.status, a.text).toBe(status);
  return a.body;
}

export function expectProblem(answer: ApiAnswer, status: number, field?: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  if (field) expect(answer.body.errors).toContainEqual(expect.objectContaining({ field }));
}

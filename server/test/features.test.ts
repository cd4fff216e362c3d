/**
 * Feature gates and extension points, the two ways plugins shape one another without knowing each
 * other: a plugin's route belongs to a feature that another plugin's gate may reserve (billing,
 * tiers), and a plugin reads what others contribute to its extension points.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contribute, defineExtensionPoint, definePlugin, defineRoute, HttpProblem, Type, type PluginDefinition } from '@portico/core';
import { createRegistry, RegistryError } from '@portico/server';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { notesPlugin } from './fixtures/notes-plugin.js';

/** A stand-in for billing: reserves the features its tenant lists, for members, with a way out. */
const paywall = definePlugin({
  id: 'paywall',
  version: '1.0.0',
  permissions: { 'paywall.manage': { description: 'Choose reserved features' } },
  settings: { schema: Type.Object({ reserved: Type.Array(Type.String(), { default: [] }) }), read: 'paywall.manage', manage: 'paywall.manage' },
  gates: [
    {
      id: 'reserved',
      async check({ actor, settings, publicUrl }, feature) {
        const { reserved } = (await settings()) as { reserved: string[] };
        if (!reserved.includes(feature) || actor?.kind === 'staff') return null;
        return new HttpProblem(402, 'billing-required', 'This feature needs an active subscription', {
          detail: 'Set up billing to use it.',
          extensions: { action: { href: `${publicUrl}/billing`, label: 'Set up billing' } },
        });
      },
    },
  ],
});

/** Notes with a bulk route that belongs to the `notes.bulk` feature. */
const gatedNotes: PluginDefinition = {
  ...notesPlugin,
  features: { 'notes.bulk': { description: 'Bulk actions on notes' } },
  audit: { actions: { ...notesPlugin.audit.actions, 'notes.notes.archived': { en: 'Every note archived', fr: 'Toutes les notes archivées', es: 'Todas las notas archivadas' } } },
  routes: {
    v1: [
      ...(notesPlugin.routes?.v1 ?? []),
      defineRoute({
        method: 'POST',
        path: '/notes/bulk-archive',
        name: 'notes.bulk-archive',
        summary: 'Archive every note (a reserved feature)',
        permission: 'notes.write',
        feature: 'notes.bulk',
        schemas: { body: Type.Object({ confirm: Type.Literal(true) }, { examples: [{ confirm: true }] }) },
        async handler({ audit }) {
          await audit({ action: 'notes.notes.archived', targetType: 'note' });
        },
      }),
    ],
  },
};

describe('feature gates', () => {
  let h: Harness;
  let alpha: TestTenant;

  beforeAll(async () => {
    h = await startHarness({ plugins: [gatedNotes, paywall], config: { defaultTenant: 'alpha' } });
    alpha = await h.tenant('alpha');
  });
  afterAll(() => h?.close());

  it('lets a gated route through while no gate reserves its feature, and refuses it with the gate\'s problem once one does, writing nothing', async () => {
    const member = h.member(alpha, ['notes.write']);
    const open = await h.api('POST', '/api/v1/notes/bulk-archive', { auth: member, body: { confirm: true } });
    expect(open.status, open.text).toBe(204);

    await h.updateSettings(alpha, 'paywall', { reserved: ['notes.bulk'] });
    const refused = await h.api('POST', '/api/v1/notes/bulk-archive', { auth: member, body: { confirm: true } });
    expect(refused.status).toBe(402);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ type: expect.stringMatching(/billing-required$/), title: 'This feature needs an active subscription', action: { label: 'Set up billing' } });
    expect(await h.server.database.knex('audit_events').where({ requestId: refused.headers.get('x-request-id') })).toEqual([]);

    // The gate decides who: staff pass; the route's other rules still apply to them.
    expect((await h.api('POST', '/api/v1/notes/bulk-archive', { auth: h.staff(alpha, ['notes.write']), body: { confirm: true } })).status).toBe(204);
    // Routes of no feature are never asked about.
    expect((await h.api('POST', '/api/v1/notes', { auth: member, body: { title: 'Still open' } })).status).toBe(201);
    await h.updateSettings(alpha, 'paywall', { reserved: [] });
  });

  it('tells the portal which features a person may use, and what to do about the others', async () => {
    await h.updateSettings(alpha, 'paywall', { reserved: ['notes.bulk'] });
    try {
      const member = await h.api('GET', '/api/v1/portal/features?keys=notes.bulk', { auth: h.member(alpha, ['notes.read']) });
      expect(member.status, member.text).toBe(200);
      expect(member.body.features['notes.bulk']).toMatchObject({ allowed: false, problem: { status: 402, title: 'This feature needs an active subscription', action: { label: 'Set up billing' } } });
      const staff = await h.api('GET', '/api/v1/portal/features?keys=notes.bulk', { auth: h.staff(alpha, []) });
      expect(staff.body.features).toEqual({ 'notes.bulk': { allowed: true } });
      const unknown = await h.api('GET', '/api/v1/portal/features?keys=notes.bulk,nothing.here');
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ in: 'query', field: '/keys' })]);
    } finally {
      await h.updateSettings(alpha, 'paywall', { reserved: [] });
    }
  });
});

describe('registry: features and extension points', () => {
  const route = (feature: string) =>
    defineRoute({ method: 'GET', path: '/things', name: 'things.list', summary: 'List', permission: 'things.read', feature, schemas: {}, handler: () => ({}) });
  const things = (over: Partial<PluginDefinition>) =>
    definePlugin({ id: 'things', version: '1', permissions: { 'things.read': { description: 'Read' } }, ...over }) as PluginDefinition;

  it('refuses a route of a feature nobody declares, and a feature key not namespaced by its plugin', () => {
    expect(() => createRegistry([things({ routes: { v1: [route('things.bulk')] } })])).toThrow(/feature "things.bulk", which no registered plugin declares/);
    expect(() => createRegistry([things({ features: { 'other.bulk': { description: 'x' } } })])).toThrow(RegistryError);
    expect(() => createRegistry([things({ features: { 'things.bulk': { description: 'x' } }, routes: { v1: [route('things.bulk')] } })])).not.toThrow();
  });

  it('hands a plugin the contributions of the registered plugins to its points, in their order, and refuses a malformed point', () => {
    const summaries = defineExtensionPoint<{ title: string }>('home.summaries');
    const home = definePlugin({ id: 'home', version: '1' });
    const deals = definePlugin({ id: 'deals', version: '1', contributes: [contribute(summaries, { title: 'Deals pending' })] });
    const docs = definePlugin({ id: 'docs', version: '1', contributes: [contribute(summaries, { title: 'New documents' })] });
    const registry = createRegistry([home, deals, docs]);
    expect(registry.extensions.of(summaries)).toEqual([
      { pluginId: 'deals', value: { title: 'Deals pending' } },
      { pluginId: 'docs', value: { title: 'New documents' } },
    ]);
    expect(registry.extensions.of(defineExtensionPoint('home.nothing'))).toEqual([]);
    expect(() => createRegistry([definePlugin({ id: 'odd', version: '1', contributes: [{ point: 'Not A Point', value: 1 }] })])).toThrow(/not an extension point id/);
  });
});

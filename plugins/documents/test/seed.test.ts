import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT, seedDemo } from '@portico/server';
import { startDocuments, type DocumentsHarness } from './fixtures.js';

describe('demo library', () => {
  let h: DocumentsHarness;
  let tenantId: string;
  const as = async (email: string) => {
    const person = await h.server.database.knex('people').where({ tenantId, email }).first('id');
    const membership = await h.server.database.knex('memberships').where({ tenantId, personId: person.id }).first('partnerId', 'role');
    return h.actors.mint({ kind: membership.partnerId ? 'member' : 'staff', tenantId, personId: person.id, partnerId: membership.partnerId, roles: [membership.role], permissions: h.server.registry.permissionsOfRole(membership.role) });
  };
  const titles = async (auth: string) => (await h.api('GET', '/api/v1/documents/spaces', { auth })).body.items.map((s: any) => s.title).sort();

  beforeAll(async () => {
    h = await startDocuments();
    const log = { info() {}, warn() {}, error() {}, debug() {} };
    ({ tenantId } = await seedDemo(h.server.database.knex, h.server.registry, h.db.appRole, log, { ...DEMO_TENANT, slug: 'demo-docs', domains: ['demo-docs.test'] }));
  });
  afterAll(() => h?.close());

  it('gates the demo spaces differently by tier, partner and role', async () => {
    expect(await titles(await as('paul@acme.example'))).toEqual(['Brand and logos', 'Gold partner roadmap', 'Sales playbook']);
    expect(await titles(await as('uma@acme.example'))).toEqual(['Brand and logos']);
    expect(await titles(await as('chloe@globex.example'))).toEqual(['Brand and logos', 'Globex onboarding', 'Sales playbook']);
  });

  it('serves real files, one of them in its second version', async () => {
    const auth = await as('paul@acme.example');
    const items = (await h.api('GET', '/api/v1/documents/library?q=price', { auth })).body.items.filter((f: any) => f.name === 'Price list.pdf');
    expect(items[0]).toMatchObject({ name: 'Price list.pdf', version: 2, contentType: 'application/pdf' });
    const response = await fetch(`${h.url}/api/v1/documents/spaces/${items[0].spaceId}/files/${items[0].id}/content`, { headers: { authorization: auth } });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('Price list - Q2');
    // "logo" also matches the brand guide's description; the seeded logo is the one named so.
    const logo = (await h.api('GET', '/api/v1/documents/library?q=logo', { auth })).body.items.find((f: any) => f.name === 'Northwind logo.png');
    const png = await fetch(`${h.url}/api/v1/documents/spaces/${logo.spaceId}/files/${logo.id}/content`, { headers: { authorization: auth } });
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
  });
});

/**
 * The demo tenant's questions, seeded by `portico seed-demo`, read back through the API as its people.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '@portico/testing';
import { seedDemo } from '@portico/server';
import { sessionFor } from '@portico/testing';
import { startQuestionsHarness } from './support.js';

describe('demo questions', () => {
  let h: Harness;
  let tenantId: string;

  beforeAll(async () => {
    h = await startQuestionsHarness();
    ({ tenantId } = await seedDemo(h.server.database.knex, h.server.registry, h.db.appRole, h.server.log));
  });
  afterAll(() => h?.close());

  const signIn = async (email: string) => {
    const { id } = await h.server.database.knex('people').where({ tenantId, email }).first('id');
    return sessionFor(h, tenantId, id);
  };

  it('shows Acme its questions, one answered and then updated, with both versions', async () => {
    const tara = await signIn('tara@acme.example');
    const list = await h.api('GET', '/api/v1/questions', { headers: tara.headers() });
    expect(list.status, list.text).toBe(200);
    expect(list.body.items.map((q: { subject: string; status: string }) => [q.subject, q.status])).toEqual([
      ['Multi-year discount for this renewal', 'open'],
      ['SAML single sign-on with Azure AD', 'answered'],
      ['EU data residency', 'closed'],
    ]);
    const sso = list.body.items[1];
    expect(sso.answerVersion).toBe(2);
    const history = await h.api('GET', `/api/v1/questions/${sso.id}/answers`, { headers: tara.headers() });
    expect(history.body.items.map((a: { version: number }) => a.version)).toEqual([2, 1]);
    expect(history.body.items[0].bodyHtml).toContain('<em>Update:</em>');
  });

  it('gives support a queue across partners, open questions first', async () => {
    const sofia = await signIn('support@northwind.example');
    const queue = await h.api('GET', '/api/v1/questions', { headers: sofia.headers() });
    expect(queue.body.items.map((q: { status: string }) => q.status)).toEqual(['open', 'open', 'answered', 'closed']);
    expect(new Set(queue.body.items.map((q: { partner: { name: string } }) => q.partner.name))).toEqual(new Set(['Acme Resellers', 'Globex Intégration']));
  });

  it('does not seed its questions twice', async () => {
    await h.seedPlugins({ id: tenantId, slug: 'demo' }, ['questions']);
    const [{ count }] = await h.server.database.knex('questions').where({ tenantId }).count<{ count: string }[]>('id as count');
    expect(Number(count)).toBe(4);
  });
});

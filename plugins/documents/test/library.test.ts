import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestTenant } from '@portico/testing';
import { asTenant } from '@portico/testing';
import { createSpace, pdf, person, replace, startDocuments, upload, type DocumentsHarness, type Person } from './fixtures.js';

describe('library: search and new/updated badges', () => {
  let h: DocumentsHarness;
  let alpha: TestTenant;
  let staff: Person;
  let seller: Person;
  let user: Person;
  let playbook: any;
  let hidden: any;

  const search = async (auth: string, q?: string) => {
    const answer = await h.api('GET', `/api/v1/documents/library${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`, { auth });
    expect(answer.status, answer.text).toBe(200);
    return answer.body.items;
  };
  const names = (items: any[]) => items.map((f) => f.name).sort();

  beforeAll(async () => {
    h = await startDocuments();
    alpha = await h.tenant('alpha');
    staff = await person(h, alpha, 'partner_manager', null);
    seller = await person(h, alpha, 'salesperson', alpha.partnerId);
    user = await person(h, alpha, 'partner_user', alpha.partnerId);
    playbook = await createSpace(h, staff.auth, { title: 'Sales playbook', description: 'Competitive battlecards', allowedRoles: ['salesperson'] });
    hidden = await createSpace(h, staff.auth, { title: 'Engineering', description: 'Integration guides', allowedRoles: ['technical'] });
    await upload(h, staff.auth, playbook.id, { content: pdf(), filename: 'Pricing 2026.pdf', type: 'application/pdf' }, { description: 'Reseller discounts' });
    await upload(h, staff.auth, playbook.id, { content: pdf(), filename: 'Pitch deck.pdf', type: 'application/pdf' });
    await upload(h, staff.auth, hidden.id, { content: pdf(), filename: 'Pricing API.pdf', type: 'application/pdf' });
  });
  afterAll(() => h?.close());

  it('finds files by their name, their description, and their space’s title or description', async () => {
    expect(names(await search(seller.auth, 'pricing'))).toEqual(['Pricing 2026.pdf']);
    expect(names(await search(seller.auth, 'DISCOUNTS'))).toEqual(['Pricing 2026.pdf']);
    expect(names(await search(seller.auth, 'battlecards'))).toEqual(['Pitch deck.pdf', 'Pricing 2026.pdf']);
    expect(names(await search(seller.auth, 'playbook pitch'))).toEqual(['Pitch deck.pdf']);
    expect(await search(seller.auth, '100%')).toEqual([]);
  });

  it('searches only what the person may see', async () => {
    expect(await search(user.auth, 'pricing')).toEqual([]);
    expect(names(await search(staff.auth, 'pricing'))).toEqual(['Pricing 2026.pdf', 'Pricing API.pdf']);
  });

  it('marks files new or updated since the last recorded visit', async () => {
    const reader = await person(h, alpha, 'salesperson', alpha.partnerId);
    // Never visited: everything is new.
    expect((await search(reader.auth)).every((f: any) => f.badge === 'new')).toBe(true);
    const visit = await h.api('POST', '/api/v1/documents/visits', { auth: reader.auth });
    expect(visit.status, visit.text).toBe(200);
    expect(visit.body.previousVisitAt).toBeNull();
    expect((await search(reader.auth)).every((f: any) => f.badge === null)).toBe(true);

    // Time passes between the visit and the staff's changes.
    await asTenant(h, alpha.id, async (trx) => {
      await trx('document_files').where({ tenantId: alpha.id }).update({ createdAt: trx.raw("now() - interval '2 hours'"), versionAt: trx.raw("now() - interval '2 hours'") });
      await trx('document_visits').where({ personId: reader.id }).update({ visitedAt: trx.raw("now() - interval '1 hour'") });
    });
    const pitch = (await search(reader.auth, 'pitch'))[0];
    await replace(h, staff.auth, playbook.id, pitch.id, { content: pdf('Pitch v2'), filename: 'Pitch deck.pdf', type: 'application/pdf' });
    await upload(h, staff.auth, playbook.id, { content: pdf(), filename: 'Objection handling.pdf', type: 'application/pdf' });

    const badges = Object.fromEntries((await search(reader.auth)).map((f: any) => [f.name, f.badge]));
    expect(badges).toEqual({ 'Objection handling.pdf': 'new', 'Pitch deck.pdf': 'updated', 'Pricing 2026.pdf': null });
    const space = (await h.api('GET', `/api/v1/documents/spaces/${playbook.id}`, { auth: reader.auth })).body;
    expect(space).toMatchObject({ fileCount: 3, newFiles: 1, updatedFiles: 1 });

    await h.api('POST', '/api/v1/documents/visits', { auth: reader.auth });
    expect((await search(reader.auth)).every((f: any) => f.badge === null)).toBe(true);
  });

  it('pages through the library with a cursor', async () => {
    const first = await h.api('GET', '/api/v1/documents/library?limit=1', { auth: seller.auth });
    expect(first.body.items.length).toBe(1);
    const second = await h.api('GET', `/api/v1/documents/library?limit=1&cursor=${first.body.nextCursor}`, { auth: seller.auth });
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestTenant } from '@portico/testing';
import { createSpace, fileUrl, person, startDocuments, upload, type DocumentsHarness, type Person } from './fixtures.js';

describe('library: the files of a list of ids', () => {
  let h: DocumentsHarness;
  let alpha: TestTenant;
  let staff: Person;
  let seller: Person;
  const files: Record<string, any> = {};

  const byIds = async (auth: string, ids: string[], more = '') => h.api('GET', `/api/v1/documents/library?ids=${ids.join(',')}${more}`, { auth });
  const names = (items: any[]) => items.map((f) => f.name).sort();

  beforeAll(async () => {
    h = await startDocuments();
    alpha = await h.tenant('alpha');
    const beta = await h.tenant('beta');
    staff = await person(h, alpha, 'partner_manager', null);
    seller = await person(h, alpha, 'salesperson', alpha.partnerId);
    const betaStaff = await person(h, beta, 'partner_manager', null);

    const everyone = await createSpace(h, staff.auth, { title: 'Everyone' });
    const otherPartner = await createSpace(h, staff.auth, { title: 'For partner B', visibility: 'partners', partnerIds: [alpha.otherPartnerId] });
    const technical = await createSpace(h, staff.auth, { title: 'Technical', allowedRoles: ['technical'] });
    const theirs = await createSpace(h, betaStaff.auth, { title: 'Beta’s' });
    const text = (name: string) => ({ content: Buffer.from(`text of ${name}\n`), filename: `${name}.txt`, type: 'text/plain' });
    files.visible = await upload(h, staff.auth, everyone.id, text('visible'));
    files.alsoVisible = await upload(h, staff.auth, everyone.id, text('also visible'));
    files.otherPartner = await upload(h, staff.auth, otherPartner.id, text('other partner'));
    files.otherRole = await upload(h, staff.auth, technical.id, text('other role'));
    files.retired = await upload(h, staff.auth, everyone.id, text('retired'));
    files.otherTenant = await upload(h, betaStaff.auth, theirs.id, text('other tenant'));
    const retired = await h.api('POST', fileUrl(everyone.id, files.retired.id, '/retire'), { auth: staff.auth });
    expect(retired.status, retired.text).toBe(200);
  });
  afterAll(() => h?.close());

  const mixed = () => [
    files.visible.id,
    files.otherPartner.id,
    files.otherRole.id,
    files.retired.id,
    files.otherTenant.id,
    randomUUID(),
    files.alsoVisible.id.toUpperCase(),
  ];

  it('answers a partner only the listed files it can see, the others simply absent', async () => {
    const answer = await byIds(seller.auth, mixed());
    expect(answer.status, answer.text).toBe(200);
    expect(names(answer.body.items)).toEqual(['also visible.txt', 'visible.txt']);
    expect(answer.body.nextCursor).toBeNull();
    expect(answer.body.items[0]).toMatchObject({ spaceTitle: 'Everyone', contentType: 'text/plain' });
    expect(answer.body.items[0]).not.toHaveProperty('downloads');
  });

  it('answers staff every listed file of their tenant, retired ones included as in the library', async () => {
    const answer = await byIds(staff.auth, mixed());
    expect(answer.status, answer.text).toBe(200);
    expect(names(answer.body.items)).toEqual(['also visible.txt', 'other partner.txt', 'other role.txt', 'retired.txt', 'visible.txt']);
  });

  it('answers nothing, not an error, when none of the files is visible', async () => {
    const answer = await byIds(seller.auth, [files.otherRole.id, randomUUID()]);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toEqual({ items: [], nextCursor: null });
  });

  it('combines with the search and with paging', async () => {
    const found = await byIds(seller.auth, mixed(), '&q=also');
    expect(names(found.body.items)).toEqual(['also visible.txt']);
    const first = await byIds(staff.auth, mixed(), '&limit=2');
    expect(first.body.items.length).toBe(2);
    const rest = await byIds(staff.auth, mixed(), `&limit=10&cursor=${first.body.nextCursor}`);
    expect(names([...first.body.items, ...rest.body.items])).toEqual(['also visible.txt', 'other partner.txt', 'other role.txt', 'retired.txt', 'visible.txt']);
  });

  it('refuses a malformed list, naming the field', async () => {
    const tooMany = Array.from({ length: 51 }, () => randomUUID());
    for (const ids of ['not-a-uuid', `${files.visible.id},`, `${files.visible.id},,${files.alsoVisible.id}`, '', tooMany.join(','), `${files.visible.id};${randomUUID()}`]) {
      const answer = await h.api('GET', `/api/v1/documents/library?ids=${encodeURIComponent(ids)}`, { auth: seller.auth });
      expect(answer.status, ids).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect([...new Set(answer.body.errors.map((e: any) => e.field))], ids).toEqual(['/ids']);
    }
    const garbled = await h.api('GET', `/api/v1/documents/library?ids=${'x'.repeat(36)}`, { auth: seller.auth });
    expect(garbled.body.errors).toEqual([{ in: 'query', field: '/ids', message: 'is not in the expected form' }]);
    const fifty = await byIds(seller.auth, [files.visible.id, ...tooMany.slice(0, 49)]);
    expect(fifty.status, fifty.text).toBe(200);
    expect(names(fifty.body.items)).toEqual(['visible.txt']);
  });
});

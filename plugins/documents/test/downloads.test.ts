import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestTenant } from '@portico/testing';
import { contentDisposition } from '../src/download.js';
import { createSpace, fileUrl, pdf, person, replace, startDocuments, upload, type DocumentsHarness, type Person } from './fixtures.js';

describe('downloads, versions and retirement', () => {
  let h: DocumentsHarness;
  let alpha: TestTenant;
  let staff: Person;
  let seller: Person;
  let rival: Person;
  let space: any;
  let file: any;
  const first = pdf('Price list - first edition');

  const get = (url: string, auth: string, headers: Record<string, string> = {}) => fetch(h.url + url, { headers: { authorization: auth, ...headers } });

  beforeAll(async () => {
    h = await startDocuments();
    alpha = await h.tenant('alpha');
    staff = await person(h, alpha, 'partner_manager', null);
    seller = await person(h, alpha, 'salesperson', alpha.partnerId);
    rival = await person(h, alpha, 'salesperson', alpha.otherPartnerId);
    space = await createSpace(h, staff.auth, { title: 'Sales' });
    file = await upload(h, staff.auth, space.id, { content: first, filename: 'Prix & tarifs – 2026 (final).pdf', type: 'application/pdf' });
  });
  afterAll(() => h?.close());

  it('streams the bytes as an attachment with an RFC 5987 name, a strong ETag and nosniff', async () => {
    const response = await get(fileUrl(space.id, file.id, '/content'), seller.auth);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(first);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(first.length));
    expect(response.headers.get('etag')).toBe(`"${createHash('sha256').update(first).digest('hex')}"`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toBe(`attachment; filename="Prix & tarifs _ 2026 (final).pdf"; filename*=UTF-8''Prix%20%26%20tarifs%20%E2%80%93%202026%20%28final%29.pdf`);
    expect(contentDisposition('say "hi"\\.txt')).toBe(`attachment; filename="say _hi__.txt"; filename*=UTF-8''say%20%22hi%22%5C.txt`);
  });

  it('answers 304 to a matching If-None-Match, without counting a download', async () => {
    const etag = (await get(fileUrl(space.id, file.id, '/content'), seller.auth)).headers.get('etag')!;
    const before = await h.server.database.knex('document_downloads').where({ fileId: file.id }).count<{ count: string }[]>('* as count');
    const response = await get(fileUrl(space.id, file.id, '/content'), seller.auth, { 'if-none-match': `"other", ${etag}` });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe('');
    const after = await h.server.database.knex('document_downloads').where({ fileId: file.id }).count<{ count: string }[]>('* as count');
    expect(after[0].count).toBe(before[0].count);
  });

  it('serves one byte range with 206 and Content-Range; an unsatisfiable range is 416', async () => {
    const part = await get(fileUrl(space.id, file.id, '/content'), seller.auth, { range: 'bytes=5-14' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 5-14/${first.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(first.subarray(5, 15));
    const suffix = await get(fileUrl(space.id, file.id, '/content'), seller.auth, { range: 'bytes=-6' });
    expect(suffix.status).toBe(206);
    expect(await suffix.text()).toBe(first.subarray(first.length - 6).toString('latin1'));
    const beyond = await get(fileUrl(space.id, file.id, '/content'), seller.auth, { range: `bytes=${first.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${first.length}`);
    expect((await get(fileUrl(space.id, file.id, '/content'), seller.auth, { range: 'bytes=9-3' })).status).toBe(416);
    expect((await get(fileUrl(space.id, file.id, '/content'), seller.auth, { range: 'lines=1-2' })).status).toBe(416);
  });

  it('audits each download and counts it per partner for staff', async () => {
    const own = await upload(h, staff.auth, space.id, { content: pdf('Counted'), filename: 'Counted.pdf', type: 'application/pdf' });
    for (const who of [seller, seller, rival]) {
      const response = await get(fileUrl(space.id, own.id, '/content'), who.auth);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    const audits = await h.server.database.knex('audit_events').where({ action: 'documents.file.downloaded', targetId: own.id });
    expect(audits.length).toBe(3);
    // Each is announced too (onboarding's "read the partner guide", webhooks), naming who downloaded.
    const announced = await h.server.database.knex('outbox_events').where({ type: 'documents.document.downloaded' }).whereRaw("payload->>'fileId' = ?", [own.id]);
    expect(announced.map((e: any) => e.payload.personId).sort()).toEqual([seller.id, seller.id, rival.id].sort());
    expect(audits.filter((a: any) => a.partnerId === alpha.partnerId).length).toBe(2);
    const counts = await h.api('GET', fileUrl(space.id, own.id, '/downloads'), { auth: staff.auth });
    expect(counts.status, counts.text).toBe(200);
    expect(counts.body).toMatchObject({ total: 3, staff: 0 });
    expect(counts.body.partners).toEqual([
      { partnerId: alpha.partnerId, partnerName: 'alpha partner', count: 2 },
      { partnerId: alpha.otherPartnerId, partnerName: 'alpha other partner', count: 1 },
    ]);
    const listed = await h.api('GET', fileUrl(space.id, own.id), { auth: staff.auth });
    expect(listed.body.downloads).toBe(3);
    expect((await h.api('GET', fileUrl(space.id, own.id, '/downloads'), { auth: seller.auth })).status).toBe(403);
  });

  it('serves a replaced file in its new version, and lists the old one for staff only', async () => {
    const doc = await upload(h, staff.auth, space.id, { content: pdf('Edition 1'), filename: 'Edition.pdf', type: 'application/pdf' });
    const second = pdf('Edition 2, with more text');
    const version = await replace(h, staff.auth, space.id, doc.id, { content: second, filename: 'Edition v2.pdf', type: 'application/pdf' });
    expect(version).toMatchObject({ number: 2, current: true, name: 'Edition v2.pdf', size: second.length });

    const served = await get(fileUrl(space.id, doc.id, '/content'), seller.auth);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(second);
    expect((await h.api('GET', fileUrl(space.id, doc.id), { auth: seller.auth })).body).toMatchObject({ version: 2, versionId: version.id, size: second.length });

    const versions = await h.api('GET', fileUrl(space.id, doc.id, '/versions'), { auth: staff.auth });
    expect(versions.body.items.map((v: any) => [v.number, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    const old = versions.body.items[1];
    const oldContent = await get(fileUrl(space.id, doc.id, `/versions/${old.id}/content`), staff.auth);
    expect(oldContent.status).toBe(200);
    expect(Buffer.from(await oldContent.arrayBuffer())).toEqual(pdf('Edition 1'));
    expect((await get(fileUrl(space.id, doc.id, `/versions/${old.id}/content`), seller.auth)).status).toBe(403);
    const partnerWithManage = h.member(alpha, ['documents.read', 'documents.manage']);
    expect((await h.api('GET', fileUrl(space.id, doc.id, '/versions'), { auth: partnerWithManage })).status).toBe(403);
  });

  it('retiring hides a file from partners (lists, reads, downloads, search); staff still see it; restoring brings it back', async () => {
    const doc = await upload(h, staff.auth, space.id, { content: pdf('Old brochure'), filename: 'Old brochure.pdf', type: 'application/pdf' });
    const retired = await h.api('POST', fileUrl(space.id, doc.id, '/retire'), { auth: staff.auth });
    expect(retired.status, retired.text).toBe(200);
    expect(retired.body.retiredAt).toEqual(expect.any(String));

    const names = async (auth: string) => (await h.api('GET', `/api/v1/documents/spaces/${space.id}/files`, { auth })).body.items.map((f: any) => f.name);
    expect(await names(seller.auth)).not.toContain('Old brochure.pdf');
    expect(await names(staff.auth)).toContain('Old brochure.pdf');
    expect((await h.api('GET', fileUrl(space.id, doc.id), { auth: seller.auth })).status).toBe(404);
    expect((await get(fileUrl(space.id, doc.id, '/content'), seller.auth)).status).toBe(404);
    expect((await h.api('GET', '/api/v1/documents/library?q=brochure', { auth: seller.auth })).body.items).toEqual([]);
    expect((await h.api('POST', fileUrl(space.id, doc.id, '/versions'), { auth: staff.auth })).status).toBe(415);

    const restored = await h.api('POST', fileUrl(space.id, doc.id, '/restore'), { auth: staff.auth });
    expect(restored.body.retiredAt).toBeNull();
    expect(await names(seller.auth)).toContain('Old brochure.pdf');
    const actions = (await h.server.database.knex('audit_events').where({ targetId: doc.id })).map((a: any) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['documents.file.retired', 'documents.file.restored']));
  });
});

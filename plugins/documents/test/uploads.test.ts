import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestTenant } from '@portico/testing';
import { sanitiseFileName } from '../src/upload.js';
import { createSpace, fileUrl, pdf, person, png, sendMultipart, startDocuments, storedFiles, upload, type DocumentsHarness, type Person } from './fixtures.js';

/** A Windows executable's first bytes: what file-type recognises as application/x-msdownload. */
function exe(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

describe('uploads: streamed, limited, sniffed, safely named', () => {
  let h: DocumentsHarness;
  let alpha: TestTenant;
  let staff: Person;
  let space: any;
  const uploadTo = (parts: Parameters<typeof sendMultipart>[4], auth = staff.auth) => sendMultipart(h, 'POST', `/api/v1/documents/spaces/${space.id}/files`, auth, parts);
  const fileRows = () => h.server.database.knex('document_files').where({ spaceId: space.id }).count<{ count: string }[]>('* as count').then((r) => Number(r[0].count));

  beforeAll(async () => {
    h = await startDocuments();
    alpha = await h.tenant('alpha');
    staff = await person(h, alpha, 'partner_manager', null);
    space = await createSpace(h, staff.auth, { title: 'Uploads' });
  });
  afterAll(() => h?.close());

  it('stores a PDF under a key of its own, with its size and recognised type', async () => {
    const content = pdf('Hello');
    const file = await upload(h, staff.auth, space.id, { content, filename: 'Hello.pdf', type: 'application/pdf' }, { description: 'A greeting' });
    expect(file).toMatchObject({ name: 'Hello.pdf', description: 'A greeting', contentType: 'application/pdf', size: content.length, version: 1, spaceTitle: 'Uploads' });
    const [version] = await h.server.database.knex('document_versions').where({ fileId: file.id });
    expect(version.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(await storedFiles(h)).toContain(version.storageKey);
  });

  it('never lets a file name choose where the bytes go: traversal, control characters and length are cleaned', async () => {
    const before = await storedFiles(h);
    const cases: [string, string][] = [
      ['../../../etc/passwd.pdf', 'passwd.pdf'],
      ['..\\..\\Windows\\system.ini.pdf', 'system.ini.pdf'],
      ['/absolute/path/report.pdf', 'report.pdf'],
      ['evil\u202ename\u200f.pdf', 'evilname.pdf'],
      ['..', 'file'],
      [`${'a'.repeat(300)}.pdf`, `${'a'.repeat(196)}.pdf`],
    ];
    for (const [given, kept] of cases) {
      const file = await upload(h, staff.auth, space.id, { content: pdf(), filename: given, type: 'application/pdf' });
      expect(file.name, given).toBe(kept);
    }
    const after = await storedFiles(h);
    expect(after.length).toBe(before.length + cases.length);
    for (const key of after) expect(key).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/);
  });

  it('cleans names of every control character, whatever the route', () => {
    expect(sanitiseFileName('a\u0000b\u0007c\u001b[31m\u0085.pdf')).toBe('abc[31m.pdf');
    expect(sanitiseFileName('   .hidden  ')).toBe('hidden');
    expect(sanitiseFileName('C:\\Users\\me\\Desktop\\plan.docx')).toBe('plan.docx');
    expect(sanitiseFileName('')).toBe('file');
  });

  it('refuses a raw control character in a part header as a malformed body (400), keeping nothing', async () => {
    const before = await storedFiles(h);
    const answer = await uploadTo({ file: { content: pdf(), filename: 'bell\u0007.pdf', type: 'application/pdf' } });
    expect(answer.status).toBe(400);
    expect(await storedFiles(h)).toEqual(before);
  });

  it('cleans a display name given in the form too', async () => {
    const file = await upload(h, staff.auth, space.id, { content: pdf(), filename: 'x.pdf', type: 'application/pdf' }, { name: '../secret/Plan\u0007.pdf' });
    expect(file.name).toBe('Plan.pdf');
  });

  it('refuses settings out of their schema with 400 naming the field, and changes nothing', async () => {
    const auth = h.staff(alpha, ['documents.settings.manage']);
    const before = (await h.api('GET', '/api/v1/documents/settings', { auth })).body;
    for (const [body, field] of [[{ maxUploadBytes: 0 }, '/maxUploadBytes'], [{ acceptedTypes: [] }, '/acceptedTypes'], [{ acceptedTypes: ['pdf'] }, '/acceptedTypes/0']] as const) {
      const answer = await h.api('PATCH', '/api/v1/documents/settings', { auth, body });
      expect(answer.status, answer.text).toBe(400);
      expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await h.api('PATCH', '/api/v1/documents/settings', { auth, body: {} })).status).toBe(400);
    expect((await h.api('GET', '/api/v1/documents/settings', { auth })).body).toEqual(before);
  });

  it('refuses a file over the tenant’s limit with 413, and keeps nothing', async () => {
    const set = await h.api('PATCH', '/api/v1/documents/settings', { auth: h.staff(alpha, ['documents.settings.manage']), body: { maxUploadBytes: 2000, acceptedTypes: ['application/pdf', 'image/png', 'text/plain'] } });
    expect(set.status, set.text).toBe(200);
    const storedBefore = await storedFiles(h);
    const rowsBefore = await fileRows();
    const big = Buffer.concat([pdf(), Buffer.alloc(200_000, 0x20)]);
    const answer = await uploadTo({ file: { content: big, filename: 'big.pdf', type: 'application/pdf' } });
    expect(answer.status, answer.text).toBe(413);
    expect(answer.headers.get('content-type')).toMatch(/problem\+json/);
    expect(answer.body.errors[0].field).toBe('/file');
    expect(await storedFiles(h)).toEqual(storedBefore);
    expect(await fileRows()).toBe(rowsBefore);
    // Within the limit, it goes through.
    expect((await uploadTo({ file: { content: pdf(), filename: 'small.pdf', type: 'application/pdf' } })).status).toBe(201);
    await h.api('PATCH', '/api/v1/documents/settings', { auth: h.staff(alpha, ['documents.settings.manage']), body: { maxUploadBytes: 100 * 1024 * 1024, acceptedTypes: ['application/pdf', 'image/png', 'text/plain', 'text/csv'] } });
  });

  it('refuses an executable declared as a PDF (415), and keeps nothing', async () => {
    const storedBefore = await storedFiles(h);
    const answer = await uploadTo({ file: { content: exe(), filename: 'invoice.pdf', type: 'application/pdf' } });
    expect(answer.status, answer.text).toBe(415);
    expect(answer.body.detail).toMatch(/x-msdownload/);
    expect(await storedFiles(h)).toEqual(storedBefore);
  });

  it('refuses a file whose bytes are another accepted type than it claims', async () => {
    const png_as_pdf = await uploadTo({ file: { content: png(), filename: 'chart.pdf', type: 'application/pdf' } });
    expect(png_as_pdf.status).toBe(415);
    expect(png_as_pdf.body.detail).toMatch(/claims to be application\/pdf but its content is image\/png/);
    const ok = await uploadTo({ file: { content: png(), filename: 'chart.png', type: 'image/png' } });
    expect(ok.status).toBe(201);
    expect(ok.body.contentType).toBe('image/png');
  });

  it('recognises the type from the bytes when the browser declares none', async () => {
    const answer = await uploadTo({ file: { content: png(), filename: 'logo', type: 'application/octet-stream' } });
    expect(answer.status).toBe(201);
    expect(answer.body.contentType).toBe('image/png');
  });

  it('refuses a type the tenant does not accept, and an empty file', async () => {
    const svg = await uploadTo({ file: { content: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', filename: 'x.svg', type: 'image/svg+xml' } });
    expect(svg.status).toBe(415);
    const empty = await uploadTo({ file: { content: Buffer.alloc(0), filename: 'empty.txt', type: 'text/plain' } });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('/file');
  });

  it('answers 400 naming the field when the file part is missing or a field is unknown', async () => {
    const missing = await uploadTo({ description: 'no file' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toContainEqual(expect.objectContaining({ field: '/file' }));
    const storedBefore = await storedFiles(h);
    const unknown = await uploadTo({ file: { content: pdf(), filename: 'a.pdf', type: 'application/pdf' }, colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toContainEqual(expect.objectContaining({ field: '/colour' }));
    expect(await storedFiles(h)).toEqual(storedBefore);
  });

  it('refuses JSON on an upload route with 415', async () => {
    const answer = await h.api('POST', `/api/v1/documents/spaces/${space.id}/files`, { auth: staff.auth, body: { file: 'x' } });
    expect(answer.status).toBe(415);
  });

  it('keeps nothing for an upload into a space that does not exist, or by a partner', async () => {
    const storedBefore = await storedFiles(h);
    const nowhere = await sendMultipart(h, 'POST', '/api/v1/documents/spaces/00000000-0000-4000-8000-000000000000/files', staff.auth, { file: { content: pdf(), filename: 'a.pdf', type: 'application/pdf' } });
    expect(nowhere.status).toBe(404);
    const member = await person(h, alpha, 'salesperson', alpha.partnerId);
    expect((await uploadTo({ file: { content: pdf(), filename: 'a.pdf', type: 'application/pdf' } }, member.auth)).status).toBe(403);
    expect((await sendMultipart(h, 'POST', `/api/v1/documents/spaces/${space.id}/files`, undefined, { file: { content: pdf(), filename: 'a.pdf', type: 'application/pdf' } })).status).toBe(401);
    expect(await storedFiles(h)).toEqual(storedBefore);
  });

  it('audits an upload', async () => {
    const file = await upload(h, staff.auth, space.id);
    const events = await h.server.database.knex('audit_events').where({ targetId: file.id });
    expect(events.map((e: any) => e.action)).toContain('documents.file.uploaded');
    expect((await h.api('GET', fileUrl(space.id, file.id), { auth: staff.auth })).status).toBe(200);
  });
});

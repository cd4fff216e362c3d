/**
 * Malformed multipart bodies on the upload routes, sent byte for byte as an attacker would (not
 * through FormData, which only makes well-formed ones): each is answered 4xx problem+json, nothing
 * is left in storage, and the server goes on answering — a request must never end the process.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestTenant } from '@portico/testing';
import { createSpace, pdf, person, startDocuments, storedFiles, upload, type DocumentsHarness, type Person } from './fixtures.js';

const BOUNDARY = 'portico-fuzz-boundary';

function filePart(name: string | null, filename: string, content: Buffer | string, type = 'application/pdf'): Buffer {
  const disposition = name === null ? `form-data; filename="${filename}"` : `form-data; name="${name}"; filename="${filename}"`;
  return Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\nContent-Type: ${type}\r\n\r\n`), Buffer.from(content), Buffer.from('\r\n')]);
}

function textPart(name: string | null, text: string): Buffer {
  const disposition = name === null ? 'form-data' : `form-data; name="${name}"`;
  return Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n\r\n${text}\r\n`);
}

const closing = Buffer.from(`--${BOUNDARY}--\r\n`);

describe('uploads: a malformed multipart body is a 4xx, never a crash', () => {
  let h: DocumentsHarness;
  let alpha: TestTenant;
  let staff: Person;
  let space: any;
  let existing: any;

  const send = async (path: string, body: Buffer, contentType = `multipart/form-data; boundary=${BOUNDARY}`) => {
    const response = await fetch(h.url + path, { method: 'POST', headers: { authorization: staff.auth, 'content-type': contentType }, body });
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type'), body: text ? JSON.parse(text) : undefined, text };
  };
  const routes = () => [`/api/v1/documents/spaces/${space.id}/files`, `/api/v1/documents/spaces/${space.id}/files/${existing.id}/versions`];

  /** The answer is a 4xx problem, nothing new is stored, and the server still serves an upload. */
  async function refusedAndAlive(answer: Awaited<ReturnType<typeof send>>, status: number, before: string[]) {
    expect(answer.status, answer.text).toBe(status);
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    expect(await storedFiles(h)).toEqual(before);
    const health = await h.api('GET', `/api/v1/documents/spaces/${space.id}/files`, { auth: staff.auth });
    expect(health.status).toBe(200);
  }

  beforeAll(async () => {
    h = await startDocuments();
    alpha = await h.tenant('alpha');
    staff = await person(h, alpha, 'partner_manager', null);
    space = await createSpace(h, staff.auth, { title: 'Malformed' });
    existing = await upload(h, staff.auth, space.id);
  });
  afterAll(() => h?.close());

  it('answers 400 to a body cut off before its closing boundary, keeping no partial file', async () => {
    for (const path of routes()) {
      const before = await storedFiles(h);
      // A file part whose bytes never end: no CRLF, no boundary after them.
      const truncated = Buffer.concat([filePart('file', 'cut.pdf', pdf('Cut off')).subarray(0, -2), Buffer.alloc(10_000, 0x20)]);
      const answer = await send(path, truncated);
      await refusedAndAlive(answer, 400, before);
      expect(answer.body.errors).toContainEqual(expect.objectContaining({ in: 'body', field: '/' }));
      // Cut after a whole part, before the closing boundary.
      await refusedAndAlive(await send(path, filePart('file', 'whole.pdf', pdf())), 400, before);
      // Cut in the middle of a part's headers.
      await refusedAndAlive(await send(path, Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; na`)), 400, before);
    }
    // The server is still whole: a good upload goes through.
    expect((await upload(h, staff.auth, space.id)).name).toBe('Price list.pdf');
  });

  it('keeps no partial file when the client goes away in the middle of a file', async () => {
    const before = await storedFiles(h);
    const url = new URL(h.url);
    const head = filePart('file', 'gone.pdf', pdf('Gone')).subarray(0, -2);
    const socket = net.connect(Number(url.port), url.hostname);
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /api/v1/documents/spaces/${space.id}/files HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: ${staff.auth}\r\n` +
        `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${head.length + 1_000_000}\r\n\r\n`,
    );
    socket.write(Buffer.concat([head, Buffer.alloc(100_000, 0x20)]));
    // The part's bytes have reached storage before the client leaves.
    await vi.waitFor(async () => expect((await storedFiles(h)).length).toBeGreaterThan(before.length), { timeout: 10_000 });
    socket.destroy();
    await vi.waitFor(async () => expect(await storedFiles(h)).toEqual(before), { timeout: 10_000 });
    expect((await h.api('GET', `/api/v1/documents/spaces/${space.id}/files`, { auth: staff.auth })).status).toBe(200);
  });

  it('answers 400 to a multipart body without a boundary, or whose boundary never appears', async () => {
    const before = await storedFiles(h);
    const body = Buffer.concat([filePart('file', 'a.pdf', pdf()), closing]);
    await refusedAndAlive(await send(routes()[0], body, 'multipart/form-data'), 400, before);
    await refusedAndAlive(await send(routes()[0], body, 'multipart/form-data; boundary=something-else'), 400, before);
  });

  it('answers 400 to two files where the route takes one, keeping neither', async () => {
    for (const path of routes()) {
      const before = await storedFiles(h);
      const twice = Buffer.concat([filePart('file', 'a.pdf', pdf('A')), filePart('file', 'b.pdf', pdf('B')), closing]);
      await refusedAndAlive(await send(path, twice), 400, before);
      const another = Buffer.concat([filePart('file', 'a.pdf', pdf('A')), filePart('attachment', 'b.pdf', pdf('B')), closing]);
      await refusedAndAlive(await send(path, another), 400, before);
    }
  });

  it('answers 400 naming the field to a text part larger than the limit', async () => {
    const before = await storedFiles(h);
    const body = Buffer.concat([textPart('description', 'd'.repeat(70 * 1024)), filePart('file', 'a.pdf', pdf()), closing]);
    const answer = await send(routes()[0], body);
    await refusedAndAlive(answer, 400, before);
    expect(answer.body.errors).toContainEqual(expect.objectContaining({ in: 'body', field: '/description' }));
  });

  it('answers 413 to a file larger than the tenant’s limit that is also cut off', async () => {
    const set = await h.api('PATCH', '/api/v1/documents/settings', { auth: h.staff(alpha, ['documents.settings.manage']), body: { maxUploadBytes: 2000, acceptedTypes: ['application/pdf'] } });
    expect(set.status, set.text).toBe(200);
    try {
      const before = await storedFiles(h);
      const body = Buffer.concat([filePart('file', 'big.pdf', Buffer.concat([pdf(), Buffer.alloc(50_000, 0x20)])).subarray(0, -2)]);
      const answer = await send(routes()[0], body);
      expect([400, 413]).toContain(answer.status);
      await refusedAndAlive(answer, answer.status, before);
    } finally {
      await h.api('PATCH', '/api/v1/documents/settings', { auth: h.staff(alpha, ['documents.settings.manage']), body: { maxUploadBytes: 100 * 1024 * 1024, acceptedTypes: ['application/pdf', 'image/png', 'text/plain', 'text/csv'] } });
    }
  });

  it('answers 400 to part headers without a name', async () => {
    for (const path of routes()) {
      const before = await storedFiles(h);
      const nameless = Buffer.concat([filePart(null, 'a.pdf', pdf()), closing]);
      const answer = await send(path, nameless);
      await refusedAndAlive(answer, 400, before);
      expect(answer.body.detail).toMatch(/name/);
      const namelessText = Buffer.concat([textPart(null, 'hello'), filePart('file', 'a.pdf', pdf()), closing]);
      await refusedAndAlive(await send(path, namelessText), 400, before);
    }
  });
});

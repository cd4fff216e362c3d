/**
 * What the documents tests share: a harness with the plugin on a temporary storage folder, people
 * of each partner role with real `people` rows, and short ways to create spaces and upload files.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '@portico/plugin-access';
import { asTenant } from '@portico/testing';
import { demoPdf, demoPng } from '../src/demo-files.js';
import { createDocumentsPlugin } from '../src/index.js';

let seq = 0;

export interface Person {
  id: string;
  auth: string;
}

export interface DocumentsHarness extends Harness {
  /** The storage folder of this harness (a temporary folder). */
  storageRoot: string;
}

export async function startDocuments(): Promise<DocumentsHarness> {
  const storageRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'portico-documents-'));
  const h = await startHarness({ plugins: [accessPlugin, createDocumentsPlugin({ storage: storageRoot })] });
  const closeHarness = h.close;
  return Object.assign(h, {
    storageRoot,
    async close() {
      await closeHarness();
      await fs.rm(storageRoot, { recursive: true, force: true });
    },
  });
}

/** Every file under the storage folder (keys as stored), to prove what was kept. */
export async function storedFiles(h: DocumentsHarness): Promise<string[]> {
  const entries = await fs.readdir(h.storageRoot, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(h.storageRoot, path.join(e.parentPath, e.name)));
}

/** A person of `partnerId` (or staff when null) holding the default permissions of `role`. */
export async function person(h: Harness, t: TestTenant, role: string, partnerId: string | null): Promise<Person> {
  const kind = partnerId ? 'member' : 'staff';
  const id = await asTenant(h, t.id, async (trx) => {
    const [row] = await trx('people').insert({ tenantId: t.id, kind, email: `${role}.${++seq}@${t.slug}.test`, name: `${role} ${seq}`, status: 'active' }).returning('id');
    await trx('memberships').insert({ tenantId: t.id, personId: row.id, partnerId, role });
    return row.id as string;
  });
  const auth = h.actors.mint({ kind, tenantId: t.id, personId: id, partnerId, roles: [role], permissions: h.server.registry.permissionsOfRole(role) });
  return { id, auth };
}

export async function setTier(h: Harness, t: TestTenant, partnerId: string, tier: string | null): Promise<void> {
  await asTenant(h, t.id, (trx) => trx('partners').where({ tenantId: t.id, id: partnerId }).update({ tier }));
}

export async function createSpace(h: Harness, auth: string, body: Record<string, unknown> = {}): Promise<any> {
  const answer = await h.api('POST', '/api/v1/documents/spaces', {
    auth,
    body: { title: `Space ${++seq}`, visibility: 'all', allowedRoles: ['partner_admin', 'principal', 'salesperson', 'technical', 'partner_user'], ...body },
  });
  expect(answer.status, answer.text).toBe(201);
  return answer.body;
}

export interface Part {
  content: Buffer | string;
  filename: string;
  type?: string;
}

/** Sends a multipart form the way a browser does (FormData through fetch). */
export async function sendMultipart(h: Harness, method: string, urlPath: string, auth: string | undefined, parts: Record<string, Part | string>) {
  const form = new FormData();
  for (const [name, part] of Object.entries(parts)) {
    if (typeof part === 'string') form.append(name, part);
    else form.append(name, new Blob([part.content], { type: part.type ?? 'application/octet-stream' }), part.filename);
  }
  const response = await fetch(h.url + urlPath, { method, headers: auth ? { authorization: auth } : {}, body: form });
  const text = await response.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON
  }
  return { status: response.status, headers: response.headers, body, text };
}

export const pdf = (title = 'A document') => demoPdf(title);
export const png = () => demoPng(8, 8, [200, 10, 10]);

export async function upload(h: Harness, auth: string, spaceId: string, file: Part = { content: pdf(), filename: 'Price list.pdf', type: 'application/pdf' }, fields: Record<string, string> = {}): Promise<any> {
  const answer = await sendMultipart(h, 'POST', `/api/v1/documents/spaces/${spaceId}/files`, auth, { ...fields, file });
  expect(answer.status, answer.text).toBe(201);
  return answer.body;
}

export async function replace(h: Harness, auth: string, spaceId: string, fileId: string, file: Part): Promise<any> {
  const answer = await sendMultipart(h, 'POST', `/api/v1/documents/spaces/${spaceId}/files/${fileId}/versions`, auth, { file });
  expect(answer.status, answer.text).toBe(201);
  return answer.body;
}

export const fileUrl = (spaceId: string, fileId: string, rest = '') => `/api/v1/documents/spaces/${spaceId}/files/${fileId}${rest}`;

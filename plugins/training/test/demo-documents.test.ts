import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '@portico/testing';
import { accessPlugin } from '@portico/plugin-access';
import { createDocumentsPlugin } from '@portico/plugin-documents';
import { trainingPlugin } from '../src/index.js';
import { documentPermissions } from '@portico/plugin-documents/public';
import { addMember, catalogOf } from './support.js';

describe('training demo with the documents plugin', () => {
  let h: Harness;
  let storage: string;

  beforeAll(async () => {
    storage = await fs.mkdtemp(path.join(os.tmpdir(), 'portico-training-demo-'));
    h = await startHarness({ plugins: [accessPlugin, createDocumentsPlugin({ storage }), trainingPlugin] });
  });
  afterAll(async () => {
    await h?.close();
    await fs.rm(storage, { recursive: true, force: true });
  });

  it('attaches the demo price list and brand guide to the fundamentals module', async () => {
    const t = await h.tenant('demo-docs');
    await h.seedPlugins(t);
    const person = await addMember(h, t, { role: 'salesperson' });
    const [fundamentals, security] = await catalogOf(h, person.auth);
    const module = await h.api('GET', `/api/v1/training/catalog/${fundamentals.id}`, { auth: person.auth });
    // Named by the documents plugin's own route, as the module page shows them.
    const reader = h.actors.mint({ kind: 'member', tenantId: t.id, personId: person.id, partnerId: person.partnerId, roles: [person.role], permissions: [documentPermissions.read] });
    const files = await h.api('GET', `/api/v1/documents/library?ids=${module.body.documentFileIds.join(',')}`, { auth: reader });
    expect(files.body.items.map((f: { name: string }) => f.name).sort()).toEqual(['Brand guide.pdf', 'Price list.pdf']);
    expect((await h.api('GET', `/api/v1/training/catalog/${security.id}`, { auth: person.auth })).body.documentFileIds).toEqual([]);
  });
});

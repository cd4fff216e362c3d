import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../server/test/support/harness.js';
import { accessPlugin } from '../../access/src/index.js';
import { createDocumentsPlugin } from '../../documents/src/index.js';
import { trainingPlugin } from '../src/index.js';
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
    const names = await h.server.database.knex('document_files').whereIn('id', module.body.documentFileIds).pluck('name');
    expect(names.sort()).toEqual(['Brand guide.pdf', 'Price list.pdf']);
    expect((await h.api('GET', `/api/v1/training/catalog/${security.id}`, { auth: person.auth })).body.documentFileIds).toEqual([]);
  });
});

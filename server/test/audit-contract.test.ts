/**
 * The audit trail as part of the plugin contract (issue 23, item 9): a plugin declares every action it
 * writes, with a label in each language, and how to name its targets. The registry refuses a malformed
 * declaration at start-up; the audit writer refuses an action nobody declares and `before`/`after`
 * that are not plain data (a driver's result, a class instance), whichever route or task writes them;
 * and the boundaries suite finds, in a plugin's sources, the actions no test happens to write.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definePlugin, defineRoute, Type, type PluginDefinition, type RouteContext } from '@portico/core';
import { pluginBoundaryViolations, startHarness, type Harness, type TestTenant } from '@portico/testing';
import { createRegistry, RegistryError } from '../src/registry/registry.js';
import { notPlainData } from '../src/audit.js';

const label = (en: string) => ({ en, fr: `${en} (fr)`, es: `${en} (es)` });

/** What each route of the ledger writes, good or bad. */
const writes: [string, (ctx: RouteContext) => Promise<void>][] = [
  ['declared', async (ctx) => ctx.audit({ action: 'ledger.entry.posted', targetType: 'entry', targetId: '0b8f6a4e-3c1d-4f2a-9e7b-5d6c8a9b0c1d', after: { at: new Date('2030-01-01T00:00:00Z'), lines: [{ amount: 1 }] } })],
  ['undeclared', async (ctx) => ctx.audit({ action: 'ledger.entry.voided', targetType: 'entry' })],
  ['several', async (ctx) => ctx.audit([{ action: 'ledger.entry.posted', targetType: 'entry' }, { action: 'ledger.entry.lost', targetType: 'entry' }])],
  ['driver-result', async (ctx) => ctx.audit({ action: 'ledger.entry.posted', targetType: 'entry', after: { removed: await ctx.db.raw('select 1 as one') } })],
  ['driver-result-shape', async (ctx) => ctx.audit({ action: 'ledger.entry.posted', targetType: 'entry', after: { rows: [], fields: [], affectedRows: 0 } })],
  ['map', async (ctx) => ctx.audit({ action: 'ledger.entry.posted', targetType: 'entry', before: { seen: new Map([['a', 1]]) } })],
];

/** A plugin whose routes each write one kind of audit entry, and a task that writes an undeclared one. */
const ledger = definePlugin({
  id: 'ledger',
  version: '1.0.0',
  permissions: { 'ledger.write': { description: 'Write the ledger', grantedTo: ['tenant_admin'] } },
  settings: { schema: Type.Object({ currency: Type.String({ default: 'EUR' }) }), read: 'ledger.write', manage: 'ledger.write' },
  audit: {
    actions: { 'ledger.entry.posted': label('Entry posted') },
    targets: {
      // Names without reading anything: the id's first block, to show whose namer ran.
      entry: { name: async (_ctx, ids) => new Map(ids.map((id) => [id, `Entry ${id.slice(0, 4)}`])) },
    },
  },
  routes: {
    v1: writes.map(([name, write]) =>
      defineRoute({
        method: 'POST',
        path: `/ledger/${name}`,
        name,
        summary: `Audits: ${name}`,
        permission: 'ledger.write',
        schemas: { body: Type.Object({}, { examples: [{}] }) },
        async handler(ctx) {
          await write(ctx as never);
        },
      }),
    ),
  },
  tasks: [
    {
      name: 'close-books',
      everyMinutes: 60,
      async run(ctx) {
        await ctx.audit({ action: 'ledger.books.closed', targetType: 'tenant', targetId: ctx.tenant.id });
      },
    },
  ],
});

describe('audit declarations in the registry', () => {
  const plugin = (audit: unknown, extra: Partial<PluginDefinition> = {}) => definePlugin({ id: 'ledger', version: '1', audit, ...extra } as PluginDefinition);

  it('refuses an action not named after its plugin, a label missing a language, and a target without a namer', () => {
    expect(() => createRegistry([plugin({ actions: { 'books.entry.posted': label('x') } })])).toThrow(RegistryError);
    expect(() => createRegistry([plugin({ actions: { 'ledger.entry.posted': label('x') } })])).not.toThrow();
    expect(() => createRegistry([plugin({ actions: { 'ledger.Entry Posted': label('x') } })])).toThrow(/name it `ledger.<object>.<verb>`/);
    expect(() => createRegistry([plugin({ actions: { 'ledger.entry.posted': { en: 'Entry posted', fr: 'Écriture passée' } } })])).toThrow(/without a label in es/);
    expect(() => createRegistry([plugin({ actions: { 'ledger.entry.posted': { en: 'Entry posted', fr: ' ', es: 'Asiento' } } })])).toThrow(/without a label in fr/);
    expect(() => createRegistry([plugin({ actions: {}, targets: { entry: {} } })])).toThrow(/audit target "entry"/);
  });

  it('labels a plugin’s settings changes itself, in every language, unless the plugin does', () => {
    const catalog = createRegistry([ledger]).auditCatalog;
    expect(catalog.has('ledger.settings.updated')).toBe(true);
    expect(catalog.label('ledger.settings.updated', 'fr')).toBe('Paramètres modifiés (ledger)');
    expect(catalog.label('ledger.settings.updated', 'es')).toBe('Ajustes modificados (ledger)');
    expect(catalog.label('ledger.entry.posted', 'es')).toBe('Entry posted (es)');
    expect(catalog.label('ledger.entry.voided', 'en')).toBeNull();
    expect(catalog.actions().map((a) => a.action)).toEqual(['ledger.entry.posted', 'ledger.settings.updated']);
    const own = createRegistry([{ ...ledger, audit: { actions: { ...ledger.audit.actions, 'ledger.settings.updated': label('Ledger settings changed') } } }]).auditCatalog;
    expect(own.label('ledger.settings.updated', 'en')).toBe('Ledger settings changed');
  });

  it('tells plain data from what is not', () => {
    expect(notPlainData({ a: [1, 'two', null, true, { b: new Date() }], c: undefined })).toBeNull();
    expect(notPlainData(Object.assign(Object.create(null), { a: 1 }))).toBeNull();
    expect(notPlainData({ result: { rows: [], fields: [], affectedRows: 0 } })).toBe('/result');
    expect(notPlainData({ a: { rows: [{ id: 1 }], command: 'DELETE' } })).toBe('/a');
    expect(notPlainData({ a: [new Map()] })).toBe('/a/0');
    expect(notPlainData({ f: () => 1 })).toBe('/f');
    expect(notPlainData({ big: 1n })).toBe('/big');
    expect(notPlainData(new (class Result {})())).toBe('/');
    // Rows of a table are plain data, a column named `rows` too.
    expect(notPlainData({ rows: 3, fields: 'name' })).toBeNull();
  });
});

describe('the audit writer', () => {
  let h: Harness;
  let alpha: TestTenant;
  let auth: string;

  beforeAll(async () => {
    h = await startHarness({ plugins: [ledger] });
    alpha = await h.tenant('alpha');
    auth = h.staff(alpha, ['ledger.write']);
  });
  afterAll(() => h?.close());

  const post = (name: string) => h.api('POST', `/api/v1/ledger/${name}`, { auth, body: {}, headers: { 'x-request-id': `req-${name}` } });
  const written = (name: string) => h.server.database.knex('audit_events').where({ requestId: `req-${name}` });

  it('writes a declared action, its dates as text', async () => {
    expect((await post('declared')).status).toBe(204);
    const [row] = await written('declared');
    expect(row).toMatchObject({ action: 'ledger.entry.posted', after: { at: '2030-01-01T00:00:00.000Z', lines: [{ amount: 1 }] } });
  });

  it('refuses an action nobody declares, with the change it belonged to', async () => {
    for (const name of ['undeclared', 'several']) {
      const answer = await post(name);
      expect(answer.status, name).toBe(500);
      expect(await written(name), name).toEqual([]);
    }
  });

  it('refuses a database driver’s result and other data that is not plain, on both databases', async () => {
    for (const name of ['driver-result', 'driver-result-shape', 'map']) {
      const answer = await post(name);
      expect(answer.status, name).toBe(500);
      expect(await written(name), name).toEqual([]);
    }
  });

  it('refuses an undeclared action written by a scheduled task: the run fails and is recorded', async () => {
    await expect(h.server.tasks.run('ledger', 'close-books', { now: new Date('2030-01-01T00:00:00Z') })).rejects.toThrow(/wrote audit action "ledger.books.closed" without declaring it/);
    const run = await h.server.database.knex('task_runs').where({ tenantId: alpha.id, task: 'ledger.close-books' }).first();
    expect(run.lastError).toContain('ledger.books.closed');
  });

  it('names targets with the namer of the plugin that declares the action', async () => {
    const catalog = h.server.registry.auditCatalog;
    const entry = { action: 'ledger.entry.posted', targetType: 'entry', targetId: '0B8F6A4E-3c1d-4f2a-9e7b-5d6c8a9b0c1d' };
    const other = { action: 'books.entry.posted', targetType: 'entry', targetId: '0b8f6a4e-3c1d-4f2a-9e7b-5d6c8a9b0c1d' };
    const notAnId = { action: 'ledger.entry.posted', targetType: 'entry', targetId: 'stripe' };
    const names = await h.server.database.knex.transaction((db) => catalog.nameTargets({ db, tenant: { id: alpha.id, slug: alpha.slug }, locale: 'en' }, [entry, other, notAnId]));
    expect(names.get(catalog.targetKey(entry))).toBe('Entry 0b8f');
    // Another plugin's entries of a type of the same name are not ledger's to name; ids that are no UUID reach no namer.
    expect(names.get(catalog.targetKey(other))).toBeUndefined();
    expect(names.size).toBe(1);
  });
});

describe('the boundaries suite reads audit actions from the sources', () => {
  it('finds an action written but not declared, one declared but never written, and template literals', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-audit-scan-'));
    try {
      fs.mkdirSync(path.join(dir, 'src', 'widgets'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'package.json'), '{}');
      fs.writeFileSync(
        path.join(dir, 'src', 'service.ts'),
        [
          "await ctx.audit({ action: 'scan.item.created', targetType: 'item' });",
          "await ctx.audit({ action: draft ? 'scan.item.drafted' : 'scan.item.issued', targetType: 'item' });",
          'await ctx.audit({ action: `scan.item.${decision}`, targetType: "item" });',
          'entries.push({ action: `scan.batch.${how}`, targetType: "batch" });',
          "const refusal = { action: 'deny' };",
          "// action: 'scan.item.commented' is a comment",
        ].join('\n'),
      );
      // Widgets never write audit entries: their action-like strings are not looked at.
      fs.writeFileSync(path.join(dir, 'src', 'widgets', 'list.ts'), "const column = { action: 'scan.item.shown' };");
      const scan = definePlugin({
        id: 'scan',
        version: '1',
        audit: { actions: { 'scan.item.created': label('Created'), 'scan.item.issued': label('Issued'), 'scan.item.approved': label('Approved'), 'scan.entry.renamed': label('Renamed') } },
      });
      expect(pluginBoundaryViolations([{ plugin: scan, dir }]).audit).toEqual([
        `${path.basename(dir)}/src/service.ts writes audit action "scan.item.drafted", which "scan" does not declare in audit.actions (with its label in en, fr and es)`,
        expect.stringMatching(/writes audit actions `scan\.batch\.\$\{how\}`, none of which "scan" declares/),
        // scan.item.approved is one of `scan.item.${decision}`; nothing can be scan.entry.renamed.
        '"scan" declares audit action "scan.entry.renamed", which nothing in its src/ writes: remove it, or check its spelling',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

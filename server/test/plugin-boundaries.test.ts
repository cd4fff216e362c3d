/**
 * The built-in plugins hold to the boundaries of the contract (see `pluginBoundariesSuite` in
 * @portico/testing, which any plugin's tests run the same way), and the scanners see the couplings
 * they exist to catch.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PluginDefinition } from '@portico/core';
import { importsOf, importViolation, pluginBoundariesSuite, tablesCreatedIn, tablesOf, tablesUsedIn } from '@portico/testing';
import { builtInPlugins } from '../../portico.config.js';

const PLUGINS_DIR = fileURLToPath(new URL('../../plugins/', import.meta.url));
const folders = builtInPlugins().map((plugin) => ({ plugin, dir: path.join(PLUGINS_DIR, plugin.id) }));

pluginBoundariesSuite(folders);

describe('plugin boundary scanners', () => {
  it('know every plugin table from the migrations, and the core tables apart', () => {
    const { core, byPlugin } = tablesOf(folders);
    for (const t of ['tenants', 'partners', 'people', 'memberships', 'clients', 'audit_events']) expect(core.has(t)).toBe(true);
    expect(byPlugin.get('deals')).toEqual(expect.arrayContaining(['deals', 'deal_territories']));
    expect(byPlugin.get('access')).toEqual(expect.arrayContaining(['access_mfa', 'access_links']));
    expect(byPlugin.get('documents')).toEqual(expect.arrayContaining(['document_files']));
    for (const tables of byPlugin.values()) for (const t of tables) expect(core.has(t), `"${t}" is both core and a plugin's`).toBe(false);
  });

  it('see the couplings they are meant to catch', () => {
    const tables = ['deals', 'access_mfa', 'access_links', 'document_files'];
    expect(tablesUsedIn(`ctx.db('questions as q').leftJoin('deals as d', 'd.id', 'q.deal_id')`, tables)).toEqual(['deals']);
    expect(tablesUsedIn(`const q = ctx.db('deals').where({ id })`, tables)).toEqual(['deals']);
    expect(tablesUsedIn(`db.raw('exists (select 1 from access_mfa f where f.person_id = p.id)')`, tables)).toEqual(['access_mfa']);
    expect(tablesUsedIn(`"(select max(l.expires_at) from access_links l where l.person_id = p.id)"`, tables)).toEqual(['access_links']);
    expect(tablesUsedIn(`await db.raw("select to_regclass('document_files') is not null as present")`, tables)).toEqual(['document_files']);
    expect(tablesUsedIn(`t.uuid('deal_id').references('id').inTable('deals').onDelete('SET NULL')`, tables)).toEqual(['deals']);
    expect(tablesUsedIn(`// reads from deals through its API\nrequires: ['access', 'deals'], visibleDealReferences(reader, ids)`, tables)).toEqual([]);
    expect(tablesCreatedIn(`await createTenantTable(knex, 'deals', (t) => {}); await knex.schema.createTable('task_runs', () => {})`)).toEqual(['deals', 'task_runs']);

    const questions = { id: 'questions', version: '1', requires: ['access', 'deals'] } as PluginDefinition;
    const file = path.join(PLUGINS_DIR, 'questions', 'src', 'service.ts');
    const dir = (id: string) => path.join(PLUGINS_DIR, id);
    expect(importViolation(questions, file, '../../deals/src/queries.js', dir)).toMatch(/outside its folder/);
    expect(importViolation(questions, file, '@portico/plugin-deals/src/queries.js', dir)).toMatch(/only through its root/);
    expect(importViolation(questions, file, '@portico/plugin-documents', dir)).toMatch(/without declaring "documents"/);
    expect(importViolation(questions, file, '@portico/plugin-deals', dir)).toBeNull();
    expect(importViolation(questions, file, '@portico/plugin-training/public', dir)).toBeNull();
    expect(importViolation(questions, file, './permissions.js', dir)).toBeNull();
    expect(importsOf(`import { a } from 'x';\nexport { b } from "y";\nimport type { C } from 'z';\nconst m = await import('w');\n// import { d } from 'no'`)).toEqual(['x', 'y', 'z', 'w']);
  });
});

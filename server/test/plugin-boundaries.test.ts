/**
 * A plugin is known to others only through what it publishes. This suite reads the built-in plugins'
 * sources and migrations and fails when one of them:
 * - imports another plugin's internals: anything but its package root (`@portico/plugin-x`, the
 *   server entry), `@portico/plugin-x/server` or its public face `@portico/plugin-x/public`; or a
 *   root or server entry of a plugin it does not declare in `requires` / `optionalRequires`; or
 *   reaches outside its own folder with a relative path;
 * - queries, in its `src/`, a table another plugin's migrations create (`db('t')`, `'t as x'`,
 *   `.join('t', …)`, raw SQL `from t` / `join t`, `to_regclass('t')`). Core tables (`/migrations`:
 *   tenants, partners, people, memberships, clients, audit_events, …) are shared and allowed;
 * - references, in a migration, a table of another plugin that is not among its (optional)
 *   requirements.
 * Each plugin's tables are read from its migrations (`createTenantTable(knex, 't'`, `createTable('t'`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PluginDefinition } from '@portico/core';
import { defaultPlugins } from '../src/plugins.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PLUGINS_DIR = path.join(ROOT, 'plugins');

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : filesUnder(full);
    return /\.(ts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Source without comments (string contents kept), so that prose naming a table is no query. */
export function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Tables a migration creates. */
export function tablesCreatedIn(source: string): string[] {
  const out: string[] = [];
  for (const m of stripComments(source).matchAll(/(?:createTenantTable\(\s*\w+\s*,\s*|createTable\(\s*)['"`]([a-z_][a-z0-9_]*)['"`]/g)) out.push(m[1]);
  return out;
}

/** Every table among `tables` that the source queries or references. */
export function tablesUsedIn(source: string, tables: Iterable<string>): string[] {
  const code = stripComments(source);
  const found = new Set<string>();
  for (const table of tables) {
    const t = table.replace(/[^a-z0-9_]/g, '');
    const patterns = [
      // db('t'), trx('t as x'), knex('t'), ctx.db('t')
      new RegExp(`\\b(?:db|trx|knex|tx)\\(\\s*['"\`]${t}(?:\\s+as\\s+\\w+)?['"\`]`),
      // .from('t'), .join('t', …), .leftJoin('t as x', …), .inTable('t'), .alterTable('t'), …
      new RegExp(`\\.(?:from|join|leftJoin|innerJoin|rightJoin|leftOuterJoin|rightOuterJoin|fullOuterJoin|crossJoin|into|table|inTable|alterTable|hasTable|dropTable|dropTableIfExists)\\(\\s*['"\`]${t}(?:\\s+as\\s+\\w+)?['"\`]`),
      // 't as x' anywhere (a join's argument)
      new RegExp(`['"\`]${t}\\s+as\\s+\\w+['"\`]`),
      // .references('t.id')
      new RegExp(`\\.references\\(\\s*['"\`]${t}\\.`),
      // raw SQL: from t, join t, update t, into t, references t, table t
      new RegExp(`\\b(?:from|join|update|into|references|table)\\s+${t}\\b(?!['"\`/.-])`, 'i'),
      // to_regclass('t')
      new RegExp(`regclass\\(\\s*['"\`]${t}['"\`]`),
    ];
    if (patterns.some((p) => p.test(code))) found.add(table);
  }
  return [...found];
}

/** Import specifiers of a module. */
export function importsOf(source: string): string[] {
  const code = stripComments(source);
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g)) out.push(m[1]);
  for (const m of code.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)) out.push(m[1]);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]);
  return out;
}

const PUBLIC_SUBPATHS = new Set(['', '/server', '/public']);

/** Why importing `specifier` from `file` of plugin `self` breaks a boundary, or null. */
export function importViolation(self: PluginDefinition, file: string, specifier: string, pluginDir: (id: string) => string): string | null {
  if (specifier.startsWith('.')) {
    const target = path.resolve(path.dirname(file), specifier);
    const own = pluginDir(self.id) + path.sep;
    return target.startsWith(own) ? null : `reaches outside its folder: "${specifier}"`;
  }
  const m = /^@portico\/plugin-([a-z0-9-]+)(\/.*)?$/.exec(specifier);
  if (!m) return null;
  const [, other, sub = ''] = m;
  if (other === self.id) return null;
  if (!PUBLIC_SUBPATHS.has(sub)) return `imports "${specifier}": another plugin is used only through its root, /server or /public`;
  const declared = [...(self.requires ?? []), ...(self.optionalRequires ?? [])];
  if (sub !== '/public' && !declared.includes(other)) return `imports "${specifier}" without declaring "${other}" in requires or optionalRequires`;
  return null;
}

const rel = (file: string) => path.relative(ROOT, file);

describe('plugin boundaries', () => {
  const plugins = defaultPlugins();
  const pluginDir = (id: string) => path.join(PLUGINS_DIR, id);
  const coreTables = new Set(filesUnder(path.join(ROOT, 'migrations')).flatMap((f) => tablesCreatedIn(fs.readFileSync(f, 'utf8'))));
  const tablesOf = new Map<string, string[]>();
  for (const plugin of plugins) {
    const migrations = plugin.migrations ? (plugin.migrations instanceof URL ? fileURLToPath(plugin.migrations) : plugin.migrations) : null;
    tablesOf.set(plugin.id, migrations ? filesUnder(migrations).flatMap((f) => tablesCreatedIn(fs.readFileSync(f, 'utf8'))) : []);
  }
  const ownerOf = new Map<string, string>();
  for (const [id, tables] of tablesOf) for (const t of tables) ownerOf.set(t, id);

  it('knows every plugin table from the migrations, and the core tables apart', () => {
    for (const plugin of plugins) expect(fs.existsSync(pluginDir(plugin.id)), `plugin "${plugin.id}" lives in plugins/${plugin.id}`).toBe(true);
    for (const t of ['tenants', 'partners', 'people', 'memberships', 'clients', 'audit_events']) expect(coreTables.has(t)).toBe(true);
    expect(tablesOf.get('deals')).toEqual(expect.arrayContaining(['deals', 'deal_territories']));
    expect(tablesOf.get('access')).toEqual(expect.arrayContaining(['access_mfa', 'access_links']));
    expect(tablesOf.get('documents')).toEqual(expect.arrayContaining(['document_files']));
    for (const t of ownerOf.keys()) expect(coreTables.has(t), `"${t}" is both core and a plugin's`).toBe(false);
  });

  it("imports no other plugin's internals, and only plugins it declares", () => {
    const violations: string[] = [];
    for (const plugin of plugins) {
      for (const file of [...filesUnder(path.join(pluginDir(plugin.id), 'src')), ...filesUnder(path.join(pluginDir(plugin.id), 'migrations'))]) {
        for (const specifier of importsOf(fs.readFileSync(file, 'utf8'))) {
          const why = importViolation(plugin, file, specifier, pluginDir);
          if (why) violations.push(`${rel(file)} ${why}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it("queries no table another plugin's migrations create (core tables are shared)", () => {
    const violations: string[] = [];
    for (const plugin of plugins) {
      const others = [...ownerOf].filter(([, owner]) => owner !== plugin.id).map(([t]) => t);
      for (const file of filesUnder(path.join(pluginDir(plugin.id), 'src'))) {
        for (const table of tablesUsedIn(fs.readFileSync(file, 'utf8'), others)) {
          violations.push(`${rel(file)} uses "${table}" of plugin "${ownerOf.get(table)}": call that plugin's API (its api.ts) instead`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it("migrations reference another plugin's table only if that plugin is a requirement", () => {
    const violations: string[] = [];
    for (const plugin of plugins) {
      const declared = new Set([...(plugin.requires ?? []), ...(plugin.optionalRequires ?? [])]);
      const others = [...ownerOf].filter(([, owner]) => owner !== plugin.id).map(([t]) => t);
      for (const file of filesUnder(path.join(pluginDir(plugin.id), 'migrations'))) {
        for (const table of tablesUsedIn(fs.readFileSync(file, 'utf8'), others)) {
          const owner = ownerOf.get(table)!;
          if (!declared.has(owner)) violations.push(`${rel(file)} references "${table}" of plugin "${owner}", which "${plugin.id}" does not require`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  // The scanners themselves, on the couplings they exist to catch.
  it('sees the couplings it is meant to catch', () => {
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

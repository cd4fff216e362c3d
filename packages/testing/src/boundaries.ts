/**
 * A plugin is known to others only through what it publishes. `pluginBoundariesSuite` reads plugins'
 * sources and migrations and fails when one of them:
 * - imports another plugin's internals: anything but its package root (`@portico/plugin-x`, the
 *   server entry), `@portico/plugin-x/server` or its public face `@portico/plugin-x/public`; or a
 *   root or server entry of a plugin it does not declare in `requires` / `optionalRequires`; or
 *   reaches outside its own folder with a relative path;
 * - queries, in its `src/` (migrations aside), a table another plugin's migrations create (`db('t')`,
 *   `'t as x'`, `.join('t', …)`, raw SQL `from t` / `join t`, `to_regclass('t')`). Core tables (those
 *   of `@portico/server`'s migrations: tenants, partners, people, memberships, clients, audit_events,
 *   …) are shared and allowed;
 * - references, in a migration, a table of another plugin that is not among its (optional)
 *   requirements;
 * - writes an audit action (`action: '<plugin>.…'` in its `src/`, widgets aside; a template literal
 *   such as `deals.deal.${decision}` must match at least one) that its `audit.actions` do not
 *   declare with a label, or declares one that nothing in its `src/` names (a typo, a leftover). The
 *   server refuses an undeclared action when it is written; this finds the ones no test writes.
 * Each plugin's tables are read from its migrations (`createTenantTable(knex, 't'`, `createTable('t'`).
 * Check your plugin beside the ones it runs with, so that their tables are known.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PluginDefinition } from '@portico/core';
import { CORE_MIGRATIONS } from '@portico/server';

export function filesUnder(dir: string): string[] {
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

/** A plugin and the folder of its package (its `src/` and migrations are read from there). */
export interface PluginFolder {
  plugin: PluginDefinition;
  dir: string;
}

function migrationsOf(plugin: PluginDefinition): string | null {
  if (!plugin.migrations) return null;
  return plugin.migrations instanceof URL ? fileURLToPath(plugin.migrations) : plugin.migrations;
}

/** The package folder of a plugin with migrations: the nearest folder above them with a package.json. */
export function pluginFolder(plugin: PluginDefinition): PluginFolder {
  let dir = migrationsOf(plugin);
  if (!dir) throw new Error(`Plugin "${plugin.id}" has no migrations to find its folder by: give its folder yourself ({ plugin, dir }).`);
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above the migrations of "${plugin.id}".`);
    dir = parent;
  }
  return { plugin, dir };
}

export interface BoundaryViolations {
  imports: string[];
  queries: string[];
  migrations: string[];
  audit: string[];
}

const STRING_LITERAL = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;

/**
 * The audit actions of `pluginId` a source writes: the string literals naming `<pluginId>.…` in the
 * value of each `action:` (`'deals.deal.submitted'`, both sides of a `? :`, a template literal as it
 * is written, `deals.deal.${decision}`). An action held in a variable is not seen here.
 */
export function auditActionsIn(source: string, pluginId: string): string[] {
  const out: string[] = [];
  // The value runs to the next comma, brace or line end outside a string literal.
  for (const m of stripComments(source).matchAll(/\baction\s*:\s*((?:[^,}\n'"`]|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)+)/g)) {
    for (const literal of m[1].matchAll(STRING_LITERAL)) {
      const text = literal[1] ?? literal[2] ?? literal[3] ?? '';
      if (text.startsWith(`${pluginId}.`)) out.push(text);
    }
  }
  return out;
}

/** A template literal's text (`deals.deal.${decision}`) as a pattern of the actions it may be. */
const templatePattern = (text: string) => new RegExp(`^${text.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[a-z0-9-]+')}$`);

/** Where the source names `action` as a value (a declaration's key, `'x': {`, is not one). */
const namesAsValue = (source: string, action: string) =>
  new RegExp(`['"\`]${action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`](?!\s*:)`).test(stripComments(source));

/** Every boundary each plugin crosses, as readable lines (empty lists when none). */
export function pluginBoundaryViolations(given: readonly PluginFolder[]): BoundaryViolations {
  // `fileURLToPath(new URL('..', import.meta.url))` ends with a separator: compare folders without one.
  const folders = given.map(({ plugin, dir }) => ({ plugin, dir: path.resolve(dir) }));
  const coreTables = new Set(filesUnder(CORE_MIGRATIONS).flatMap((f) => tablesCreatedIn(fs.readFileSync(f, 'utf8'))));
  const dirOf = new Map(folders.map((f) => [f.plugin.id, f.dir]));
  const pluginDir = (id: string) => dirOf.get(id) ?? path.join(path.dirname(folders[0]?.dir ?? '.'), id);
  const ownerOf = new Map<string, string>();
  for (const { plugin } of folders) {
    const migrations = migrationsOf(plugin);
    for (const file of migrations ? filesUnder(migrations) : []) for (const t of tablesCreatedIn(fs.readFileSync(file, 'utf8'))) if (!coreTables.has(t)) ownerOf.set(t, plugin.id);
  }
  const out: BoundaryViolations = { imports: [], queries: [], migrations: [], audit: [] };
  for (const { plugin, dir } of folders) {
    const migrations = migrationsOf(plugin);
    const inMigrations = (file: string) => !!migrations && file.startsWith(path.resolve(migrations) + path.sep);
    const sources = filesUnder(path.join(dir, 'src')).filter((f) => !inMigrations(f));
    const migrationFiles = migrations ? filesUnder(migrations) : [];
    const others = [...ownerOf].filter(([, owner]) => owner !== plugin.id).map(([t]) => t);
    const declared = new Set([...(plugin.requires ?? []), ...(plugin.optionalRequires ?? [])]);
    const rel = (file: string) => path.relative(path.dirname(dir), file);
    for (const file of [...sources, ...migrationFiles]) {
      for (const specifier of importsOf(fs.readFileSync(file, 'utf8'))) {
        const why = importViolation(plugin, file, specifier, pluginDir);
        if (why) out.imports.push(`${rel(file)} ${why}`);
      }
    }
    for (const file of sources) {
      for (const table of tablesUsedIn(fs.readFileSync(file, 'utf8'), others)) {
        out.queries.push(`${rel(file)} uses "${table}" of plugin "${ownerOf.get(table)}": call that plugin's API (its api.ts) instead`);
      }
    }
    for (const file of migrationFiles) {
      for (const table of tablesUsedIn(fs.readFileSync(file, 'utf8'), others)) {
        const owner = ownerOf.get(table)!;
        if (!declared.has(owner)) out.migrations.push(`${rel(file)} references "${table}" of plugin "${owner}", which "${plugin.id}" does not require`);
      }
    }
    // Audit actions: those written are declared (with their label), those declared are written.
    const labelled = Object.keys(plugin.audit?.actions ?? {});
    const serverSources = sources.filter((f) => !f.startsWith(path.join(dir, 'src', 'widgets') + path.sep));
    const templates: RegExp[] = [];
    for (const file of serverSources) {
      for (const action of auditActionsIn(fs.readFileSync(file, 'utf8'), plugin.id)) {
        if (action.includes('${')) {
          const pattern = templatePattern(action);
          templates.push(pattern);
          if (!labelled.some((a) => pattern.test(a))) out.audit.push(`${rel(file)} writes audit actions \`${action}\`, none of which "${plugin.id}" declares in audit.actions`);
        } else if (!labelled.includes(action)) {
          out.audit.push(`${rel(file)} writes audit action "${action}", which "${plugin.id}" does not declare in audit.actions (with its label in en, fr and es)`);
        }
      }
    }
    const texts = serverSources.map((f) => fs.readFileSync(f, 'utf8'));
    // An installed package ships its build, not its src/: there is nothing to hold its declarations against.
    if (serverSources.length === 0) continue;
    for (const action of labelled) {
      if (action === `${plugin.id}.settings.updated`) continue; // written by the registry's settings route
      if (!templates.some((p) => p.test(action)) && !texts.some((text) => namesAsValue(text, action))) {
        out.audit.push(`"${plugin.id}" declares audit action "${action}", which nothing in its src/ writes: remove it, or check its spelling`);
      }
    }
  }
  return out;
}

/** The tables each plugin's migrations create, and the core's. */
export function tablesOf(folders: readonly PluginFolder[]): { core: Set<string>; byPlugin: Map<string, string[]> } {
  const core = new Set(filesUnder(CORE_MIGRATIONS).flatMap((f) => tablesCreatedIn(fs.readFileSync(f, 'utf8'))));
  const byPlugin = new Map<string, string[]>();
  for (const { plugin } of folders) {
    const migrations = migrationsOf(plugin);
    byPlugin.set(plugin.id, migrations ? filesUnder(migrations).flatMap((f) => tablesCreatedIn(fs.readFileSync(f, 'utf8'))) : []);
  }
  return { core, byPlugin };
}

/** The vitest suite: one test per rule over these plugins (each `{ plugin, dir }`, or a plugin with migrations). */
export function pluginBoundariesSuite(plugins: readonly (PluginFolder | PluginDefinition)[]): void {
  describe('plugin boundaries', () => {
    const folders = plugins.map((p) => ('plugin' in p && 'dir' in p ? (p as PluginFolder) : pluginFolder(p as PluginDefinition)));
    const violations = () => pluginBoundaryViolations(folders);
    it("imports no other plugin's internals, and only plugins it declares", () => expect(violations().imports).toEqual([]));
    it("queries no table another plugin's migrations create (core tables are shared)", () => expect(violations().queries).toEqual([]));
    it("references another plugin's table in a migration only if that plugin is a requirement", () => expect(violations().migrations).toEqual([]));
    it('writes only the audit actions it declares with a label, and declares only actions it writes', () => expect(violations().audit).toEqual([]));
  });
}

/**
 * What a browser may import is browser-safe: `@portico/core` (the contract's root entry) and each
 * plugin's public face (`@portico/plugin-<id>/public`). Each is bundled as a browser would get it
 * (esbuild, platform browser, the workspace's `portico-source` condition): the bundle must resolve no
 * Node builtin (esbuild refuses them for the browser), take in no package but TypeBox, and run to
 * the end in a bare JavaScript realm with the browser's globals only (no `Buffer`, `process`,
 * `require`). A public face takes in nothing of another plugin, and its constants say what the
 * plugin declares (permission keys, events with their payload schemas, tag names). It does not depend on the database, so it runs in the PGlite project only.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { PluginDefinition } from '@portico/core';

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The only packages a browser-safe entry may take in. */
const ALLOWED_PACKAGES = new Set(['@sinclair/typebox']);

interface BrowserBundle {
  /** Packages of node_modules the bundle took in. */
  packages: string[];
  /** Workspace files it took in, relative to the repository. */
  files: string[];
  /** What the entry exports, as the bare realm saw it. */
  exports: Record<string, unknown>;
}

async function bundleForBrowser(specifier: string): Promise<BrowserBundle> {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(specifier)};`, resolveDir: repoDir, loader: 'ts' },
    absWorkingDir: repoDir,
    bundle: true,
    platform: 'browser',
    conditions: ['portico-source'],
    format: 'iife',
    globalName: '__entry',
    write: false,
    metafile: true,
    logLevel: 'silent',
    target: 'es2022',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => input !== '<stdin>').map((input) => path.resolve(repoDir, input));
  const packages = [...new Set(inputs.flatMap((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? []))].sort();
  const files = inputs.filter((file) => !file.includes('/node_modules/')).map((file) => path.relative(repoDir, file)).sort();
  // A realm with JavaScript's own globals and what every browser has that a module might touch.
  const realm = vm.createContext({ URL, TextEncoder, TextDecoder, console, queueMicrotask, setTimeout, clearTimeout });
  vm.runInContext(`${result.outputFiles[0].text}\nglobalThis.__exports = __entry;`, realm);
  return { packages, files, exports: realm.__exports as Record<string, unknown> };
}

/** Builds, or fails with esbuild's messages (a Node builtin names itself in them). */
async function expectBrowserSafe(specifier: string): Promise<BrowserBundle> {
  let bundle: BrowserBundle;
  try {
    bundle = await bundleForBrowser(specifier);
  } catch (error) {
    const messages = (error as { errors?: { text: string; location?: { file: string } | null }[] }).errors;
    const text = messages?.map((m) => `${m.location?.file ?? ''}: ${m.text}`).join('\n') ?? String(error);
    throw new Error(`${specifier} does not load in a browser:\n${text}`);
  }
  expect(bundle.packages.filter((p) => !ALLOWED_PACKAGES.has(p)), `${specifier} takes in packages a browser must not load`).toEqual([]);
  return bundle;
}

/** Every plugin of the repository; each must have a public face. */
const plugins = fs.readdirSync(path.join(repoDir, 'plugins')).filter((id) => fs.existsSync(path.join(repoDir, 'plugins', id, 'package.json'))).sort();

/** Tags defined with `@customElement('…')` in the (non-test) files below `dir`. */
function definedTags(dir: string): string[] {
  const tags = new Set<string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const match of text.matchAll(/@customElement\('([^']+)'\)/g)) tags.add(match[1]);
  }
  return [...tags].sort();
}

describe('browser-safe entries', () => {
  it('every plugin has a public face', () => {
    for (const id of plugins) {
      const exports = JSON.parse(fs.readFileSync(path.join(repoDir, 'plugins', id, 'package.json'), 'utf8')).exports;
      expect(exports['./public']?.['portico-source'], `plugins/${id}/package.json exports ./public`).toBe('./src/public.ts');
    }
  });

  it('@portico/core loads in a browser: the contract, roles, locales, the brand, problems and TypeBox', async () => {
    const core = await expectBrowserSafe('@portico/core');
    for (const name of ['defineRoute', 'definePlugin', 'problems', 'HttpProblem', 'PARTNER_ROLES', 'STAFF_ROLES', 'pickLocale', 'LOCALES', 'Brand', 'Type', 'Uuid', 'Page', 'PageQuery']) {
      expect(core.exports, name).toHaveProperty(name);
    }
    expect((core.exports.pickLocale as (...c: string[]) => string)('fr-CA', 'es')).toBe('fr');
    // Nothing of the server entry comes along.
    expect(core.files.filter((file) => file.startsWith('packages/core/src/server/'))).toEqual([]);
    for (const name of ['keysetPage', 'createTenantTable', 'enableTenantIsolation', 'renderMarkdown']) expect(core.exports, name).not.toHaveProperty(name);
  });

  it.each(plugins)('the %s plugin\'s public face loads in a browser and takes in only its own src and core', async (id) => {
    const face = await expectBrowserSafe(`@portico/plugin-${id}/public`);
    const elsewhere = face.files.filter((file) => !(file.startsWith(`plugins/${id}/src/`) && !file.startsWith(`plugins/${id}/src/widgets/`)) && !(file.startsWith('packages/core/src/') && !file.startsWith('packages/core/src/server/')));
    expect(elsewhere, 'files outside the plugin\'s own src (widgets aside) and core\'s root').toEqual([]);
  });

  it.each(plugins)('the %s plugin\'s public face names its permissions, events and elements as the plugin declares them', async (id) => {
    const face = (await import(`@portico/plugin-${id}/public`)) as Record<string, unknown>;
    const root = (await import(`@portico/plugin-${id}`)) as Record<string, unknown>;
    const plugin = Object.values(root).find((v): v is PluginDefinition => !!v && typeof v === 'object' && (v as PluginDefinition).id === id && 'version' in (v as object));
    expect(plugin, `@portico/plugin-${id} exports its plugin`).toBeTruthy();
    const [permissions] = Object.entries(face).filter(([name]) => name.endsWith('Permissions')).map(([, v]) => v as Record<string, string>);
    expect(Object.values(permissions).sort(), 'the permission constants are the declared keys').toEqual(Object.keys(plugin!.permissions ?? {}).sort());
    const [events] = Object.entries(face).filter(([name]) => name.endsWith('Events')).map(([, v]) => v as Record<string, unknown>);
    expect(Object.keys(events ?? {}).sort(), 'the events are those the plugin emits').toEqual(Object.keys(plugin!.events?.emits ?? {}).sort());
    for (const [type, schema] of Object.entries(events ?? {})) expect(plugin!.events?.emits?.[type], `${type}: the payload schema the plugin declares`).toBe(schema);
    const [elements] = Object.entries(face).filter(([name]) => name.endsWith('Elements')).map(([, v]) => v as Record<string, string>);
    expect(Object.values(elements).sort(), 'the tag names are the elements src/widgets defines').toEqual(definedTags(path.join(repoDir, 'plugins', id, 'src', 'widgets')));
  });

  it('a Node-only entry is refused (the check can fail)', async () => {
    await expect(expectBrowserSafe('@portico/core/server')).rejects.toThrow();
  });
});

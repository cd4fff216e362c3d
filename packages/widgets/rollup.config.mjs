// The browser bundles, in one rollup build so that every chunk shares one copy of lit and of the
// contexts (two copies would make two sets of context keys, and widgets would stop finding the provider):
//   portico.js              the loader: knows which chunk defines which tag, imports it on first sight
//   core-[hash].js          lit, the SDK, provider, theme, primitives and the portal shell
//   plugin-<id>-[hash].js   one per plugins/<id>/src/widgets/index.ts (its contribution and elements)
//   *-fr / *-es chunks      translations, loaded only with their locale
// `scripts/build.mjs` runs it and writes manifest.json; `rollup -c` works too (without the manifest).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const widgetsDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(widgetsDir, '../..');
// Under dist/ (ignored by git, shipped in the package) beside what tsc emits; PORTICO_WIDGETS_DIR
// moves it, for the server and the build alike.
export const outDir = process.env.PORTICO_WIDGETS_DIR ? path.resolve(process.env.PORTICO_WIDGETS_DIR) : path.join(widgetsDir, 'dist', 'bundles');
const LOADER_ENTRY = '\0portico-loader-entry';

/** Plugins that contribute widgets, found by convention so the build knows none by name. */
export function findWidgetPlugins(pluginsDir = path.join(repoDir, 'plugins')) {
  if (!fs.existsSync(pluginsDir)) return [];
  return fs
    .readdirSync(pluginsDir)
    .sort()
    .map((id) => ({ id, entry: path.join(pluginsDir, id, 'src', 'widgets', 'index.ts') }))
    .filter((p) => /^[a-z][a-z0-9-]+$/.test(p.id) && fs.existsSync(p.entry));
}

function sourceFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' || d.name === 'testing' ? [] : sourceFiles(full);
    return /\.ts$/.test(d.name) && !/\.(d|test|browser\.test)\.ts$/.test(d.name) ? [full] : [];
  });
}

const DEFINES = [/@customElement\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]/g, /customElements\.define\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]/g];

/** tag → the file that defines it, read from the sources (a decorator or customElements.define). */
export function findElements(dirs) {
  const elements = {};
  for (const file of dirs.flatMap(sourceFiles)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const pattern of DEFINES) for (const match of text.matchAll(pattern)) elements[match[1]] ??= file;
  }
  return elements;
}

/** The loader's entry: the loader itself, started with a lazy import per known tag. */
function loaderEntry(elements) {
  return {
    name: 'portico-loader-entry',
    resolveId: (id) => (id === LOADER_ENTRY ? id : null),
    load(id) {
      if (id !== LOADER_ENTRY) return null;
      const table = Object.entries(elements)
        .map(([tag, file]) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(file)}),`)
        .join('\n');
      return `import { startLoader } from ${JSON.stringify(path.join(widgetsDir, 'src', 'loader.ts'))};\nstartLoader({\n${table}\n});\n`;
    },
  };
}

/**
 * Our own workspace packages resolve through their `development` export condition (the TypeScript
 * sources, no separate compile step); everything else through the usual browser conditions, so lit
 * comes in its production build.
 */
function workspaceSources() {
  return {
    name: 'portico-workspace-sources',
    resolveId(source) {
      // `@portico/core`, or a subpath export such as `@portico/plugin-deals/public`.
      const match = /^(@portico\/[a-z0-9-]+)(\/[a-z0-9-]+)?$/.exec(source);
      if (!match) return null;
      const pkgDir = path.join(repoDir, 'node_modules', match[1]);
      const pkgFile = path.join(pkgDir, 'package.json');
      if (!fs.existsSync(pkgFile)) return null;
      const target = JSON.parse(fs.readFileSync(pkgFile, 'utf8')).exports?.[`.${match[2] ?? ''}`]?.development;
      return target ? fs.realpathSync(path.join(pkgDir, target)) : null;
    },
  };
}

/**
 * Whether a module may have side effects, from the `sideEffects` field of the workspace package it
 * belongs to (`false`, or globs of the files that do): `@portico/core` and the plugins' public faces
 * declare schemas at the top level, which a widget that imports one constant must not pull in with
 * TypeBox. Modules outside the workspace packages keep what their resolver said (null: no opinion).
 */
const packageSideEffects = new Map();
function workspaceSideEffects(id) {
  const file = id.replace(/\\/g, '/');
  const match = /^(.*\/(?:packages|plugins)\/[a-z0-9-]+)\/(?!node_modules\/)(.*)$/.exec(file);
  if (!match || file.includes('/node_modules/')) return null;
  const [, pkgDir, relative] = match;
  if (!packageSideEffects.has(pkgDir)) {
    const pkgFile = path.join(pkgDir, 'package.json');
    packageSideEffects.set(pkgDir, fs.existsSync(pkgFile) ? JSON.parse(fs.readFileSync(pkgFile, 'utf8')).sideEffects : undefined);
  }
  const declared = packageSideEffects.get(pkgDir);
  if (declared === false) return false;
  if (!Array.isArray(declared)) return null;
  const globs = declared.map((g) => new RegExp(`^${g.replace(/^\.\//, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*')}$`));
  return globs.some((g) => g.test(relative));
}

const LOCALE_FILE = /[\\/](?:i18n|translations)[\\/](?:generated[\\/])?(fr|es)\.ts$/;

/**
 * Which chunk a module goes to: everything shared goes to `core`, a plugin's own code to its chunk,
 * except a page module that is only ever imported lazily (a page's `load`): it gets a chunk of its
 * own, so rarely used pages do not weigh on the plugin's chunk.
 */
function chunkOf(id, { getModuleInfo } = {}) {
  const file = id.replace(/\\/g, '/');
  const plugin = /\/plugins\/([a-z0-9-]+)\/src\/widgets\//.exec(file);
  // A plugin's public face (permission keys, tag names: a few strings) goes to core, so that a widget
  // naming another plugin's element does not load that plugin's chunks.
  if (/\/plugins\/[a-z0-9-]+\/src\//.test(file) && !plugin) return 'core';
  const locale = LOCALE_FILE.exec(id);
  if (plugin && !locale) {
    const info = getModuleInfo?.(id);
    const lazyPage = info && !info.isEntry && info.importers.length === 0 && info.dynamicImporters.length > 0;
    return lazyPage ? `plugin-${plugin[1]}-${path.basename(file, '.ts')}` : `plugin-${plugin[1]}`;
  }
  if (plugin) return `plugin-${plugin[1]}-${locale[1]}`;
  if (locale) return `core-${locale[1]}`;
  if (file.startsWith(path.join(widgetsDir, 'src').replace(/\\/g, '/')) && file.endsWith('/loader.ts')) return undefined;
  if (file.includes('/node_modules/') || file.includes('/packages/')) return 'core';
  return undefined;
}

export function createConfig({ minify = true, plugins = findWidgetPlugins() } = {}) {
  const elements = findElements([path.join(widgetsDir, 'src'), ...plugins.map((p) => path.dirname(p.entry))]);
  return {
    input: { portico: LOADER_ENTRY, ...Object.fromEntries(plugins.map((p) => [`plugin-${p.id}`, p.entry])) },
    // The contribution a plugin chunk default-exports is read by the shell: keep entry exports.
    preserveEntrySignatures: 'exports-only',
    treeshake: { moduleSideEffects: (id, external) => external || (workspaceSideEffects(id) ?? true) },
    plugins: [
      loaderEntry(elements),
      workspaceSources(),
      nodeResolve({ browser: true, extensions: ['.ts', '.js', '.mjs'] }),
      esbuild({ target: 'es2022', tsconfig: path.join(widgetsDir, 'tsconfig.json'), minify: false, sourceMap: true }),
      minify && terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
    ].filter(Boolean),
    output: {
      dir: outDir,
      format: 'es',
      sourcemap: true,
      // The loader keeps its name (pages and host sites point at it); everything else is content-hashed.
      entryFileNames: (chunk) => (chunk.name === 'portico' ? 'portico.js' : '[name]-[hash].js'),
      chunkFileNames: '[name]-[hash].js',
      manualChunks: chunkOf,
    },
    onwarn(warning, warn) {
      if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  };
}

export default createConfig();

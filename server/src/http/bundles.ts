/**
 * The widget bundles at `/portico/`: the portal's own build (`@portico/widgets`: loader, core chunk,
 * shared modules) and each registered plugin's build (its `widgets` folder) under
 * `/portico/plugins/<id>/`, plus `portico.js`, the one script a page includes: the portal's loader
 * started with the table of every element the portal and the registered plugins define, so a page
 * loads a plugin's chunk the first time one of its elements appears.
 *
 * Builds are read from their `manifest.json`, again whenever it changes (a rebuild shows without a
 * restart); only the files a manifest lists (and their source maps) are served.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Next } from 'koa';
import { HttpProblem, MANIFEST_FILE, problems, type PluginDefinition, type PluginWidgetsManifest, type PortalBundlesManifest } from '@portico/core';
import { sendProblem } from './problem.js';

export const BUNDLES_PATH = '/portico/';
export const LOADER_FILE = 'portico.js';
const PLUGINS_FOLDER = 'plugins';

export interface Build<M> {
  dir: string;
  manifest: M;
}

export interface WidgetBundles {
  /** The portal's build, or null while there is none. */
  portal(): Build<PortalBundlesManifest> | null;
  /** A registered plugin's widget build, or null (no widgets, or not built). */
  plugin(id: string): Build<PluginWidgetsManifest> | null;
  /** Where a plugin's entry chunk is served, relative to `/portico/`; null without one. */
  pluginEntry(id: string): string | null;
  /** `portico.js`: the loader with every element's chunk; null while the portal is not built. */
  loaderScript(): string | null;
}

/**
 * Where the portal's bundles are when none is configured: the `dist/bundles` folder of
 * @portico/widgets, found by walking up from here (a checkout has it under `packages/widgets`, an
 * install under node_modules).
 */
export function defaultBundlesDir(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    for (const pkg of [path.join(dir, 'packages', 'widgets'), path.join(dir, 'node_modules', '@portico', 'widgets')]) {
      // The package, built or not: a build made after start-up is picked up without a restart.
      if (fs.existsSync(path.join(pkg, 'package.json'))) return path.join(pkg, 'dist', 'bundles');
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** A path inside a build: plain names, `/` between them, never a dot first (no `..`, no hidden files). */
const FILE_PATH = /^(?:[A-Za-z0-9@][A-Za-z0-9@._-]*\/)*[A-Za-z0-9][A-Za-z0-9._-]*$/;

function validFiles(files: unknown): files is Record<string, unknown> {
  return !!files && typeof files === 'object' && Object.keys(files).every((f) => FILE_PATH.test(f));
}

function isPortalManifest(value: unknown): value is PortalBundlesManifest {
  const m = value as PortalBundlesManifest;
  return !!m && m.kind === 'portal' && validFiles(m.files) && m.loader in m.files && m.core in m.files && !!m.elements && Object.values(m.elements).every((f) => f in m.files);
}

function isPluginManifest(value: unknown): value is PluginWidgetsManifest {
  const m = value as PluginWidgetsManifest;
  return !!m && m.kind === 'plugin' && validFiles(m.files) && m.entry in m.files && !!m.elements && Object.values(m.elements).every((f) => f in m.files);
}

/** A build folder's manifest, read again only when the file changed. */
function watchedManifest<M>(dir: string | null, valid: (value: unknown) => value is M): () => Build<M> | null {
  let cached: { mtimeMs: number; build: Build<M> | null } | null = null;
  return () => {
    if (!dir) return null;
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(path.join(dir, MANIFEST_FILE)).mtimeMs;
    } catch {
      return null;
    }
    if (cached?.mtimeMs !== mtimeMs) {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8'));
      } catch {
        // half-written by a build in progress: treat as not built, read again next time
      }
      cached = { mtimeMs, build: valid(parsed) ? { dir, manifest: parsed } : null };
    }
    return cached.build;
  };
}

function folderOf(widgets: URL | string): string {
  return widgets instanceof URL ? fileURLToPath(widgets) : widgets;
}

export function widgetBundles(portalDir: string | null, plugins: () => readonly PluginDefinition[]): WidgetBundles {
  const portal = watchedManifest(portalDir, isPortalManifest);
  const pluginBuilds = new Map<string, () => Build<PluginWidgetsManifest> | null>();
  const plugin = (id: string) => {
    let build = pluginBuilds.get(id);
    if (!build) {
      const definition = plugins().find((p) => p.id === id);
      build = watchedManifest(definition?.widgets ? folderOf(definition.widgets) : null, isPluginManifest);
      pluginBuilds.set(id, build);
    }
    return build();
  };
  let loader: { key: string; script: string } | null = null;
  return {
    portal,
    plugin,
    pluginEntry(id) {
      const build = plugin(id);
      return build ? `${PLUGINS_FOLDER}/${id}/${build.manifest.entry}` : null;
    },
    loaderScript() {
      const built = portal();
      if (!built) return null;
      const table: [string, string][] = Object.entries(built.manifest.elements);
      const builds = plugins().map((p) => [p.id, plugin(p.id)] as const);
      for (const [id, build] of builds) {
        if (build) for (const [tag, file] of Object.entries(build.manifest.elements)) table.push([tag, `${PLUGINS_FOLDER}/${id}/${file}`]);
      }
      const key = JSON.stringify([built.manifest.loader, table]);
      if (loader?.key !== key) {
        const lines = table.map(([tag, file]) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(`./${file}`)}),`);
        loader = { key, script: `import { startLoader } from ${JSON.stringify(`./${built.manifest.loader}`)};\nstartLoader({\n${lines.join('\n')}\n});\n` };
      }
      return loader.script;
    },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Rollup's `[hash]` in a name: such a file never changes, so browsers may keep it for a year. */
const HASHED = /-[A-Za-z0-9_-]{8,}\.js(?:\.map)?$/;

/** The file a request names, if a build lists it (or it is the map of one that is listed). */
function locate(bundles: WidgetBundles, relative: string): string | null {
  if (!FILE_PATH.test(relative)) return null;
  const listed = (build: Build<{ files: Record<string, unknown> }> | null, name: string) =>
    build && (name in build.manifest.files || (name.endsWith('.map') && name.slice(0, -4) in build.manifest.files)) ? path.join(build.dir, name) : null;
  const inPlugin = /^plugins\/([a-z][a-z0-9-]*)\/([^/]+)$/.exec(relative);
  if (inPlugin) return listed(bundles.plugin(inPlugin[1]), inPlugin[2]);
  return listed(bundles.portal(), relative);
}

function cacheFor(ctx: Context, etag: string, hashed: boolean): boolean {
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  ctx.set('ETag', etag);
  ctx.set('Vary', 'Accept-Encoding');
  if (ctx.get('if-none-match') === etag) {
    ctx.status = 304;
    return true;
  }
  return false;
}

/**
 * Serves the builds. Anyone may load them from any site: widgets embedded on a tenant's own site
 * import them cross-origin.
 */
export function bundlesMiddleware(bundles: WidgetBundles) {
  return async (ctx: Context, next: Next): Promise<void> => {
    if (!ctx.path.startsWith(BUNDLES_PATH)) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.set('Allow', 'GET, HEAD');
      return sendProblem(ctx, new HttpProblem(405, 'method-not-allowed', 'Method not allowed', { detail: `${ctx.method} is not allowed on static files.` }));
    }
    const relative = ctx.path.slice(BUNDLES_PATH.length);
    const notBuilt = () => problems.notFound(bundles.portal() ? 'No such file.' : 'No such file: the widgets are not built (run `npm run build:widgets`).');

    if (relative === LOADER_FILE) {
      const script = bundles.loaderScript();
      if (!script) return sendProblem(ctx, notBuilt());
      if (cacheFor(ctx, `"${createHash('sha256').update(script).digest('base64url').slice(0, 22)}"`, false)) return;
      ctx.status = 200;
      ctx.type = CONTENT_TYPES['.js'];
      ctx.body = script;
      return;
    }

    const file = locate(bundles, relative);
    let stat: fs.Stats | null = null;
    try {
      stat = file ? fs.statSync(file) : null;
    } catch {
      stat = null;
    }
    if (!file || !stat?.isFile()) return sendProblem(ctx, notBuilt());
    if (cacheFor(ctx, `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`, HASHED.test(relative))) return;
    // The build writes a gzipped twin of every chunk; send it to every browser that takes gzip.
    const gzipped = `${file}.gz`;
    const useGzip = /\bgzip\b/.test(ctx.get('accept-encoding')) && fs.existsSync(gzipped);
    ctx.status = 200;
    ctx.type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (useGzip) ctx.set('Content-Encoding', 'gzip');
    // Koa leaves the body out of a HEAD answer and keeps its length.
    ctx.body = fs.readFileSync(useGzip ? gzipped : file);
  };
}

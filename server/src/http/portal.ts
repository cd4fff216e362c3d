/**
 * The portal's server side: what the widgets ask first (`GET /api/v1/portal`), the built bundles at
 * `/portico/`, and the standalone portal page served for `/` and every client-side route.
 *
 * `GET /api/v1/portal` is a route of a tiny built-in plugin, `portal`, that the server always
 * registers: it then goes through the same pipeline (tenant of the host, problem answers) and appears
 * in the OpenAPI document like any plugin route.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Next } from 'koa';
import type { Knex } from 'knex';
import { definePlugin, defineRoute, HttpProblem, LOCALES, problems, Type, type PluginDefinition } from '@portico/core';
import { enterAppRole } from '../db/tenant-transaction.js';
import { enterTenantOfHost } from '../tenancy.js';
import { sendProblem } from './problem.js';

export const PORTAL_PLUGIN_ID = 'portal';
export const BUNDLES_PATH = '/portico/';
export const PORTAL_LOCALES = LOCALES;
type PortalLocale = (typeof PORTAL_LOCALES)[number];

// ---------------------------------------------------------------------------------------------------
// The build output

/** What `packages/widgets/scripts/build.mjs` writes next to the bundles. */
export interface WidgetManifest {
  loader: string;
  core: string;
  /** Plugin id → file name of its widget chunk. */
  plugins: Record<string, string>;
}

export interface WidgetBundles {
  /** Absolute folder of the built bundles, or null when none is found. */
  dir: string | null;
  /** The manifest as last written; null while the widgets are not built. */
  manifest(): WidgetManifest | null;
}

/**
 * Where the bundles are when none is configured: the `dist/bundles` folder of @portico/widgets, found by
 * walking up from here (a checkout has it under `packages/widgets`, an install under node_modules).
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

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function isManifest(value: unknown): value is WidgetManifest {
  const m = value as WidgetManifest;
  return (
    !!m && typeof m.loader === 'string' && FILE_NAME.test(m.loader) && typeof m.core === 'string' && FILE_NAME.test(m.core) &&
    !!m.plugins && typeof m.plugins === 'object' && Object.values(m.plugins).every((f) => typeof f === 'string' && FILE_NAME.test(f))
  );
}

/** Reads the manifest again only when the file changed, so a rebuild shows without a restart. */
export function widgetBundles(dir: string | null): WidgetBundles {
  let cached: { mtimeMs: number; manifest: WidgetManifest | null } | null = null;
  return {
    dir,
    manifest() {
      if (!dir) return null;
      const file = path.join(dir, 'manifest.json');
      let mtimeMs: number;
      try {
        mtimeMs = fs.statSync(file).mtimeMs;
      } catch {
        return null;
      }
      if (cached?.mtimeMs !== mtimeMs) {
        let parsed: unknown = null;
        try {
          parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
        } catch {
          // half-written by a build in progress: treat as not built, read again next time
        }
        cached = { mtimeMs, manifest: isManifest(parsed) ? parsed : null };
      }
      return cached.manifest;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// GET /api/v1/portal

const SAFE_COLOR = /^#[0-9a-fA-F]{3,8}$/;

const BrandSchema = Type.Object({
  displayName: Type.Optional(Type.String()),
  logoUrl: Type.Optional(Type.String({ description: 'https URL, or a path on this server' })),
  primaryColor: Type.Optional(Type.String({ pattern: SAFE_COLOR.source })),
  accentColor: Type.Optional(Type.String({ pattern: SAFE_COLOR.source })),
  fontFamily: Type.Optional(Type.String()),
  poweredBy: Type.Boolean({ description: 'Show the "Powered by Portico" footer.' }),
});

const PortalInfoSchema = Type.Object({
  tenant: Type.Object({ slug: Type.String(), name: Type.String(), defaultLocale: Type.Union(PORTAL_LOCALES.map((l) => Type.Literal(l))) }),
  brand: BrandSchema,
  locales: Type.Array(Type.Union(PORTAL_LOCALES.map((l) => Type.Literal(l)))),
  plugins: Type.Array(
    Type.Object({
      id: Type.String(),
      widgets: Type.Union([Type.String({ description: 'Absolute URL of the plugin\'s widget chunk' }), Type.Null()]),
    }),
  ),
});

type PortalBrand = { displayName?: string; logoUrl?: string; primaryColor?: string; accentColor?: string; fontFamily?: string; poweredBy: boolean };

/**
 * The brand as stored is free JSON edited by the tenant; only well-formed values reach pages, where
 * they end up in CSS and `src` attributes.
 */
export function publicBrand(stored: unknown): PortalBrand {
  const b = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const text = (v: unknown, max: number) => (typeof v === 'string' && v.trim() && v.length <= max ? v.trim() : undefined);
  const color = (v: unknown) => (typeof v === 'string' && SAFE_COLOR.test(v) ? v : undefined);
  const logo = text(b.logoUrl, 2048);
  const font = text(b.fontFamily, 200);
  const brand: PortalBrand = {
    displayName: text(b.displayName, 200),
    logoUrl: logo && (logo.startsWith('https://') || /^\/(?!\/)/.test(logo)) ? logo : undefined,
    primaryColor: color(b.primaryColor),
    accentColor: color(b.accentColor),
    fontFamily: font && /^[\w\s,'"-]+$/.test(font) ? font : undefined,
    poweredBy: b.poweredBy !== false,
  };
  return Object.fromEntries(Object.entries(brand).filter(([, v]) => v !== undefined)) as PortalBrand;
}

function portalLocale(value: unknown): PortalLocale {
  return PORTAL_LOCALES.includes(value as PortalLocale) ? (value as PortalLocale) : 'en';
}

/** The built-in plugin that answers `GET /api/v1/portal`. `enabledPlugins` is read per request. */
export function portalPlugin(options: { enabledPlugins: () => readonly PluginDefinition[]; bundles: WidgetBundles }): PluginDefinition {
  return definePlugin({
    id: PORTAL_PLUGIN_ID,
    version: '0.1.0',
    description: 'The portal: tenant, brand, languages and the widget chunks of the enabled plugins',
    routes: {
      v1: [
        defineRoute({
          method: 'GET',
          path: '/portal',
          name: 'get',
          summary: 'Describe the portal of this address: tenant, brand, languages and enabled plugins',
          description:
            'Public: the widgets read it before anyone signs in. The tenant is the one of the request\'s host. ' +
            '`plugins[].widgets` is the URL of the plugin\'s widget chunk, or null when the plugin contributes no widgets.',
          public: true,
          schemas: { response: PortalInfoSchema },
          async handler({ db, tenant, http }) {
            const row = await db('tenants').where({ id: tenant.id }).first('slug', 'name', 'brand', 'defaultLocale');
            if (!row) throw problems.notFound('No portal is configured for this address.');
            const manifest = options.bundles.manifest();
            http.setHeader('Cache-Control', 'no-cache');
            return {
              tenant: { slug: row.slug, name: row.name, defaultLocale: portalLocale(row.defaultLocale) },
              brand: publicBrand(row.brand),
              locales: [...PORTAL_LOCALES],
              plugins: options
                .enabledPlugins()
                .filter((p) => p.id !== PORTAL_PLUGIN_ID)
                .map((p) => {
                  const file = manifest?.plugins[p.id];
                  return { id: p.id, widgets: file ? `${http.origin}${BUNDLES_PATH}${file}` : null };
                }),
            };
          },
        }),
      ],
    },
  });
}

// ---------------------------------------------------------------------------------------------------
// Static bundles at /portico/

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Rollup's `[hash]` in a name: such a file never changes, so browsers may keep it for a year. */
const HASHED = /-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/**
 * Serves the build output. Only plain file names in the folder itself are served (no folders, no
 * dots first, no escapes), so no path can reach outside it. Anyone may load them from any site:
 * widgets embedded on a tenant's own site import them cross-origin.
 */
export function bundlesMiddleware(bundles: WidgetBundles) {
  return async (ctx: Context, next: Next): Promise<void> => {
    if (!ctx.path.startsWith(BUNDLES_PATH)) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.set('Allow', 'GET, HEAD');
      return sendProblem(ctx, new HttpProblem(405, 'method-not-allowed', 'Method not allowed', { detail: `${ctx.method} is not allowed on static files.` }));
    }
    const name = ctx.path.slice(BUNDLES_PATH.length);
    const type = CONTENT_TYPES[path.extname(name)];
    const file = bundles.dir && FILE_NAME.test(name) && type ? path.join(bundles.dir, name) : null;
    let stat: fs.Stats | null = null;
    try {
      stat = file ? fs.statSync(file) : null;
    } catch {
      stat = null;
    }
    if (!file || !stat?.isFile()) {
      return sendProblem(ctx, problems.notFound(bundles.manifest() ? 'No such file.' : 'No such file: the widgets are not built (run `npm run build:widgets`).'));
    }
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Cache-Control', HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache');
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    ctx.set('ETag', etag);
    ctx.set('Vary', 'Accept-Encoding');
    if (ctx.get('if-none-match') === etag) {
      ctx.status = 304;
      return;
    }
    // The build writes a gzipped twin of every file; send it to every browser that takes gzip.
    const gzipped = `${file}.gz`;
    const useGzip = /\bgzip\b/.test(ctx.get('accept-encoding')) && fs.existsSync(gzipped);
    ctx.status = 200;
    ctx.type = type;
    if (useGzip) ctx.set('Content-Encoding', 'gzip');
    // Koa leaves the body out of a HEAD answer and keeps its length.
    ctx.body = fs.readFileSync(useGzip ? gzipped : file);
  };
}

// ---------------------------------------------------------------------------------------------------
// The standalone portal page

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Paths the page never answers: the API, probes, bundles, and the server-rendered sign-in pages. */
const NOT_PORTAL = /^\/(?:api|healthz|readyz|portico|sign-in)(?:\/|$)/;

/**
 * Scripts only from this server (the loader and its chunks), nothing inline; styles may be inline
 * because Lit templates carry style attributes for the theme's custom properties.
 */
export const PORTAL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: data:",
  "font-src 'self' https: data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function renderPortalPage(input: { name: string; locale: PortalLocale; brand: PortalBrand; manifest: WidgetManifest | null }): string {
  const { manifest, brand } = input;
  const title = escapeHtml(brand.displayName ?? input.name);
  const themeColor = brand.primaryColor ? `\n<meta name="theme-color" content="${brand.primaryColor}">` : '';
  // The paragraph inside <portico-portal> shows until the shell renders: its shadow root has no
  // slot, so it hides it then.
  const scripts = manifest
    ? `<link rel="modulepreload" href="${BUNDLES_PATH}${manifest.core}">\n<script type="module" src="${BUNDLES_PATH}${manifest.loader}"></script>`
    : '';
  return `<!doctype html>
<html lang="${input.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${themeColor}
<title>${title}</title>
${scripts}
<style>
  html, body { margin: 0; min-height: 100%; font-family: system-ui, sans-serif; }
  portico-portal:not(:defined) { display: block; padding: 2rem; color: #555; }
</style>
</head>
<body>
<portico-provider auth="session"><portico-portal><p>${title}</p></portico-portal></portico-provider>
<noscript><p>${title}: this portal needs JavaScript.</p></noscript>
</body>
</html>
`;
}

export interface PortalPageOptions {
  knex: Knex;
  appRole: string;
  defaultTenant: string | null;
  bundles: WidgetBundles;
}

function wantsHtml(ctx: Context): boolean {
  return (ctx.method === 'GET' || ctx.method === 'HEAD') && !NOT_PORTAL.test(ctx.path) && ctx.accepts(['json', 'html']) === 'html';
}

/** Answers every GET for a page (Accept: text/html) that no route took with the portal page. */
export function portalPageMiddleware(options: PortalPageOptions) {
  return async (ctx: Context, next: Next): Promise<void> => {
    await next();
    if (ctx.status !== 404 || ctx.body !== undefined || !wantsHtml(ctx)) return;
    const tenant = await options.knex.transaction(async (trx): Promise<{ name: string; brand: unknown; defaultLocale: string } | null> => {
      await enterAppRole(trx, options.appRole);
      const host = await enterTenantOfHost(trx, ctx.host, options.defaultTenant);
      return host ? trx('tenants').where({ id: host.tenant.id }).first('name', 'brand', 'defaultLocale') : null;
    });
    ctx.set('Content-Security-Policy', PORTAL_CSP);
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'text/html; charset=utf-8';
    if (!tenant) {
      ctx.status = 404;
      ctx.body = '<!doctype html><html lang="en"><meta charset="utf-8"><title>No portal here</title><p>No portal is configured for this address.</p></html>\n';
      return;
    }
    ctx.status = 200;
    ctx.body = renderPortalPage({ name: tenant.name, locale: portalLocale(tenant.defaultLocale), brand: publicBrand(tenant.brand), manifest: options.bundles.manifest() });
  };
}

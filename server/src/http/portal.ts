/**
 * The portal's server side: what the widgets ask first (`GET /api/v1/portal`), the built bundles at
 * `/portico/`, and the standalone portal page served for `/` and every client-side route.
 *
 * `GET /api/v1/portal` is a route of a tiny built-in plugin, `portal`, that the server always
 * registers: it then goes through the same pipeline (tenant of the host, problem answers) and appears
 * in the OpenAPI document like any plugin route. So does `GET /api/v1/portal/dashboard`, the home
 * page's counts that the plugins contribute (dashboard.ts).
 */
import { createHash } from 'node:crypto';
import type { Context, Next } from 'koa';
import type { Knex } from 'knex';
import { BUILT_IN_ROLES, DASHBOARD_PERMISSION, definePlugin, defineRoute, FeatureStatuses, LOCALES, PortalInfo, problems, SAFE_COLOR, Type, type FeatureStatus, type PluginDefinition, type PortalBrand, type PortalBundlesManifest } from '@portico/core';
import { featureRefusal } from '../features.js';
import { settingsSnapshot } from '../settings.js';
import type { Registry } from '../registry/registry.js';
import { enterAppRole } from '../db/tenant-transaction.js';
import { enterTenantOfHost } from '../tenancy.js';
import { BUNDLES_PATH, LOADER_FILE, type WidgetBundles } from './bundles.js';
import { dashboardRoute } from './dashboard.js';

export const PORTAL_PLUGIN_ID = 'portal';
export const PORTAL_LOCALES = LOCALES;
type PortalLocale = (typeof PORTAL_LOCALES)[number];

// ---------------------------------------------------------------------------------------------------
// GET /api/v1/portal

/**
 * The brand as stored is free JSON edited by the tenant; only well-formed values reach pages, where
 * they end up in CSS and `src` attributes.
 */
export function publicBrand(stored: unknown, origin = ''): PortalBrand {
  const b = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const text = (v: unknown, max: number) => (typeof v === 'string' && v.trim() && v.length <= max ? v.trim() : undefined);
  const color = (v: unknown) => (typeof v === 'string' && SAFE_COLOR.test(v) ? v : undefined);
  const logo = text(b.logoUrl, 2048);
  const inline = inlineLogo(b.logoUrl);
  const font = text(b.fontFamily, 200);
  const brand: PortalBrand = {
    displayName: text(b.displayName, 200),
    // An uploaded logo is stored inline; pages load it from its own address, named by its content
    // so that a browser may keep it for ever and still sees a new one at once.
    logoUrl: inline ? `${origin}/api/v1${LOGO_PATH}?v=${inline.version}` : logo && (logo.startsWith('https://') || /^\/(?!\/)/.test(logo)) ? logo : undefined,
    primaryColor: color(b.primaryColor),
    accentColor: color(b.accentColor),
    fontFamily: font && /^[\w\s,'"-]+$/.test(font) ? font : undefined,
    poweredBy: b.poweredBy !== false,
  };
  return Object.fromEntries(Object.entries(brand).filter(([, v]) => v !== undefined)) as PortalBrand;
}

const LOGO_PATH = '/portal/logo';
const INLINE_LOGO = /^data:(image\/png|image\/svg\+xml)(;base64)?,(.*)$/s;

/** The bytes of an uploaded logo (a data URL, as the access plugin checked and stored it), or null. */
export function inlineLogo(stored: unknown): { type: string; bytes: Buffer; version: string } | null {
  const match = typeof stored === 'string' ? INLINE_LOGO.exec(stored) : null;
  if (!match) return null;
  let bytes: Buffer;
  try {
    bytes = match[2] ? Buffer.from(match[3], 'base64') : Buffer.from(decodeURIComponent(match[3]), 'utf8');
  } catch {
    return null;
  }
  return { type: match[1], bytes, version: createHash('sha256').update(bytes).digest('base64url').slice(0, 16) };
}

function portalLocale(value: unknown): PortalLocale {
  return PORTAL_LOCALES.includes(value as PortalLocale) ? (value as PortalLocale) : 'en';
}

/** The built-in plugin that answers `GET /api/v1/portal`. `registry` is read per request (it lists this plugin too). */
export function portalPlugin(options: { registry: () => Registry; bundles: WidgetBundles }): PluginDefinition {
  return definePlugin({
    id: PORTAL_PLUGIN_ID,
    version: '0.1.0',
    description: 'The portal: tenant, brand, languages and the widget chunks of the enabled plugins; the home dashboard',
    permissions: {
      [DASHBOARD_PERMISSION]: { description: 'See one’s home dashboard: what needs one, summarised by each plugin as one’s other permissions allow', grantedTo: BUILT_IN_ROLES },
    },
    routes: {
      v1: [
        defineRoute({
          method: 'GET',
          path: '/portal',
          name: 'get',
          summary: 'Describe the portal of this address: tenant, brand, languages and enabled plugins',
          description:
            'Public: the widgets read it before anyone signs in. The tenant is the one of the request\'s host. ' +
            '`plugins[].widgets` is the URL of the plugin\'s widget chunk, or null when the plugin contributes no widgets; ' +
            '`identity` says where the session of the plugin that signs people in is, and how changes prove it.',
          public: true,
          schemas: { response: PortalInfo },
          async handler({ db, tenant, http, actor }) {
            const row = await db('tenants').where({ id: tenant.id }).first('slug', 'name', 'brand', 'defaultLocale');
            if (!row) throw problems.notFound('No portal is configured for this address.');
            const registry = options.registry();
            const identity = registry.identity?.provider;
            http.setHeader('Cache-Control', 'no-cache');
            return {
              tenant: { slug: row.slug, name: row.name, defaultLocale: portalLocale(row.defaultLocale) },
              // Absolute: a host site embedding the widgets shows the logo from this server.
              brand: publicBrand(row.brand, http.origin),
              locales: [...PORTAL_LOCALES],
              identity: identity
                ? { sessionPath: identity.sessionPath, verificationHeader: identity.verificationHeader, sessionChangePaths: [...identity.sessionChangePaths], signInPage: identity.signInPage, signInElement: identity.signInElement, ...(identity.profilePath ? { profilePath: identity.profilePath } : {}) }
                : null,
              signedIn: actor !== null,
              plugins: registry.plugins
                .filter((p) => p.id !== PORTAL_PLUGIN_ID)
                .map((p) => {
                  const entry = options.bundles.pluginEntry(p.id);
                  return { id: p.id, widgets: entry ? `${http.origin}${BUNDLES_PATH}${entry}` : null };
                }),
            };
          },
        }),
        defineRoute({
          method: 'GET',
          path: LOGO_PATH,
          name: 'logo',
          summary: 'The tenant\'s uploaded logo',
          description:
            'Public: the logo uploaded on the brand page, as an image (PNG or SVG). `brand.logoUrl` of `GET /portal` names it with a version (`v`): ' +
            'asked for with the current version it may be cached for ever; 404 when the brand has no uploaded logo.',
          public: true,
          schemas: { query: Type.Object({ v: Type.Optional(Type.String({ maxLength: 64, description: 'The version `brand.logoUrl` names' })) }) },
          async handler({ db, tenant, http, query }) {
            const row = await db('tenants').where({ id: tenant.id }).first('brand');
            const logo = inlineLogo((row?.brand as { logoUrl?: unknown } | undefined)?.logoUrl);
            if (!logo) throw problems.notFound('This portal has no uploaded logo.');
            http.setHeader('Cache-Control', query.v === logo.version ? 'public, max-age=31536000, immutable' : 'no-cache');
            // Opened on its own, an SVG is a document: it may run nothing and load nothing.
            http.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
            http.send(logo.bytes, logo.type);
          },
        }),
        dashboardRoute(options.registry),
        defineRoute({
          method: 'GET',
          path: '/portal/features',
          name: 'features.check',
          summary: 'Whether I may use these features now, and if not, why and what to do',
          description:
            'Asks every registered feature gate (billing, programme tiers) about each feature of `keys` (comma-separated, as the plugins declare them) for the caller. ' +
            'A refused feature carries the problem its route would answer, with an `action` link: `<portico-feature-gate>` shows it in place of the feature.',
          public: true,
          schemas: { query: Type.Object({ keys: Type.String({ minLength: 1, maxLength: 2000, description: 'Comma-separated feature keys' }) }), response: FeatureStatuses },
          async handler({ db, tenant, actor, query, publicUrl }) {
            const registry = options.registry();
            const keys = [...new Set(query.keys.split(',').map((k) => k.trim()).filter(Boolean))];
            const unknown = keys.find((key) => !registry.features.has(key));
            if (unknown || keys.length === 0) throw problems.invalidField('/keys', unknown ? `"${unknown}" is not a feature any plugin declares` : 'name at least one feature', 'query');
            const settings = settingsSnapshot(db, registry);
            const features: Record<string, FeatureStatus> = {};
            for (const key of keys) {
              const refusal = await featureRefusal(registry, { db, tenant, actor, settings, publicUrl }, key);
              features[key] = refusal
                ? { allowed: false, problem: { type: refusal.type, title: refusal.title, status: refusal.status, ...(refusal.detail ? { detail: refusal.detail } : {}), ...(isAction(refusal.extensions.action) ? { action: refusal.extensions.action } : {}) } }
                : { allowed: true };
            }
            return { features };
          },
        }),
      ],
    },
  });
}

function isAction(value: unknown): value is { href: string; label: string } {
  return !!value && typeof (value as { href?: unknown }).href === 'string' && typeof (value as { label?: unknown }).label === 'string';
}

// ---------------------------------------------------------------------------------------------------
// The standalone portal page

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Paths the page never answers: the API, probes and bundles (and the plugins' own server-rendered pages). */
const NOT_PORTAL = /^\/(?:api|healthz|readyz|portico)(?:\/|$)/;

/** The first segments of the plugins' server-rendered pages (`routes.pages`, e.g. `/sign-in/…`): not portal routes. */
export function pagePrefixes(registry: Registry): string[] {
  return [...new Set(registry.routes.filter((r) => r.version === 'pages').map((r) => `/${r.path.split('/')[1]}`))];
}

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

export function renderPortalPage(input: { name: string; locale: PortalLocale; brand: PortalBrand; manifest: PortalBundlesManifest | null }): string {
  const { manifest, brand } = input;
  const title = escapeHtml(brand.displayName ?? input.name);
  const themeColor = brand.primaryColor ? `\n<meta name="theme-color" content="${brand.primaryColor}">` : '';
  // The tenant's logo is the tab's icon; without one, an empty icon, so the browser asks for no
  // /favicon.ico (which would be a 404 on every page).
  const icon = `\n<link rel="icon" href="${brand.logoUrl ? escapeHtml(brand.logoUrl) : 'data:,'}">`;
  // The paragraph inside <portico-portal> shows until the shell renders: its shadow root has no
  // slot, so it hides it then.
  const scripts = manifest
    ? `<link rel="modulepreload" href="${BUNDLES_PATH}${manifest.core}">\n<script type="module" src="${BUNDLES_PATH}${LOADER_FILE}"></script>`
    : '';
  return `<!doctype html>
<html lang="${input.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${themeColor}${icon}
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
  /** Paths under which plugins render pages of their own (see `pagePrefixes`). */
  pagePrefixes: readonly string[];
  appRole: string;
  defaultTenant: string | null;
  bundles: WidgetBundles;
}

function wantsHtml(ctx: Context, pagePrefixes: readonly string[]): boolean {
  const pluginPage = pagePrefixes.some((prefix) => ctx.path === prefix || ctx.path.startsWith(`${prefix}/`));
  return (ctx.method === 'GET' || ctx.method === 'HEAD') && !NOT_PORTAL.test(ctx.path) && !pluginPage && ctx.accepts(['json', 'html']) === 'html';
}

/** Answers every GET for a page (Accept: text/html) that no route took with the portal page. */
export function portalPageMiddleware(options: PortalPageOptions) {
  return async (ctx: Context, next: Next): Promise<void> => {
    await next();
    if (ctx.status !== 404 || ctx.body !== undefined || !wantsHtml(ctx, options.pagePrefixes)) return;
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
    ctx.body = renderPortalPage({ name: tenant.name, locale: portalLocale(tenant.defaultLocale), brand: publicBrand(tenant.brand), manifest: options.bundles.portal()?.manifest ?? null });
  };
}

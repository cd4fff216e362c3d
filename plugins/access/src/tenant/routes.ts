/**
 * The tenant's settings kept by access on the tenant's row: allowed embed origins and the brand. The
 * sign-in policy is the plugin's settings, at `/api/v1/access/settings` (see settings.ts).
 */
import { Brand, defineRoute, type RouteDefinition } from '@portico/core';
import { P } from '../permissions.js';
import { EmbedOrigins, SetBrand, SetEmbedOrigins } from '../schemas.js';
import { assertTenantAdministrator, readEmbedOrigins, writeEmbedOrigins } from './service.js';
import { readBrand, writeBrand } from './brand.js';

/** An inline logo is kept out of the audit trail (it would be stored twice per change); its size says enough. */
function brandForAudit(brand: Brand): Brand {
  return brand.logoUrl?.startsWith('data:') ? { ...brand, logoUrl: `${brand.logoUrl.slice(0, brand.logoUrl.indexOf(','))} (${brand.logoUrl.length} characters)` } : brand;
}

export const tenantRoutes: RouteDefinition<any>[] = [
  defineRoute({
    method: 'GET',
    path: '/access/tenant/embed-origins',
    name: 'tenant.embed-origins.get',
    summary: 'List the origins allowed to embed the widgets',
    permission: P.tenantManage,
    schemas: { response: EmbedOrigins },
    async handler({ db, tenant }) {
      return { origins: await readEmbedOrigins(db, tenant.id) };
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/access/tenant/embed-origins',
    name: 'tenant.embed-origins.set',
    summary: 'Replace the origins allowed to embed the widgets',
    description:
      'Each origin is exactly `scheme://host[:port]` as a browser sends it in `Origin`: https, or http for localhost and 127.0.0.1 only. ' +
      'Embed tokens can be minted only for these origins, and only they get CORS answers (without credentials).',
    permission: P.tenantManage,
    schemas: { body: SetEmbedOrigins, response: EmbedOrigins },
    async handler({ actor, body, db, tenant, audit }) {
      assertTenantAdministrator(actor);
      const { before, after } = await writeEmbedOrigins(db, tenant.id, body.origins);
      await audit({ action: 'access.embed-origins.updated', targetType: 'tenant', targetId: tenant.id, partnerId: null, before: { origins: before }, after: { origins: after } });
      return { origins: after };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/access/tenant/brand',
    name: 'tenant.brand.get',
    summary: 'Read the brand (name, logo, colours, font, "Powered by" footer)',
    description: 'Fields not set are absent; the portal then uses its defaults. Anyone may read the brand through `GET /api/v1/portal`.',
    permission: P.tenantManage,
    schemas: { response: Brand },
    async handler({ db, tenant }) {
      // No staff check: the brand is public (the portal shows it to anyone); only changing it is not.
      return readBrand(db, tenant.id);
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/access/tenant/brand',
    name: 'tenant.brand.set',
    summary: 'Replace the brand',
    description:
      'Fields left out are unset. `logoUrl`: https, or a `data:image/png;base64,` or `data:image/svg+xml` URL of at most 64 KB (an SVG without scripts, ' +
      'event handlers, links or entities). Colours are hex; `fontFamily` a CSS font list.',
    permission: P.tenantManage,
    schemas: { body: SetBrand, response: Brand },
    async handler({ actor, body, db, tenant, audit }) {
      assertTenantAdministrator(actor);
      const { before, after } = await writeBrand(db, tenant.id, body);
      await audit({ action: 'access.brand.updated', targetType: 'tenant', targetId: tenant.id, partnerId: null, before: brandForAudit(before), after: brandForAudit(after) });
      return after;
    },
  }),
];

/**
 * `GET /api/v1/portal`, the first thing widgets ask: the tenant of the address, its brand as pages may
 * show it, the languages, the enabled plugins' widget chunks and the identity provider. Browser-safe:
 * the server answers with this schema and `<portico-provider>` reads it typed from the same.
 */
import { Type, type Static } from '@sinclair/typebox';
import { PortalIdentity } from './identity.js';
import { Locale, Nullable } from './schemas.js';

/** A hex colour as pages may use it in CSS. */
export const SAFE_COLOR = /^#[0-9a-fA-F]{3,8}$/;

/** The brand as the portal serves it: only well-formed values, the footer choice always present. */
export const PortalBrand = Type.Object({
  displayName: Type.Optional(Type.String()),
  logoUrl: Type.Optional(Type.String({ description: 'https URL, or the address on this server of the uploaded logo' })),
  primaryColor: Type.Optional(Type.String({ pattern: SAFE_COLOR.source })),
  accentColor: Type.Optional(Type.String({ pattern: SAFE_COLOR.source })),
  fontFamily: Type.Optional(Type.String()),
  poweredBy: Type.Boolean({ description: 'Show the "Powered by Portico" footer.' }),
});
export type PortalBrand = Static<typeof PortalBrand>;

export const PortalInfo = Type.Object({
  tenant: Type.Object({ slug: Type.String(), name: Type.String(), defaultLocale: Locale }),
  brand: PortalBrand,
  locales: Type.Array(Locale),
  plugins: Type.Array(
    Type.Object({
      id: Type.String(),
      widgets: Nullable(Type.String({ description: "Absolute URL of the plugin's widget chunk" })),
    }),
  ),
  identity: Nullable(PortalIdentity),
  signedIn: Type.Boolean({
    description: 'Whether this request carried a credential the server accepts: when false, a widget knows nobody is signed in without asking the session path (and reading a 401)',
  }),
});
export type PortalInfo = Static<typeof PortalInfo>;

/** What a refusing feature gate tells the person to do: a link to follow. */
export const FeatureAction = Type.Object({ href: Type.String(), label: Type.String() });

/** Whether the caller may use a feature now (`GET /api/v1/portal/features`), and if not, why and what to do. */
export const FeatureStatus = Type.Union([
  Type.Object({ allowed: Type.Literal(true) }),
  Type.Object({
    allowed: Type.Literal(false),
    problem: Type.Object({
      type: Type.String({ description: 'e.g. …/problems/billing-required' }),
      title: Type.String(),
      status: Type.Integer(),
      detail: Type.Optional(Type.String()),
      action: Type.Optional(FeatureAction),
    }),
  }),
]);
export type FeatureStatus = Static<typeof FeatureStatus>;

export const FeatureStatuses = Type.Object({ features: Type.Record(Type.String(), FeatureStatus) });
export type FeatureStatuses = Static<typeof FeatureStatuses>;

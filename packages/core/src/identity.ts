/**
 * Identity as a capability of the contract: what the portal shell, `<portico-provider>` and the SDK
 * need of whichever plugin signs people in (the access plugin among the built-ins), so that none of
 * them names that plugin's paths. The server side of the capability (`IdentityProvider`) is in
 * `plugin.ts`; here are the shapes both sides read, browser-safe.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from './schemas.js';

/** The identity part of `GET /api/v1/portal`: where the session is, and how changes prove it. */
export const PortalIdentity = Type.Object(
  {
    sessionPath: Type.String({ description: 'API path (under /api/v1) of the caller’s session: GET answers it (401 when signed out), DELETE signs out' }),
    verificationHeader: Type.String({ description: 'Header in which changes made with a session cookie send the session’s verificationToken' }),
    sessionChangePaths: Type.Array(Type.String(), { description: 'API paths under which a change starts or ends a session (the client then asks for a new verificationToken)' }),
    signInPage: Type.String({ description: 'Path of the server-rendered sign-in page' }),
    signInElement: Type.String({ description: 'Tag of the element the portal shows to someone signed out' }),
    profilePath: Type.Optional(
      Type.String({ description: 'API path where PATCH `{ locale }` changes the signed-in person’s language, so that a language picked in the portal follows them to other devices and to their emails' }),
    ),
  },
  { description: 'The plugin that signs people in, as the browser needs it; null when no plugin provides identity' },
);
export type PortalIdentity = Static<typeof PortalIdentity>;

/**
 * What the session path answers about the caller: every identity provider answers at least this
 * (it may add fields of its own).
 */
export const IdentitySession = Type.Object({
  person: Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String(), email: Type.String(), kind: Type.String(), locale: Nullable(Type.String()), timeZone: Nullable(Type.String()) }),
  tenant: Type.Object({ id: Type.String({ format: 'uuid' }), slug: Type.String(), name: Type.String() }),
  partner: Nullable(Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String(), status: Type.String() })),
  roles: Type.Array(Type.String()),
  permissions: Type.Array(Type.String()),
  via: Type.String(),
  verificationToken: Nullable(Type.String({ description: 'Send it back in the identity’s verificationHeader on every change made with the session cookie' })),
  secondFactorRequired: Type.Boolean({ description: 'True while only two-factor routes are open to this session' }),
});
export type IdentitySession = Static<typeof IdentitySession>;

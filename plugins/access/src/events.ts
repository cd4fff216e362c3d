/**
 * The events the access plugin emits, each named `access.<noun>.<verb-past>`, with the schema of its
 * payload: what the manifest declares, `ctx.emit` is typed from, and other plugins handle.
 */
import { Type } from '@portico/core';

export const accessEvents = {
  'access.person.invited': Type.Object({ personId: Type.String(), partnerId: Type.Union([Type.String(), Type.Null()]), role: Type.String() }),
  'access.person.signed-in': Type.Object({ personId: Type.String(), via: Type.String() }),
  'access.sign-in.requested': Type.Object({ email: Type.String(), redirectTo: Type.Optional(Type.String()) }),
  'access.partner.created': Type.Object({ partnerId: Type.String() }),
  'access.partner.status-changed': Type.Object({ partnerId: Type.String(), from: Type.String(), to: Type.String() }),
  /** A person changed their own profile (name, language, time zone). */
  'access.profile.updated': Type.Object({ personId: Type.String(), fields: Type.Array(Type.String()) }),
  /** A person turned two-factor authentication on. */
  'access.mfa.enabled': Type.Object({ personId: Type.String(), partnerId: Type.Union([Type.String(), Type.Null()]) }),
  /** An administrator removed a person's second factor (they lost their authenticator); they enrol again. */
  'access.mfa.reset': Type.Object({ personId: Type.String(), partnerId: Type.Union([Type.String(), Type.Null()]), resetBy: Type.Union([Type.String(), Type.Null()]) }),
};

export type AccessEvents = typeof accessEvents;

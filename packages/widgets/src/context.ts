/**
 * What `<portico-provider>` hands down to every widget inside it, through @lit/context.
 * A widget declares what it consumes (`@consume({ context: sessionContext, subscribe: true })`).
 */
import { createContext } from '@lit/context';
import type { Brand, Locale } from '@portico/core';
import type { PorticoClient } from '@portico/sdk';

/** The tenant's brand and the portal's locales are the contract's own (`@portico/core`). */
export type { Brand, Locale };

/** The signed-in person, from `GET /api/v1/access/session` (null while signed out). */
export interface Session {
  person: { id: string; name: string; email: string; kind: string; locale: string | null; timeZone: string | null };
  tenant: { id: string; slug: string; name: string };
  partner: { id: string; name: string; status: string } | null;
  roles: string[];
  permissions: string[];
  via: string;
  verificationToken: string | null;
  secondFactorRequired: boolean;
}

/** The portal as the server describes it: tenant, brand, locales and the enabled plugins' widget chunks. */
export interface PortalInfo {
  tenant: { slug: string; name: string; defaultLocale: Locale };
  brand: Brand;
  locales: Locale[];
  plugins: { id: string; widgets: string | null }[];
}

export const clientContext = createContext<PorticoClient>(Symbol('portico-client'));
export const sessionContext = createContext<Session | null>(Symbol('portico-session'));
export const portalContext = createContext<PortalInfo | null>(Symbol('portico-portal'));
export const localeContext = createContext<Locale>(Symbol('portico-locale'));

/**
 * What `<portico-provider>` hands down to every widget inside it, through @lit/context.
 * A widget declares what it consumes (`@consume({ context: sessionContext, subscribe: true })`).
 */
import { createContext } from '@lit/context';
import type { Brand, IdentitySession, Locale, PortalInfo } from '@portico/core';
import type { PorticoClient } from '@portico/sdk';

/** The tenant's brand and the portal's locales are the contract's own (`@portico/core`). */
export type { Brand, Locale };

/** The signed-in person, as the identity provider's session path answers (null while signed out). */
export type Session = IdentitySession;

/** The portal as the server describes it (`GET /api/v1/portal`): tenant, brand, locales, plugins' widget chunks, identity. */
export type { PortalInfo };

export const clientContext = createContext<PorticoClient>(Symbol('portico-client'));
export const sessionContext = createContext<Session | null>(Symbol('portico-session'));
export const portalContext = createContext<PortalInfo | null>(Symbol('portico-portal'));
export const localeContext = createContext<Locale>(Symbol('portico-locale'));

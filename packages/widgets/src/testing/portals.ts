/** Portal documents for browser tests, as `GET /portal` answers them. */
import type { PortalInfo } from '../context.js';

/** The identity provider of the built-in access plugin, as the portal document names it. */
export const TEST_IDENTITY: NonNullable<PortalInfo['identity']> = {
  sessionPath: '/access/session',
  verificationHeader: 'X-Portico-Verification',
  sessionChangePaths: ['/access/sign-in', '/access/session', '/access/sessions'],
  signInPage: '/sign-in',
  signInElement: 'portico-sign-in',
  profilePath: '/access/profile',
};

/** The Acme portal in English with no plugin's widgets, signed in through the access plugin; pass what differs. */
export function testPortal(overrides: Partial<PortalInfo> = {}): PortalInfo {
  return {
    tenant: { slug: 'acme', name: 'Acme', defaultLocale: 'en' },
    brand: { poweredBy: true },
    locales: ['en', 'fr', 'es'],
    plugins: [],
    identity: TEST_IDENTITY,
    signedIn: true,
    ...overrides,
  };
}

/**
 * What the fleet elements' browser tests share: translations registered as the shell would, a fake
 * API typed from the fleet's own schemas (`FleetAnswers`, which the elements call through), sessions
 * and clients, mandates and invitations as the server answers them.
 */
import { fakeClient, registerWidgetTranslations, testSession, type FakeRoutes } from '@portico/widgets/testing';
import { DEFAULT_CAPABILITIES } from '../capabilities.js';
import widgets from './index.js';
import type { ClientDetail, ClientSummary, FleetAnswers, FleetSettings, Invitation, Mandate, MandateVersion } from './shared.js';

export function registerFleetTranslations(): void {
  registerWidgetTranslations(widgets);
}

type Options = { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown; signal?: AbortSignal };
/** The fleet routes a test answers, each typed by what the server answers. */
export type FleetRoutes = { [R in keyof FleetAnswers]?: (options: Options) => FleetAnswers[R] | Promise<FleetAnswers[R]> };

/** A fake client answering the fleet's routes (and, beside them, any route the SDK's types know). */
export function fleetFake(routes: FleetRoutes, others: FakeRoutes = {}) {
  const fleet: FleetRoutes = { 'GET /fleet/settings': () => settings(), ...routes };
  return fakeClient({ ...others, ...(fleet as FakeRoutes) });
}

export function settings(overrides: Partial<FleetSettings> = {}): FleetSettings {
  return {
    partnersMayRegisterClients: true,
    invitationLifetimeDays: 14,
    capabilities: DEFAULT_CAPABILITIES.map((c) => ({ ...c })),
    extensionApproval: 'client',
    deepLinkTemplate: 'https://app.example.com/c/{clientExternalId}',
    productName: 'Ledgerly',
    ...overrides,
  };
}

const session = (kind: 'staff' | 'member', permissions: string[], personId = 'me', name = 'Pat Partner') =>
  testSession({ person: { id: personId, name, kind }, permissions });

export const partnerAdmin = session('member', ['fleet.read', 'fleet.invitations.send', 'fleet.invitations.manage', 'fleet.mandates.propose', 'fleet.clients.register', 'team.read']);
export const salesperson = session('member', ['fleet.read', 'fleet.invitations.send'], 'sally', 'Sally Sales');
export const reader = session('member', ['fleet.read'], 'rita', 'Rita Reader');
export const staff = session('staff', ['fleet.read', 'fleet.mandates.approve', 'fleet.invitations.manage', 'access.partners.read'], 'staff1', 'Sam Staff');
/** Staff who may change clients (and so set their contact). */
export const staffEditor = session('staff', ['fleet.read', 'fleet.clients.register', 'access.partners.read'], 'staff1', 'Sam Staff');

export function summary(overrides: Partial<ClientSummary> = {}): ClientSummary {
  return {
    id: 'c1',
    partnerId: 'pa1',
    partnerName: 'Acme Advisors',
    name: 'Contoso Ltd',
    domain: 'contoso.example',
    country: 'GB',
    status: 'active',
    externalId: 'CRM-1',
    health: 'healthy',
    assignees: [{ personId: 'me', name: 'Pat Partner' }],
    createdAt: '2026-03-01T10:00:00.000Z',
    mandate: { status: 'active', scope: ['view-financials', 'file-returns'], validUntil: '2030-12-31' },
    ...overrides,
  };
}

export function mandate(overrides: Partial<Mandate> = {}): Mandate {
  return {
    id: 'm1',
    clientId: 'c1',
    partnerId: 'pa1',
    version: 3,
    scope: ['view-financials', 'file-returns'],
    validFrom: '2026-01-01',
    validUntil: '2030-12-31',
    status: 'active',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    pendingProposal: null,
    ...overrides,
  };
}

export function detail(overrides: Partial<ClientDetail> = {}): ClientDetail {
  const { mandate: _brief, ...base } = summary();
  return {
    ...base,
    mandate: mandate(),
    source: 'invitation',
    facts: { plan: 'Business', seats: 42 },
    contact: { email: 'cfo@contoso.example', name: 'Carla Finance', locale: 'en' },
    fedAt: null,
    updatedAt: '2026-03-01T10:00:00.000Z',
    pendingInvitation: null,
    deepLink: { url: 'https://app.example.com/c/CRM-1', productName: 'Ledgerly' },
    ...overrides,
  };
}

export function version(overrides: Partial<MandateVersion> = {}): MandateVersion {
  return {
    version: 1,
    scope: ['view-financials', 'file-returns'],
    validFrom: '2026-01-01',
    validUntil: '2030-12-31',
    status: 'active',
    change: 'created',
    reason: null,
    diff: { scope: { added: ['view-financials', 'file-returns'], removed: [] } },
    changedBy: { kind: 'contact', name: 'Carla Finance' },
    proposalId: null,
    createdAt: '2026-01-01T09:00:00.000Z',
    ...overrides,
  };
}

export function invitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: 'i1',
    partnerId: 'pa1',
    partnerName: 'Acme Advisors',
    clientId: null,
    companyName: 'Globex GmbH',
    domain: 'globex.example',
    contactEmail: 'cfo@globex.example',
    contactName: 'Greta Globex',
    locale: 'en',
    scope: ['view-financials'],
    validFrom: '2026-03-01',
    validUntil: null,
    message: null,
    status: 'sent',
    sentBy: { personId: 'sally', name: 'Sally Sales' },
    sentAt: '2026-03-01T10:00:00.000Z',
    expiresAt: '2026-03-15T10:00:00.000Z',
    resendCount: 0,
    respondedAt: null,
    declineReason: null,
    ...overrides,
  };
}

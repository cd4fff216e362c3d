/**
 * What the billing browser tests share: translations registered as the shell would, sessions, the
 * API's shapes as the server answers them, and a fake client for billing's routes (which the SDK's
 * generated types do not know, so the table is typed here from the plugin's own schemas).
 */
import { fakeClient, registerWidgetTranslations, testSession, type FakeRoutes } from '@portico/widgets/testing';
import widgets from './index.js';
import type { BillingAccount, Invoice, Money, Plan } from './shared.js';

export function registerBillingTranslations(): void {
  registerWidgetTranslations(widgets);
}

export const partnerAdmin = testSession({ person: { id: 'admin', name: 'Alice Admin' }, roles: ['partner_admin'], permissions: ['billing.read', 'billing.manage'] });
export const partnerReader = testSession({ person: { id: 'reader', name: 'Rita Reader' }, permissions: ['billing.read'] });
export const staff = testSession({
  person: { id: 'staff1', name: 'Sam Staff', kind: 'staff' },
  roles: ['partner_manager'],
  permissions: ['billing.read', 'billing.accounts.manage', 'billing.invoices.manage', 'billing.plans.manage'],
});

export const eur = (minor: number): Money => ({ minor, currency: 'EUR', exponent: 2, value: (minor / 100).toFixed(2) });

export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-growth',
    name: 'Growth',
    description: 'Technical questions answered by our experts.',
    price: eur(13_900),
    period: 'month',
    features: ['questions.ask'],
    active: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function account(overrides: Partial<BillingAccount> = {}): BillingAccount {
  const growth = plan();
  return {
    id: 'acc1',
    partnerId: 'pa1',
    partnerName: 'Acme Resellers',
    setUp: true,
    contactName: 'Fatima Finance',
    contactEmail: 'billing@acme.example',
    addressLine1: '12 rue de la Paix',
    addressLine2: null,
    city: 'Paris',
    postalCode: '75002',
    region: null,
    country: 'FR',
    taxId: 'FR40303265045',
    taxIdKind: 'eu_vat',
    plan: { id: growth.id, name: growth.name, price: growth.price, period: growth.period, features: growth.features, active: true },
    paymentMethod: { status: 'none', provider: 'manual' },
    standing: { state: 'active', since: '2026-03-01T00:00:00.000Z', graceEndsAt: null, waivedUntil: null, waiverReason: null, cause: null, restricted: false },
    pastDue: null,
    amountDue: [],
    amountOverdue: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    ...overrides,
  };
}

export function overdueAccount(state: 'overdue' | 'grace' | 'restricted', overrides: Partial<BillingAccount> = {}): BillingAccount {
  return account({
    standing: { state, since: '2026-03-10T00:00:00.000Z', graceEndsAt: state === 'overdue' ? null : '2026-03-27T00:00:00.000Z', waivedUntil: null, waiverReason: null, cause: { code: 'invoice-past-due', invoiceNumber: 'INV-2026-000002', reason: null }, restricted: state === 'restricted' },
    pastDue: { invoiceId: 'inv2', number: 'INV-2026-000002', amountDue: eur(13_900), dueDate: '2026-03-05' },
    amountDue: [eur(13_900)],
    amountOverdue: [eur(13_900)],
    ...overrides,
  });
}

export function invoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: 'inv1',
    accountId: 'acc1',
    partnerId: 'pa1',
    partnerName: 'Acme Resellers',
    number: 'INV-2026-000001',
    status: 'paid',
    description: 'Growth, February',
    periodStart: '2026-02-01',
    periodEnd: '2026-02-28',
    amount: eur(13_900),
    amountPaid: eur(13_900),
    amountDue: eur(0),
    dueDate: '2026-02-05',
    pastDue: false,
    issuedAt: '2026-02-01T09:00:00.000Z',
    paidAt: '2026-02-03T09:00:00.000Z',
    closedAt: null,
    closeReason: null,
    hostedUrl: null,
    pdfUrl: null,
    payments: [],
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-02-03T09:00:00.000Z',
    ...overrides,
  };
}

export const openInvoice = (overrides: Partial<Invoice> = {}) =>
  invoice({ id: 'inv2', number: 'INV-2026-000002', status: 'open', description: 'Growth, March', periodStart: '2026-03-01', periodEnd: '2026-03-31', amountPaid: eur(0), amountDue: eur(13_900), dueDate: '2026-03-05', pastDue: true, paidAt: null, ...overrides });

/** A route's stand-in, by `METHOD /path` as the elements call them with `client.call`. */
type Handler = (options: { query?: Record<string, unknown>; body?: unknown }) => unknown;

/** A fake client answering billing's routes (and any others given). */
export function billingClient(routes: Record<string, Handler>) {
  return fakeClient(routes as unknown as FakeRoutes);
}

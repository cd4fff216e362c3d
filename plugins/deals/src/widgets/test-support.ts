/** What the deals browser tests share: translations registered as the shell would, sessions, deals. */
import { registerWidgetTranslations, testSession } from '@portico/widgets/testing';
import widgets from './index.js';
import type { Deal } from './shared.js';

export function registerDealsTranslations(): void {
  registerWidgetTranslations(widgets);
}

const session = (kind: 'staff' | 'member', permissions: string[], personId = 'me') =>
  testSession({ person: { id: personId, name: kind === 'staff' ? 'Sam Staff' : 'Sally Sales', kind }, permissions });

export const salesperson = session('member', ['deals.read', 'deals.submit']);
export const partnerAdmin = session('member', ['deals.read', 'deals.partner-wide'], 'admin');
export const reviewer = session('staff', ['deals.read', 'deals.review', 'deals.territories.manage', 'deals.settings.manage', 'access.partners.read']);

export function deal(overrides: Partial<Deal> = {}): Deal {
  return {
    id: 'd1',
    partnerId: 'pa1',
    submittedBy: { id: 'me', name: 'Sally Sales' },
    customerName: 'Contoso Ltd',
    customerDomain: 'contoso.example',
    customerCountry: 'US',
    title: 'Contoso: 500 seats',
    description: 'Replacing their current tool.',
    amount: { minor: 12_000_000, currency: 'USD', exponent: 2, value: '120000.00' },
    closeDate: null,
    status: 'pending',
    decisionReason: null,
    decidedAt: null,
    expiresAt: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

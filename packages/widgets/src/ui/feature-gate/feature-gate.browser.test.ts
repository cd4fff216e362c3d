import { expect, fixture, html } from '@open-wc/testing';
import './feature-gate.js';
import type { PorticoFeatureGate } from './feature-gate.js';
import { fakeClient, settle } from '../../testing/fake-client.js';
import { testSession } from '../../testing/sessions.js';
import { expectAccessible } from '../../testing/axe.js';

const refused = {
  allowed: false as const,
  problem: {
    type: 'https://portico.dev/problems/billing-required',
    title: 'Bulk actions need active billing',
    status: 402,
    detail: 'Your organisation’s invoice is overdue.',
    action: { href: '/billing', label: 'Pay the invoice' },
  },
};

describe('<portico-feature-gate>', () => {
  it('shows the feature while the person may use it, and in its place what to do when a gate reserves it, asking once for every gate of the page', async () => {
    const fake = fakeClient({
      'GET /portal/features': ({ query }) => ({
        features: Object.fromEntries(String(query?.keys).split(',').map((key) => [key, key === 'fleet.bulk-actions' ? refused : { allowed: true as const }])),
      }),
    });
    const page = await fixture<HTMLDivElement>(html`<div>
      <portico-feature-gate feature="fleet.bulk-actions" .client=${fake.client} .session=${testSession()}><button>Resolve 20 items</button></portico-feature-gate>
      <portico-feature-gate feature="documents.premium" .client=${fake.client} .session=${testSession()}><a href="/documents/premium">Premium library</a></portico-feature-gate>
    </div>`);
    await settle();
    const [bulk, premium] = [...page.querySelectorAll<PorticoFeatureGate>('portico-feature-gate')];
    await Promise.all([bulk.updateComplete, premium.updateComplete]);

    expect(fake.calls.filter((c) => c.path === '/portal/features')).to.have.length(1);
    // Allowed: the content, as it is.
    expect(premium.shadowRoot!.querySelector('slot')).to.exist;
    expect(premium.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    // Reserved: no content, the reason and a way to lift it.
    const notice = bulk.shadowRoot!.querySelector('[part="notice"]')!;
    expect(bulk.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(notice.textContent).to.contain('Bulk actions need active billing');
    expect(notice.textContent).to.contain('Your organisation’s invoice is overdue.');
    const action = bulk.shadowRoot!.querySelector<HTMLAnchorElement>('[part="action"]')!;
    expect(action.textContent).to.equal('Pay the invoice');
    expect(action.getAttribute('href')).to.equal('/billing');
    await expectAccessible(bulk);
  });

  it('shows the feature when the portal cannot be asked: the server refuses its routes anyway', async () => {
    const fake = fakeClient({});
    const gate = await fixture<PorticoFeatureGate>(html`<portico-feature-gate feature="fleet.bulk-actions" .client=${fake.client} .session=${testSession()}><button>Go</button></portico-feature-gate>`);
    await settle();
    await gate.updateComplete;
    expect(gate.shadowRoot!.querySelector('slot')).to.exist;
  });
});

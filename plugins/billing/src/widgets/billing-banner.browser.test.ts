import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import './billing-banner.js';
import type { PorticoBillingBanner } from './billing-banner.js';
import { account, billingClient, overdueAccount, partnerAdmin, registerBillingTranslations, staff } from './test-support.js';

registerBillingTranslations();

async function mount(answer: () => unknown, session: unknown = partnerAdmin) {
  const fake = billingClient({ 'GET /billing/account': answer });
  const el = await fixture<PorticoBillingBanner>(html`<portico-billing-banner .client=${fake.client} .session=${session}></portico-billing-banner>`);
  await settle();
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');

describe('<portico-billing-banner>', () => {
  afterEach(() => setLocale('en'));

  it('says nothing while billing is in order', async () => {
    const { el } = await mount(() => account());
    expect(root(el).querySelector('[part=banner]')).to.equal(null);
  });

  it('names the invoice past due, its amount and date, with a link to billing', async () => {
    const { el } = await mount(() => overdueAccount('overdue'));
    expect(text(el)).to.contain('An invoice is past due').and.contain('INV-2026-000002').and.contain('€139.00').and.contain('Mar 5, 2026');
    expect(root(el).querySelector('a[part=action]')!.getAttribute('href')).to.equal('/billing');
    expect(root(el).querySelector('[part=banner]')!.getAttribute('role')).to.equal('status');
    await expectAccessible(el);
  });

  it('says when features will be paused during the grace period, and that they are while restricted', async () => {
    const grace = await mount(() => overdueAccount('grace'));
    expect(text(grace.el)).to.contain('Your billing needs attention').and.contain('Mar 27, 2026');
    const restricted = await mount(() => overdueAccount('restricted'));
    expect(text(restricted.el)).to.contain('Some features are paused until your invoice is paid').and.contain('the moment it is paid');
    expect(root(restricted.el).querySelector('[part=banner]')!.getAttribute('role')).to.equal('alert');
    await expectAccessible(restricted.el);
  });

  it('never shows an error in place of the page, and never asks for staff', async () => {
    const failing = await mount(() => {
      throw new FakeProblem(503, 'Service unavailable');
    });
    expect(root(failing.el).children.length).to.equal(0);
    const asStaff = await mount(() => overdueAccount('restricted'), staff);
    expect(asStaff.fake.calls).to.have.length(0);
    expect(root(asStaff.el).querySelector('[part=banner]')).to.equal(null);
  });

  it('speaks French', async () => {
    const { el } = await mount(() => overdueAccount('restricted'));
    await setLocale('fr');
    el.locale = 'fr'; // what the provider's locale context hands down
    await waitUntil(() => text(el).includes('Certaines fonctionnalités sont suspendues'));
    expect(text(el)).to.contain('INV-2026-000002').and.contain('139,00').and.contain('5 mars 2026');
    expect(root(el).querySelector('a[part=action]')!.textContent).to.equal('Aller à la facturation');
  });
});

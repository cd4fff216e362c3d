import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import './billing-plans.js';
import type { PorticoBillingPlans } from './billing-plans.js';
import { billingClient, partnerAdmin, plan, registerBillingTranslations, staff } from './test-support.js';
import type { Plan } from './shared.js';

registerBillingTranslations();

type Control = HTMLElement & { value: string; error: string };
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

async function mount(routes: Record<string, (options: { query?: Record<string, unknown>; body?: unknown }) => unknown> = {}, session: unknown = staff) {
  const fake = billingClient({ 'GET /billing/plans': () => ({ items: [plan()], nextCursor: null }), ...routes });
  const el = await fixture<PorticoBillingPlans>(html`<portico-billing-plans .client=${fake.client} .session=${session}></portico-billing-plans>`);
  await waitUntil(() => el.plans.status !== 'loading' && el.plans.status !== 'idle');
  await settle();
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const control = (scope: ParentNode, name: string) => scope.querySelector<Control>(`[name=${name}]`)!;

describe('<portico-billing-plans>', () => {
  afterEach(() => setLocale('en'));

  it('lists the catalogue and adds a plan, with the server’s field errors on the fields', async () => {
    let attempt = 0;
    const { el, fake } = await mount({
      'POST /billing/plans': ({ body }) => {
        if (attempt++ === 0) throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/price', message: 'has more decimals than EUR allows' }]);
        return plan({ id: 'p2', name: (body as { name: string }).name });
      },
    });
    const table = root(el).querySelector<Updating>('portico-data-table')!;
    await table.updateComplete;
    expect(table.shadowRoot!.textContent).to.contain('Growth').and.contain('€139.00 per month').and.contain('questions.ask');
    await expectAccessible(el);
    [...root(el).querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === 'Add a plan')!.click();
    await settle();
    const form = root(el).querySelector<HTMLFormElement>('#new-plan form')!;
    control(form, 'name').value = 'Partner Pro';
    control(form, 'price').value = '149.001';
    control(form, 'features').value = 'questions.ask, fleet.bulk-actions';
    form.requestSubmit();
    await waitUntil(() => control(form, 'price').error);
    expect(control(form, 'price').error).to.contain('decimals');
    control(form, 'price').value = '149.00';
    form.requestSubmit();
    await waitUntil(() => attempt === 2);
    expect(fake.calls.filter((c) => c.method === 'POST').at(-1)!.options.body).to.deep.equal({
      name: 'Partner Pro', description: '', price: '149.00', currency: 'EUR', period: 'month', features: ['questions.ask', 'fleet.bulk-actions'],
    });
  });

  it('retires a plan', async () => {
    const { el, fake } = await mount({ 'PATCH /billing/plans/plan-growth': ({ body }) => plan({ active: (body as Pick<Plan, 'active'>).active }) });
    const table = root(el).querySelector<Updating>('portico-data-table')!;
    await table.updateComplete;
    [...table.shadowRoot!.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.getAttribute('label') === 'Retire Growth')!.click();
    await waitUntil(() => el.plans.value!.items[0].active === false);
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ active: false });
  });

  it('shows the catalogue without changes to those who may not change it, and an empty catalogue', async () => {
    const { el } = await mount({ 'GET /billing/plans': () => ({ items: [], nextCursor: null }) }, partnerAdmin);
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No plans yet');
    expect(root(el).querySelector('portico-dialog')).to.equal(null);
  });

  it('speaks French', async () => {
    const { el } = await mount();
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Offres');
  });
});

import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, oneEvent, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { deal, registerDealsTranslations } from './test-support.js';
import './deal-form.js';
import type { PorticoDealForm } from './deal-form.js';
import type { Deal } from './shared.js';

registerDealsTranslations();

type Control = HTMLElement & { value: string; error: string };

async function mount(routes: Parameters<typeof fakeClient>[0], dealId?: string) {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoDealForm>(html`<portico-deal-form .client=${fake.client} deal-id=${dealId ?? ''}></portico-deal-form>`);
  if (!dealId) el.dealId = undefined;
  await waitUntil(() => el.initial.status === 'ready' || el.initial.status === 'error');
  await el.updateComplete;
  return { el, fake };
}
const control = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<Control>(`[name=${name}]`)!;
const set = (el: HTMLElement, name: string, value: string) => (control(el, name).value = value);
const submitButton = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement & { loading: boolean }>('portico-button[type=submit]')!;

describe('<portico-deal-form>', () => {
  afterEach(() => setLocale('en'));

  it('registers a deal with the amount as typed, in the tenant’s currency, then goes to its page', async () => {
    let answer!: (value: Deal) => void;
    const { el, fake } = await mount({
      'GET /deals/settings': () => ({ currency: 'EUR', approvalDays: 90, visibility: 'partner', timeZone: 'UTC' }),
      'POST /deals': () => new Promise((resolve) => (answer = resolve)),
    });
    expect(control(el, 'currency').value).to.equal('EUR');
    await expectAccessible(el);
    set(el, 'customerName', 'Initech GmbH');
    set(el, 'title', '200 seats');
    set(el, 'amount', '48 000.10');
    set(el, 'customerCountry', 'de');
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle();
    expect(submitButton(el).loading, 'busy while saving').to.equal(true);
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle();
    expect(fake.calls.filter((c) => c.method === 'POST'), 'one submit, one deal').to.have.length(1);
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ customerName: 'Initech GmbH', title: '200 seats', amount: '48000.10', currency: 'EUR', customerCountry: 'DE' });
    const navigated = oneEvent(el, 'portico-navigate');
    answer(deal({ id: 'd9', customerName: 'Initech GmbH' }));
    expect((await navigated).detail).to.deep.equal({ path: '/deals/d9' });
    await waitUntil(() => !submitButton(el).loading, 'ready again after saving');
  });

  it('takes the amount with the reader\'s grouping: "12,000" in English, "12 000,50" in French (issue 23, item 10)', async () => {
    const { el, fake } = await mount({
      'GET /deals/settings': () => ({ currency: 'EUR', approvalDays: 90, visibility: 'partner', timeZone: 'UTC' }),
      'POST /deals': () => deal({ id: 'd1' }),
    });
    set(el, 'customerName', 'Initech GmbH');
    set(el, 'title', '200 seats');
    set(el, 'amount', '12,000');
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await settle();
    expect(fake.calls.at(-1)!.options.body).to.include({ amount: '12000' });
  });

  it('shows the server’s field errors on the fields, the amount’s included', async () => {
    const { el } = await mount({
      'GET /deals/settings': () => ({ currency: 'JPY', approvalDays: 90, visibility: 'partner', timeZone: 'UTC' }),
      'POST /deals': () => {
        throw new FakeProblem(400, 'Invalid request', undefined, [
          { field: '/amount', message: 'JPY has no minor unit: give a whole amount.' },
          { field: '/closeDate', message: 'The expected close date cannot be in the past.' },
        ]);
      },
    });
    set(el, 'customerName', 'Initech');
    set(el, 'title', 'Seats');
    set(el, 'amount', '10.5');
    set(el, 'closeDate', '2020-01-01');
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(() => control(el, 'amount').error);
    expect(control(el, 'amount').error).to.contain('JPY has no minor unit');
    expect(control(el, 'closeDate').error).to.contain('cannot be in the past');
    expect(control(el, 'closeDate').getAttribute('min')).to.match(/^\d{4}-\d{2}-\d{2}$/);
    await expectAccessible(el);
  });

  it('maps a missing amount (reported as amountMinor) onto the amount field', async () => {
    const { el } = await mount({
      'GET /deals/settings': () => ({ currency: 'USD', approvalDays: 90, visibility: 'partner', timeZone: 'UTC' }),
      'POST /deals': () => {
        throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/amountMinor', message: 'The expected amount is required.' }]);
      },
    });
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(() => control(el, 'amount').error);
    expect(control(el, 'amount').error).to.equal('The expected amount is required.');
  });

  it('edits a pending deal, starting from its values', async () => {
    const { el, fake } = await mount({
      'GET /deals/{id}': () => deal({ closeDate: '2030-06-30' }),
      'PATCH /deals/{id}': ({ body }) => deal({ ...(body as object), amount: { minor: 13_000_000, currency: 'USD', exponent: 2, value: '130000.00' } }),
    }, 'd1');
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Change the deal');
    expect(control(el, 'amount').value).to.equal('120000.00');
    expect(control(el, 'closeDate').value).to.equal('2030-06-30');
    set(el, 'amount', '130000');
    set(el, 'customerDomain', '');
    const saved = oneEvent(el, 'portico-deal-saved');
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    expect((await saved).detail.created).to.equal(false);
    const call = fake.calls.find((c) => c.method === 'PATCH')!;
    expect(call.options.params).to.deep.equal({ id: 'd1' });
    expect(call.options.body).to.include({ amount: '130000', currency: 'USD', closeDate: '2030-06-30', customerDomain: null });
  });

  it('does not offer to edit a deal that is no longer pending', async () => {
    const { el } = await mount({ 'GET /deals/{id}': () => deal({ status: 'approved' }) }, 'd1');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Only a pending deal can be changed.');
  });

  it('offers a retry when the settings cannot be read, and speaks French', async () => {
    let fail = true;
    const { el } = await mount({
      'GET /deals/settings': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable');
        return { currency: 'USD', approvalDays: 90, visibility: 'partner', timeZone: 'UTC' };
      },
    });
    expect(el.shadowRoot!.querySelector('portico-error-state')).to.exist;
    fail = false;
    await el.initial.retry();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('form')).to.exist;
    await setLocale('fr');
    await waitUntil(() => el.shadowRoot!.querySelector('h1')!.textContent === 'Enregistrer une opportunité');
    expect(submitButton(el).textContent!.trim()).to.equal('Enregistrer l’opportunité');
  });
});

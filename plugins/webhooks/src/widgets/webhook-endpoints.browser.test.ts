import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { endpoint, manager, reader, registerWebhooksTranslations, webhooksFake, type WebhooksRoutes } from './test-support.js';
import './webhook-endpoints.js';
import type { PorticoWebhookEndpoints } from './webhook-endpoints.js';

registerWebhooksTranslations();

const list = () => ({
  items: [
    endpoint({ pending: 3 }),
    endpoint({ id: 'e2', url: 'https://erp.example.com/in', description: '', events: ['*'], enabled: false, disabledReason: 'Disabled by the programme’s staff.', lastDelivery: null }),
    endpoint({ id: 'e3', url: 'https://old.example.com/hook', failingSince: '2026-11-28T08:00:00.000Z', lastDelivery: { status: 'failed', at: '2026-11-30T09:00:00.000Z', responseStatus: 503 } }),
  ],
  nextCursor: null,
});

async function mount(routes: WebhooksRoutes, session: unknown = manager) {
  const fake = webhooksFake(routes);
  const el = await fixture<PorticoWebhookEndpoints>(html`<portico-webhook-endpoints .client=${fake.client} .session=${session}></portico-webhook-endpoints>`);
  await waitUntil(() => el.endpoints.status !== 'loading' && el.endpoints.status !== 'idle');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement) => root(el).querySelector('portico-data-table')!;
const tableText = (el: HTMLElement) => table(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** As a person presses it: on the button inside, which submits the form for a submit button. */
const press = (scope: ParentNode, label: string) => {
  const button = [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === label);
  if (!button) throw new Error(`No button “${label}”`);
  button.shadowRoot!.querySelector('button')!.click();
};
const dialog = (el: HTMLElement) => root(el).querySelector<HTMLElement & { open: boolean }>('#add')!;
const field = (el: HTMLElement, name: string) => dialog(el).querySelector<HTMLElement & { value: string; error: string }>(`portico-field[name="${name}"]`)!;
const box = (el: HTMLElement, value: string) => dialog(el).querySelector<HTMLElement & { checked: boolean; error: string; disabled: boolean }>(`portico-checkbox[value="${value}"]`)!;

describe('<portico-webhook-endpoints>', () => {
  afterEach(() => setLocale('en'));

  it('lists the endpoints with their events, state, what waits and the last delivery, each linking to its page', async () => {
    const { el } = await mount({ 'GET /webhooks/endpoints': list });
    const text = tableText(el);
    expect(text).to.contain('https://crm.example.com/hooks/portico').and.contain('Deals into our CRM').and.contain('deals.deal.approved, deals.deal.submitted');
    expect(text).to.contain('Enabled').and.contain('Succeeded').and.contain('204').and.contain('Nov 30, 2026');
    expect(text).to.contain('All events').and.contain('Disabled').and.contain('Disabled by the programme’s staff.').and.contain('None yet');
    expect(text).to.contain('Failing since Nov 28, 2026').and.contain('Failed').and.contain('503');
    const cells = [...table(el).shadowRoot!.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td, th')].map((c) => c.textContent!.trim()));
    expect(cells[0]).to.include('3');
    expect([...table(el).shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['/settings/webhooks/e1', '/settings/webhooks/e2', '/settings/webhooks/e3']);
    await expectAccessible(el);
  });

  it('adds an endpoint: the server’s refusal of the URL on its field, then the secret shown once', async () => {
    let tries = 0;
    const { el, fake } = await mount({
      'GET /webhooks/endpoints': () => ({ items: tries > 1 ? [endpoint({ id: 'e9' })] : [], nextCursor: null }),
      'POST /webhooks/endpoints': ({ body }) => {
        if (tries++ === 0) throw new FakeProblem(400, 'Invalid request', undefined, [{ in: 'body', field: '/url', message: 'may not point at a private address.' }]);
        const b = body as { url: string; description: string; events: string[] };
        return { endpoint: endpoint({ id: 'e9', ...b }), secret: 'whsec_c2VjcmV0LXNob3duLW9uY2U=' };
      },
    });
    expect(root(el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No endpoint yet');
    expect(root(el).querySelector('portico-empty-state')!.textContent).to.contain('Add one to let your systems hear deals, questions, courses…');
    press(root(el).querySelector('.heading')!, 'Add an endpoint');
    await waitUntil(() => dialog(el).open && box(el, 'deals.deal.submitted'));
    // Grouped by plugin, with "All events" first.
    expect([...dialog(el).querySelectorAll('fieldset.plugin-events legend')].map((l) => l.textContent)).to.deep.equal(['deals', 'questions', 'training']);
    await expectAccessible(el);
    // Nothing is sent without a URL and an event.
    press(dialog(el), 'Add the endpoint');
    await waitUntil(() => field(el, 'url').error !== '');
    expect(box(el, '*').error).to.contain('Choose at least one event');
    expect(fake.calls.some((c) => c.method === 'POST')).to.equal(false);
    field(el, 'url').value = 'https://10.0.0.1/hook';
    field(el, 'description').value = 'Deals into our CRM';
    box(el, 'deals.deal.submitted').checked = true;
    box(el, 'questions.question.asked').checked = true;
    press(dialog(el), 'Add the endpoint');
    await waitUntil(() => field(el, 'url').error.includes('private address'));
    expect(fake.calls.find((c) => c.method === 'POST')!.options.body).to.deep.equal({
      url: 'https://10.0.0.1/hook', description: 'Deals into our CRM', events: ['deals.deal.submitted', 'questions.question.asked'],
    });
    field(el, 'url').value = 'https://crm.example.com/hooks/portico';
    press(dialog(el), 'Add the endpoint');
    await waitUntil(() => dialog(el).querySelector('.secret'));
    expect(dialog(el).querySelector('.secret')!.textContent).to.equal('whsec_c2VjcmV0LXNob3duLW9uY2U=');
    expect(dialog(el).textContent).to.contain('it will not be shown again');
    expect(fake.calls.filter((c) => c.method === 'POST').at(-1)!.options.body).to.deep.equal({
      url: 'https://crm.example.com/hooks/portico', description: 'Deals into our CRM', events: ['deals.deal.submitted', 'questions.question.asked'],
    });
    await expectAccessible(dialog(el));
    // The list shows the new endpoint; once closed, the secret is gone for good.
    await waitUntil(() => root(el).querySelector('portico-data-table'));
    press(dialog(el), 'Done');
    await waitUntil(() => !dialog(el).open);
    expect(dialog(el).querySelector('.secret')).to.equal(null);
    press(root(el).querySelector('.heading')!, 'Add an endpoint');
    await waitUntil(() => dialog(el).open && field(el, 'url'));
    expect(dialog(el).querySelector('.secret')).to.equal(null);
    expect(field(el, 'url').value).to.equal('');
  });

  it('adds an endpoint for every event, present and future, and puts an unknown event’s refusal on the events', async () => {
    let tries = 0;
    const { el, fake } = await mount({
      'GET /webhooks/endpoints': () => ({ items: [], nextCursor: null }),
      'POST /webhooks/endpoints': () => {
        if (tries++ === 0) throw new FakeProblem(400, 'Invalid request', undefined, [{ in: 'body', field: '/events/0', message: '"x.y" is no event of this programme.' }]);
        return { endpoint: endpoint({ events: ['*'] }), secret: 'whsec_all' };
      },
    });
    press(root(el).querySelector('portico-empty-state')!, 'Add an endpoint');
    await waitUntil(() => dialog(el).open && box(el, 'deals.deal.submitted'));
    field(el, 'url').value = 'https://crm.example.com/all';
    box(el, '*').checked = true;
    box(el, '*').dispatchEvent(new CustomEvent('portico-change', { detail: { checked: true } }));
    await waitUntil(() => box(el, 'deals.deal.submitted').disabled);
    press(dialog(el), 'Add the endpoint');
    await waitUntil(() => box(el, '*').error !== '');
    expect(box(el, '*').error).to.contain('no event of this programme');
    press(dialog(el), 'Add the endpoint');
    await waitUntil(() => dialog(el).querySelector('.secret'));
    expect(fake.calls.filter((c) => c.method === 'POST').at(-1)!.options.body).to.deep.equal({ url: 'https://crm.example.com/all', description: '', events: ['*'] });
  });

  it('offers no adding to staff who only read', async () => {
    const { el } = await mount({ 'GET /webhooks/endpoints': () => ({ items: [], nextCursor: null }) }, reader);
    expect(root(el).querySelector('portico-empty-state')).to.exist;
    expect(root(el).querySelectorAll('portico-button')).to.have.length(0);
    expect(root(el).querySelector('#add')).to.equal(null);
    await expectAccessible(el);
  });

  it('shows a skeleton while loading, then an error with a retry, then the list', async () => {
    let fail = true;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fake = webhooksFake({
      'GET /webhooks/endpoints': async () => {
        await gate;
        if (fail) throw new FakeProblem(503, 'Service unavailable');
        return list();
      },
    });
    const el = await fixture<PorticoWebhookEndpoints>(html`<portico-webhook-endpoints .client=${fake.client} .session=${manager}></portico-webhook-endpoints>`);
    expect(root(el).querySelector('portico-skeleton')).to.exist;
    release();
    await waitUntil(() => root(el).querySelector('portico-error-state'));
    await expectAccessible(el);
    fail = false;
    await el.endpoints.retry();
    await settle();
    expect(tableText(el)).to.contain('https://crm.example.com/hooks/portico');
  });

  it('says why an endpoint is disabled in the reader’s language, whoever disabled it', async () => {
    const { el } = await mount({
      'GET /webhooks/endpoints': () => ({
        items: [
          endpoint({ id: 'e4', enabled: false, disabledBy: 'failing', disabledReason: 'Every delivery failed for 5 days (since 2026-11-20).', failingSince: '2026-11-20T08:00:00.000Z' }),
          endpoint({ id: 'e5', url: 'https://crm.northwind.example/hooks', enabled: false, disabledBy: 'setup', disabledReason: 'Demo endpoint: give it an address of yours, rotate its secret, then enable it.' }),
        ],
        nextCursor: null,
      }),
    });
    expect(tableText(el)).to.contain('Every delivery failed since').and.contain('Demo endpoint');
    await setLocale('fr');
    el.locale = 'fr';
    await waitUntil(() => tableText(el).includes('Toutes les livraisons échouent depuis le'));
    expect(tableText(el)).to.contain('Point de terminaison de démonstration').and.not.contain('Every delivery failed');
  });

  it('speaks French and Spanish', async () => {
    const { el } = await mount({ 'GET /webhooks/endpoints': list });
    await setLocale('fr');
    el.locale = 'fr';
    await waitUntil(() => tableText(el).includes('Tous les événements'));
    expect(tableText(el)).to.contain('Activé').and.contain('Désactivé').and.contain('En échec depuis le');
    await setLocale('es');
    el.locale = 'es';
    await waitUntil(() => tableText(el).includes('Todos los eventos'));
    expect(root(el).querySelector('portico-button')!.textContent!.trim()).to.equal('Añadir un endpoint');
  });
});

import { FakeProblem, expect, expectAccessible, fixture, html, oneEvent, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { delivery, deliveryDetail, endpoint, manager, reader, registerWebhooksTranslations, webhooksFake, type WebhooksRoutes } from './test-support.js';
import './webhook-endpoint.js';
import type { PorticoWebhookEndpoint } from './webhook-endpoint.js';
import type { Endpoint } from './shared.js';

registerWebhooksTranslations();

const deliveries = (): WebhooksRoutes['GET /webhooks/endpoints/{id}/deliveries'] => ({ query }) => {
  if (query?.status === 'failed') return { items: [delivery({ id: 'd3', status: 'failed', attempts: 8, responseStatus: 500, eventType: 'deals.deal.approved' })], nextCursor: null };
  if (query?.cursor) return { items: [delivery({ id: 'd4', eventType: 'training.course.completed' })], nextCursor: null };
  return {
    items: [
      delivery({ id: 'd1' }),
      delivery({ id: 'd2', status: 'pending', attempts: 2, responseStatus: 503, durationMs: 2100, nextAttemptAt: '2026-11-30T11:30:00.000Z', eventType: 'questions.question.asked' }),
    ],
    nextCursor: 'more',
  };
};

const routes = (overrides: WebhooksRoutes = {}): WebhooksRoutes => ({
  'GET /webhooks/endpoints/{id}': () => endpoint(),
  'GET /webhooks/endpoints/{id}/deliveries': deliveries(),
  ...overrides,
});

async function mount(r: WebhooksRoutes, session: unknown = manager) {
  const fake = webhooksFake(r);
  const el = await fixture<PorticoWebhookEndpoint>(html`<portico-webhook-endpoint .client=${fake.client} .session=${session} endpoint-id="e1"></portico-webhook-endpoint>`);
  await waitUntil(() => el.endpoint.status !== 'loading' && el.endpoint.status !== 'idle');
  await el.updateComplete;
  if (el.endpoint.status === 'ready') await waitUntil(() => el.deliveryPage.status !== 'loading' && el.deliveryPage.status !== 'idle');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const squash = (text: string) => text.replace(/\s+/g, ' ');
const part = (el: HTMLElement, name: string) => squash(root(el).querySelector(`[part=${name}]`)!.textContent!);
const table = (el: HTMLElement) => root(el).querySelector('[part=deliveries] portico-data-table')!;
const tableText = (el: HTMLElement) => squash(table(el).shadowRoot!.textContent!);
const press = (scope: ParentNode, label: string) => {
  const button = [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === label);
  if (!button) throw new Error(`No button “${label}”`);
  button.shadowRoot!.querySelector('button')!.click();
};
const dialog = (el: HTMLElement, id: string) => root(el).querySelector<HTMLElement & { open: boolean }>(`#${id}`)!;

describe('<portico-webhook-endpoint>', () => {
  afterEach(() => setLocale('en'));

  it('shows the endpoint and its deliveries, pages on, filters by status', async () => {
    const { el, fake } = await mount(routes());
    expect(fake.calls.filter((c) => c.path.startsWith('/webhooks/endpoints/')).every((c) => c.options.params!.id === 'e1')).to.equal(true);
    expect(root(el).querySelector('h1')!.textContent).to.equal('Deals into our CRM');
    expect(part(el, 'details')).to.contain('https://crm.example.com/hooks/portico').and.contain('deals.deal.approved').and.contain('Enabled').and.contain('Set');
    expect(tableText(el)).to.contain('deals.deal.submitted').and.contain('Succeeded').and.contain('204').and.contain('120 ms');
    expect(tableText(el)).to.contain('questions.question.asked').and.contain('Pending').and.contain('503').and.contain('2100 ms').and.contain('Next attempt at Nov 30, 2026');
    await expectAccessible(el);
    table(el).dispatchEvent(new CustomEvent('portico-load-more'));
    await waitUntil(() => tableText(el).includes('training.course.completed'));
    expect(fake.calls.at(-1)!.options.query).to.deep.include({ cursor: 'more' });
    const select = root(el).querySelector<HTMLElement & { value: string }>('[part=deliveries] portico-select[name=status]')!;
    select.value = 'failed';
    select.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'failed' } }));
    await waitUntil(() => el.deliveryPage.status === 'ready' && tableText(el).includes('deals.deal.approved'));
    expect(tableText(el)).not.to.contain('questions.question.asked');
    expect(fake.calls.at(-1)!.options.query).to.deep.include({ status: 'failed' });
  });

  it('opens a delivery: its body, last answer and attempts; replays it', async () => {
    const { el, fake } = await mount(
      routes({
        'GET /webhooks/deliveries/{id}': () =>
          deliveryDetail({
            id: 'd2', status: 'pending', attempts: 2, responseBody: '{"error":"busy"}',
            history: [
              { at: '2026-11-30T10:00:00.000Z', responseStatus: null, durationMs: 10000, error: 'timeout' },
              { at: '2026-11-30T10:05:00.000Z', responseStatus: 503, durationMs: 2100, error: null },
            ],
          }),
        'POST /webhooks/deliveries/{id}/replay': () => delivery({ id: 'd9', status: 'pending', attempts: 0, replayOf: 'd2' }),
      }),
    );
    const row = [...table(el).shadowRoot!.querySelectorAll('tbody tr')].find((r) => r.textContent!.includes('questions.question.asked'))!;
    press(row, 'Open');
    await waitUntil(() => dialog(el, 'delivery').open && dialog(el, 'delivery').querySelector('pre'));
    expect(fake.calls.find((c) => c.path === '/webhooks/deliveries/{id}')!.options.params).to.deep.equal({ id: 'd2' });
    const body = dialog(el, 'delivery').querySelector('pre.body')!.textContent!;
    expect(body).to.contain('"dealId": "deal-1"').and.contain('\n  "data": {');
    expect(dialog(el, 'delivery').querySelector('pre.response')!.textContent).to.equal('{"error":"busy"}');
    const attempts = squash(dialog(el, 'delivery').querySelector('.attempts')!.textContent!);
    expect(attempts).to.contain('No answer').and.contain('timeout').and.contain('HTTP 503').and.contain('2100 ms');
    await expectAccessible(dialog(el, 'delivery'));
    press(dialog(el, 'delivery'), 'Replay');
    await waitUntil(() => fake.calls.some((c) => c.path === '/webhooks/deliveries/{id}/replay'));
    expect(fake.calls.find((c) => c.path === '/webhooks/deliveries/{id}/replay')!.options.params).to.deep.equal({ id: 'd2' });
    await waitUntil(() => !dialog(el, 'delivery').open);
    // A toast says so.
    await waitUntil(() => squash(document.querySelector('portico-toaster')?.shadowRoot?.textContent ?? '').includes('Sent again: the replay waits'));
    // The list is asked again, to show the replay.
    await waitUntil(() => fake.calls.filter((c) => c.path === '/webhooks/endpoints/{id}/deliveries').length === 2);
  });

  it('rotates the secret: the new one shown once, and until when the old one signs', async () => {
    const { el, fake } = await mount(
      routes({
        'POST /webhooks/endpoints/{id}/rotate-secret': ({ body }) => {
          const hours = (body as { overlapHours: number }).overlapHours;
          return { endpoint: endpoint({ previousSecretExpiresAt: hours ? '2026-12-01T10:00:00.000Z' : null }), secret: `whsec_new_${hours}` };
        },
      }),
    );
    press(root(el).querySelector('[part=details]')!, 'Rotate the secret');
    await waitUntil(() => dialog(el, 'rotate').open && dialog(el, 'rotate').querySelector('portico-field'));
    const hours = dialog(el, 'rotate').querySelector<HTMLElement & { value: string; error: string }>('portico-field[name=overlapHours]')!;
    expect(hours.value).to.equal('24');
    await expectAccessible(dialog(el, 'rotate'));
    hours.value = '500';
    press(dialog(el, 'rotate'), 'Rotate');
    await waitUntil(() => hours.error !== '');
    expect(fake.calls.some((c) => c.path.endsWith('/rotate-secret'))).to.equal(false);
    hours.value = '24';
    press(dialog(el, 'rotate'), 'Rotate');
    await waitUntil(() => dialog(el, 'rotate').querySelector('.secret'));
    expect(fake.calls.find((c) => c.path.endsWith('/rotate-secret'))!.options.body).to.deep.equal({ overlapHours: 24 });
    expect(dialog(el, 'rotate').querySelector('.secret')!.textContent).to.equal('whsec_new_24');
    expect(squash(dialog(el, 'rotate').textContent!)).to.contain('it will not be shown again').and.contain('The old secret stays valid until Dec 1, 2026');
    expect(part(el, 'details')).to.contain('Old secret valid until Dec 1, 2026');
    await expectAccessible(dialog(el, 'rotate'));
    press(dialog(el, 'rotate'), 'Done');
    await waitUntil(() => !dialog(el, 'rotate').open);
    expect(dialog(el, 'rotate').querySelector('.secret')).to.equal(null);
    // 0: the old one stops at once.
    press(root(el).querySelector('[part=details]')!, 'Rotate the secret');
    await waitUntil(() => dialog(el, 'rotate').querySelector('portico-field'));
    dialog(el, 'rotate').querySelector<HTMLElement & { value: string }>('portico-field[name=overlapHours]')!.value = '0';
    press(dialog(el, 'rotate'), 'Rotate');
    await waitUntil(() => dialog(el, 'rotate').querySelector('.secret'));
    expect(fake.calls.filter((c) => c.path.endsWith('/rotate-secret')).at(-1)!.options.body).to.deep.equal({ overlapHours: 0 });
    expect(squash(dialog(el, 'rotate').textContent!)).to.contain('The old secret no longer works.');
    expect(part(el, 'details')).not.to.contain('Old secret valid until');
  });

  it('disables and enables; a missing secret says to rotate first', async () => {
    let current: Endpoint = endpoint();
    let noSecret = false;
    const { el, fake } = await mount(
      routes({
        'PATCH /webhooks/endpoints/{id}': ({ body }) => {
          const { enabled } = body as { enabled: boolean };
          if (enabled && noSecret) throw Object.assign(new FakeProblem(409, 'Conflict', 'This endpoint has no secret yet.'), { type: 'https://portico.dev/problems/no-secret' });
          current = endpoint({ enabled, disabledReason: enabled ? null : 'Disabled by the programme’s staff.' });
          return current;
        },
      }),
    );
    const details = () => root(el).querySelector('[part=details]')!;
    press(details(), 'Disable');
    await waitUntil(() => part(el, 'details').includes('Disabled by the programme’s staff.'));
    expect(fake.calls.filter((c) => c.method === 'PATCH').at(-1)!.options.body).to.deep.equal({ enabled: false });
    noSecret = true;
    press(details(), 'Enable');
    await waitUntil(() => part(el, 'details').includes('rotate its secret first'));
    expect(root(el).querySelector('[part=details] .notice')!.getAttribute('role')).to.equal('alert');
    noSecret = false;
    press(details(), 'Enable');
    await waitUntil(() => !part(el, 'details').includes('Disabled by'));
    expect(fake.calls.filter((c) => c.method === 'PATCH').at(-1)!.options.body).to.deep.equal({ enabled: true });
    expect(part(el, 'details')).to.contain('Enabled').and.not.contain('rotate its secret first');
  });

  it('edits the URL, description and events', async () => {
    const { el, fake } = await mount(routes({ 'PATCH /webhooks/endpoints/{id}': ({ body }) => endpoint(body as Partial<Endpoint>) }));
    press(root(el).querySelector('[part=details]')!, 'Edit');
    const edit = dialog(el, 'edit');
    await waitUntil(() => edit.open && edit.querySelector('portico-checkbox[value="deals.deal.approved"]'));
    const field = (name: string) => edit.querySelector<HTMLElement & { value: string }>(`portico-field[name=${name}]`)!;
    const box = (value: string) => edit.querySelector<HTMLElement & { checked: boolean }>(`portico-checkbox[value="${value}"]`)!;
    expect(field('url').value).to.equal('https://crm.example.com/hooks/portico');
    expect(box('deals.deal.approved').checked).to.equal(true);
    expect(box('questions.question.asked').checked).to.equal(false);
    field('description').value = 'Deals and questions';
    box('questions.question.asked').checked = true;
    press(edit, 'Save');
    await waitUntil(() => !edit.open);
    expect(fake.calls.find((c) => c.method === 'PATCH')!.options.body).to.deep.equal({
      url: 'https://crm.example.com/hooks/portico', description: 'Deals and questions', events: ['deals.deal.submitted', 'deals.deal.approved', 'questions.question.asked'],
    });
    expect(root(el).querySelector('h1')!.textContent).to.equal('Deals and questions');
  });

  it('deletes only after confirming, then goes back to the list', async () => {
    const { el, fake } = await mount(routes({ 'DELETE /webhooks/endpoints/{id}': () => undefined }));
    press(root(el).querySelector('[part=details]')!, 'Delete');
    await waitUntil(() => dialog(el, 'delete').open);
    expect(fake.calls.some((c) => c.method === 'DELETE')).to.equal(false);
    expect(dialog(el, 'delete').textContent).to.contain('https://crm.example.com/hooks/portico');
    await expectAccessible(dialog(el, 'delete'));
    setTimeout(() => press(dialog(el, 'delete'), 'Delete'));
    expect((await oneEvent(el, 'portico-navigate')).detail).to.deep.equal({ path: '/settings/webhooks' });
    expect(fake.calls.find((c) => c.method === 'DELETE')!.options.params).to.deep.equal({ id: 'e1' });
  });

  it('lets staff who only read see, not act', async () => {
    const { el } = await mount(routes({ 'GET /webhooks/deliveries/{id}': () => deliveryDetail() }), reader);
    expect(part(el, 'details')).not.to.contain('Rotate').and.not.to.contain('Delete');
    expect(root(el).querySelector('#rotate')).to.equal(null);
    press(table(el).shadowRoot!, 'Open');
    await waitUntil(() => dialog(el, 'delivery').querySelector('pre'));
    expect([...dialog(el, 'delivery').querySelectorAll('portico-button')].map((b) => b.textContent!.trim())).to.deep.equal(['Close']);
  });

  it('shows an endpoint without deliveries, with no secret yet', async () => {
    const { el } = await mount(routes({ 'GET /webhooks/endpoints/{id}': () => endpoint({ hasSecret: false, lastDelivery: null }), 'GET /webhooks/endpoints/{id}/deliveries': () => ({ items: [], nextCursor: null }) }));
    expect(root(el).querySelector('[part=deliveries] portico-empty-state')!.getAttribute('heading')).to.equal('No delivery yet');
    expect(part(el, 'details')).to.contain('None yet: rotate the secret to make one.');
    await expectAccessible(el);
  });

  it('shows not found without a retry, and retries after another error', async () => {
    const missing = await mount(routes({ 'GET /webhooks/endpoints/{id}': () => { throw new FakeProblem(404, 'Not found', 'No such webhook endpoint.'); } }));
    const error = root(missing.el).querySelector<HTMLElement & { error: { title: string }; retryable: boolean }>('portico-error-state')!;
    expect(error.error.title).to.equal('This endpoint does not exist, or it was deleted.');
    expect(error.retryable).to.equal(false);
    await expectAccessible(missing.el);

    let fail = true;
    const { el } = await mount(routes({ 'GET /webhooks/endpoints/{id}': () => {
      if (fail) throw new FakeProblem(503, 'Service unavailable');
      return endpoint();
    } }));
    expect(root(el).querySelector<HTMLElement & { retryable: boolean }>('portico-error-state')!.retryable).to.equal(true);
    fail = false;
    await el.endpoint.retry();
    await settle();
    expect(root(el).querySelector('h1')!.textContent).to.equal('Deals into our CRM');
  });

  it('speaks Spanish and French', async () => {
    const { el } = await mount(routes());
    await setLocale('es');
    el.locale = 'es';
    await waitUntil(() => part(el, 'deliveries').includes('Entregas'));
    expect(tableText(el)).to.contain('Pendiente').and.contain('Próximo intento el');
    expect(part(el, 'details')).to.contain('Activado');
    await setLocale('fr');
    el.locale = 'fr';
    await waitUntil(() => part(el, 'deliveries').includes('Livraisons'));
    expect(part(el, 'details')).to.contain('Faire tourner le secret');
  });
});

import { FakeProblem, expect, expectAccessible, fixture, html, oneEvent, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { fleetFake, mandate, partnerAdmin, reader, registerFleetTranslations, settings, version, type FleetRoutes } from './test-support.js';
import './mandate-editor.js';
import type { PorticoMandateEditor } from './mandate-editor.js';
import type { Mandate } from './shared.js';

registerFleetTranslations();

async function mount(routes: FleetRoutes, session: unknown = partnerAdmin) {
  const fake = fleetFake(routes);
  const el = await fixture<PorticoMandateEditor>(html`<portico-mandate-editor .client=${fake.client} .session=${session} client-id="c1"></portico-mandate-editor>`);
  await waitUntil(() => el.mandate.status !== 'loading' && el.mandate.status !== 'idle');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement, selector = ':host') => (selector === ':host' ? root(el) : root(el).querySelector(selector)!).textContent!.replace(/\s+/g, ' ');
const tick = (el: HTMLElement, key: string, checked: boolean) =>
  root(el).querySelector(`portico-checkbox[value=${key}]`)!.dispatchEvent(new CustomEvent('portico-change', { detail: { checked } }));
const type = (el: HTMLElement, name: string, value: string, event = 'portico-change') =>
  root(el).querySelector(`[name=${name}]`)!.dispatchEvent(new CustomEvent(event, { detail: { value } }));
const submit = (el: HTMLElement) => root(el).querySelector('form')!.requestSubmit();
const patches = (fake: ReturnType<typeof fleetFake>) => fake.calls.filter((c) => c.method === 'PATCH');

describe('<portico-mandate-editor>', () => {
  afterEach(() => setLocale('en'));

  it('shows before sending what applies now and what needs approval, then sends the change against its version', async () => {
    const { el, fake } = await mount({
      'GET /fleet/clients/{id}/mandate': () => mandate(),
      'PATCH /fleet/clients/{id}/mandate': () => ({
        mandate: mandate({ version: 4, scope: ['view-financials'] }),
        applied: version({ version: 4, change: 'reduced', diff: { scope: { added: [], removed: ['file-returns'] } } }),
        proposal: null,
      }),
    });
    expect(text(el, 'section.card')).to.contain('Version 3').and.contain('View financial statements').and.contain('File tax returns');
    expect(text(el, '[part=preview]')).to.contain('Change the terms to see what happens.');
    expect(root(el).querySelector<HTMLElement & { disabled: boolean }>('portico-button[type=submit]')!.disabled).to.equal(true);

    // Taking out a capability applies at once; adding one and ending later need approval.
    tick(el, 'file-returns', false);
    tick(el, 'manage-payroll', true);
    type(el, 'validUntil', '2031-06-30');
    await el.updateComplete;
    const [now, proposed] = [...root(el).querySelectorAll('[part=preview] section')].map((s) => s.textContent!.replace(/\s+/g, ' '));
    expect(now).to.contain('Applies now').and.contain('Takes out: File tax returns').and.not.contain('Run payroll');
    expect(proposed).to.contain('Needs approval').and.contain('Adds: Run payroll').and.contain('Ends: Dec 31, 2030 → Jun 30, 2031');
    await expectAccessible(el);

    // A reason is required before anything is sent.
    submit(el);
    await settle();
    expect(patches(fake)).to.have.length(0);
    expect(root(el).querySelector<HTMLElement & { error: string }>('[name=reason]')!.error).to.contain('Say why');

    type(el, 'reason', 'Payroll from April; returns stay with the client.', 'portico-input');
    await el.updateComplete;
    setTimeout(() => submit(el));
    const navigated = await oneEvent(el, 'portico-navigate');
    expect(navigated.detail).to.deep.equal({ path: '/clients/c1' });
    expect(patches(fake)[0].options).to.deep.include({
      params: { id: 'c1' },
      body: { version: 3, scope: ['view-financials', 'manage-payroll'], validUntil: '2031-06-30', reason: 'Payroll from April; returns stay with the client.' },
    });
  });

  it('on a concurrent edit (409) loads the current terms, keeps the person’s choices and sends against the new version', async () => {
    let current: Mandate = mandate();
    let attempts = 0;
    const { el, fake } = await mount({
      'GET /fleet/clients/{id}/mandate': () => current,
      'PATCH /fleet/clients/{id}/mandate': () => {
        attempts += 1;
        if (attempts === 1) {
          // Someone else suspended it meanwhile.
          current = mandate({ version: 4, status: 'suspended' });
          throw new FakeProblem(409, 'The mandate changed', 'The mandate changed since version 3.');
        }
        return { mandate: mandate({ version: 5, status: 'suspended', scope: ['view-financials'] }), applied: version({ version: 5, change: 'reduced' }), proposal: null };
      },
    });
    tick(el, 'file-returns', false);
    type(el, 'reason', 'Returns move in-house.', 'portico-input');
    await el.updateComplete;
    submit(el);
    await waitUntil(() => root(el).querySelector('.notice'));
    expect(text(el, '.notice')).to.contain('version 3 is now 4');
    expect(text(el, 'section.card')).to.contain('Suspended').and.contain('Version 4');
    // The choice is kept; the suspension someone else made is not undone by it.
    expect(root(el).querySelector<HTMLElement & { checked: boolean }>('portico-checkbox[value=file-returns]')!.checked).to.equal(false);
    expect(text(el, '[part=preview]')).to.contain('Takes out: File tax returns');
    submit(el);
    await waitUntil(() => patches(fake).length === 2);
    expect(patches(fake)[1].options.body).to.deep.equal({ version: 4, scope: ['view-financials'], reason: 'Returns move in-house.' });
  });

  it('refuses to send an empty scope, and shows the server’s field errors', async () => {
    const { el, fake } = await mount({
      'GET /fleet/clients/{id}/mandate': () => mandate({ scope: ['view-financials'] }),
      'PATCH /fleet/clients/{id}/mandate': () => {
        throw new FakeProblem(400, 'Your request is not valid', undefined, [{ field: '/validUntil', message: 'The last day cannot come before the first.' }]);
      },
    });
    tick(el, 'view-financials', false);
    await el.updateComplete;
    expect(text(el, '[part=preview]')).to.contain('Keep at least one capability');
    tick(el, 'view-financials', true);
    type(el, 'validUntil', '2029-01-01');
    type(el, 'reason', 'Shorter.', 'portico-input');
    await el.updateComplete;
    submit(el);
    await waitUntil(() => patches(fake).length === 1);
    await settle();
    expect(root(el).querySelector<HTMLElement & { error: string }>('[name=validUntil]')!.error).to.contain('cannot come before');
  });

  it('says who approves an extension, as the programme decided', async () => {
    const { el } = await mount({ 'GET /fleet/clients/{id}/mandate': () => mandate(), 'GET /fleet/settings': () => settings({ extensionApproval: 'staff' }) });
    tick(el, 'manage-payroll', true);
    await el.updateComplete;
    expect(text(el, '[part=preview]')).to.contain('Adds: Run payroll').and.contain('The programme’s team is asked to approve it');
  });

  it('changes nothing once ended, and only for those who may propose', async () => {
    const ended = await mount({ 'GET /fleet/clients/{id}/mandate': () => mandate({ status: 'ended' }) });
    expect(text(ended.el)).to.contain('This mandate has ended');
    expect(root(ended.el).querySelector('form')).to.equal(null);
    const other = await mount({ 'GET /fleet/clients/{id}/mandate': () => mandate() }, reader);
    expect(text(other.el)).to.contain('You may not change mandates.');
  });

  it('speaks French', async () => {
    const { el } = await mount({ 'GET /fleet/clients/{id}/mandate': () => mandate() });
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Modifier le mandat');
    tick(el, 'file-returns', false);
    await el.updateComplete;
    expect(text(el, '[part=preview]')).to.contain('S’applique maintenant').and.contain('Retire :');
  });
});

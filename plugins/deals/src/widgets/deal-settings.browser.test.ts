import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, testPartner, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerDealsTranslations, reviewer, salesperson } from './test-support.js';
import './deal-settings.js';
import type { PorticoDealSettings } from './deal-settings.js';
import type { DealSettings } from './shared.js';

registerDealsTranslations();

type Control = HTMLElement & { value: string; error: string };
const settings: DealSettings = { currency: 'USD', approvalDays: 90, visibility: 'partner', timeZone: 'UTC' };
const rule = (partnerId: string, partnerName: string, areas: string[]) => ({ partnerId, partnerName, areas, updatedAt: '2026-03-01T00:00:00Z' });

async function mount(routes: Parameters<typeof fakeClient>[0], session: unknown = reviewer) {
  const fake = fakeClient({
    'GET /deals/settings': () => settings,
    'LIST /deal-territories': () => ({ items: [rule('pa1', 'Acme Resellers', ['NA'])], nextCursor: null }),
    'LIST /access/partners': () => ({ items: [testPartner({ id: 'pa1', name: 'Acme Resellers' }), testPartner({ id: 'pa2', name: 'Globex Partners' })], nextCursor: null }),
    ...routes,
  });
  const el = await fixture<PorticoDealSettings>(html`<portico-deal-settings .client=${fake.client} .session=${session}></portico-deal-settings>`);
  await waitUntil(() => el.settings.status !== 'loading' && el.territories.status !== 'loading');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const general = (el: HTMLElement) => root(el).querySelector<HTMLFormElement>('form[part=general]')!;
const control = (scope: ParentNode, name: string) => scope.querySelector<Control>(`[name=${name}]`)!;
const button = (scope: ParentNode, label: string) => [...scope.querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === label);

describe('<portico-deal-settings>', () => {
  afterEach(() => setLocale('en'));

  it('changes currency, approval days and visibility, with the server’s field errors', async () => {
    let attempt = 0;
    const { el, fake } = await mount({
      'PATCH /deals/settings': ({ body }) => {
        if (attempt++ === 0) throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/approvalDays', message: 'must be <= 730' }]);
        return body as DealSettings;
      },
    });
    expect(control(general(el), 'visibility').value).to.equal('partner');
    await expectAccessible(el);
    control(general(el), 'currency').value = 'EUR';
    control(general(el), 'approvalDays').value = '900';
    control(general(el), 'visibility').value = 'own';
    general(el).requestSubmit();
    await waitUntil(() => control(general(el), 'approvalDays').error);
    expect(control(general(el), 'approvalDays').error).to.equal('must be <= 730');
    control(general(el), 'approvalDays').value = '60';
    general(el).requestSubmit();
    await waitUntil(() => attempt === 2);
    expect(fake.calls.at(-1)!.options.body).to.deep.equal({ currency: 'EUR', approvalDays: 60, visibility: 'own', timeZone: 'UTC' });
  });

  it('sets a partner’s territory, naming a wrong area on the field', async () => {
    let attempt = 0;
    const { el, fake } = await mount({
      'PUT /deal-territories/{partnerId}': ({ params, body }) => {
        if (attempt++ === 0) throw new FakeProblem(400, 'Invalid request', undefined, [{ field: '/areas/1', message: '"XX" is neither a country code nor a region.' }]);
        return rule(params!.partnerId, 'Globex Partners', (body as { areas: string[] }).areas);
      },
    });
    button(root(el), 'Set a territory')!.click();
    await settle();
    const dialog = root(el).querySelector<HTMLElement & { open: boolean }>('#territory')!;
    expect(dialog.open).to.equal(true);
    const form = dialog.querySelector('form')!;
    form.requestSubmit();
    await el.updateComplete;
    expect(control(form, 'partnerId').error).to.equal('Choose a partner.');
    control(form, 'partnerId').value = 'pa2';
    control(form, 'areas').value = 'DACH, XX';
    form.requestSubmit();
    await waitUntil(() => control(form, 'areas').error);
    expect(control(form, 'areas').error).to.contain('"XX"');
    await expectAccessible(dialog);
    control(form, 'areas').value = 'DACH FR';
    form.requestSubmit();
    await waitUntil(() => !dialog.open);
    const put = fake.calls.filter((c) => c.method === 'PUT').at(-1)!;
    expect(put.options).to.deep.include({ params: { partnerId: 'pa2' }, body: { areas: ['DACH', 'FR'] } });
  });

  it('removes a territory rule only after confirming', async () => {
    const { el, fake } = await mount({ 'DELETE /deal-territories/{partnerId}': () => undefined });
    const table = root(el).querySelector('portico-data-table')!;
    expect(table.shadowRoot!.textContent).to.contain('Acme Resellers').and.contain('NA');
    button(table.shadowRoot!, 'Remove')!.click();
    await settle();
    expect(fake.calls.some((c) => c.method === 'DELETE')).to.equal(false);
    const dialog = root(el).querySelector('#remove')!;
    expect(dialog.textContent).to.contain('Acme Resellers may then register deals');
    button(dialog, 'Remove')!.click();
    await waitUntil(() => fake.calls.some((c) => c.method === 'DELETE'));
    expect(fake.calls.find((c) => c.method === 'DELETE')!.options.params).to.deep.equal({ partnerId: 'pa1' });
  });

  it('shows each part only to those who may change it, and speaks Spanish', async () => {
    const { el, fake } = await mount({}, salesperson);
    expect(root(el).textContent).to.contain('changed by the programme’s staff');
    expect(fake.calls).to.have.length(0);
    const territoriesOnly = await mount({ 'LIST /deal-territories': () => ({ items: [], nextCursor: null }) }, { ...reviewer, permissions: ['deals.read', 'deals.territories.manage'] });
    expect(general(territoriesOnly.el)).to.equal(null);
    expect(root(territoriesOnly.el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('No territory rules');
    await setLocale('es');
    await waitUntil(() => root(territoriesOnly.el).querySelector('h1')!.textContent === 'Ajustes de oportunidades');
  });
});

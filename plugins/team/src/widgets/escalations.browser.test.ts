import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerTeamTranslations } from './test-support.js';
import './escalations.js';
import type { PorticoTeamEscalations } from './escalations.js';
import { adminSession, staffSession } from './test-fixtures.js';

registerTeamTranslations();

const boundaries = [
  {
    key: 'last-partner-admin', title: 'Recover the last partner administrator', description: 'An organisation always keeps one active administrator.',
    staffTools: [{ method: 'PATCH', path: '/api/v1/team/members/{id}', summary: 'Give any member any partner role' }],
  },
  { key: 'brand-new', title: 'Something new', description: 'Only support does this.', staffTools: [] },
];

async function mount(routes: Parameters<typeof fakeClient>[0], session: unknown = adminSession) {
  const fake = fakeClient(routes);
  const el = await fixture<PorticoTeamEscalations>(html`<portico-team-escalations .client=${fake.client} .session=${session}></portico-team-escalations>`);
  await waitUntil(() => el.escalations.status !== 'loading' && el.escalations.status !== 'idle');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;

describe('<portico-team-escalations>', () => {
  afterEach(() => setLocale('en'));

  it('lists what only support can do, with the contact and a warning about secrets', async () => {
    const { el } = await mount({ 'GET /team/escalations': () => ({ support: { email: 'partners@vendor.example', url: 'https://vendor.example/help' }, boundaries }) });
    const text = root(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Recover the last partner administrator').and.contain('Something new').and.contain('Never send passwords, API keys');
    expect(root(el).querySelector('[part=contact] a[href="mailto:partners@vendor.example"]')).to.exist;
    expect(root(el).querySelector('[part=contact] a[href="https://vendor.example/help"]')!.getAttribute('rel')).to.contain('noopener');
    expect(root(el).querySelector('[part=boundary] a')!.getAttribute('href')).to.equal('mailto:partners@vendor.example?subject=Recover%20the%20last%20partner%20administrator');
    expect(root(el).querySelector('details')).to.equal(null);
    await expectAccessible(el);
  });

  it('shows staff the tool behind each boundary', async () => {
    const { el } = await mount({ 'GET /team/escalations': () => ({ support: { email: null, url: null }, boundaries }) }, staffSession);
    expect(root(el).querySelector('details')!.textContent).to.contain('PATCH /api/v1/team/members/{id}');
    expect(root(el).textContent).to.contain('Ask the programme’s team for its support contact.');
  });

  it('retries after an error', async () => {
    let fail = true;
    const { el } = await mount({
      'GET /team/escalations': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable');
        return { support: { email: 'partners@vendor.example', url: null }, boundaries };
      },
    });
    expect(root(el).querySelector('portico-error-state')).to.exist;
    fail = false;
    await el.escalations.retry();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part=boundary]')).to.have.length(2);
  });

  it('speaks Spanish, the known boundaries included', async () => {
    const { el } = await mount({ 'GET /team/escalations': () => ({ support: { email: 'partners@vendor.example', url: null }, boundaries }) });
    await setLocale('es');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Lo que solo soporte puede hacer');
    expect(root(el).textContent).to.contain('Recuperar al último administrador del socio').and.contain('Something new');
  });
});

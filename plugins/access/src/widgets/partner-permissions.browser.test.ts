import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, waitUntil, testPerson } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { registerAccessTranslations } from './test-support.js';
import type { PartnerPermissions } from './shared.js';
import './partner-permissions.js';
import type { PorticoPartnerPermissions } from './partner-permissions.js';

registerAccessTranslations();

const matrix: PartnerPermissions = {
  plugins: [
    {
      plugin: 'deals',
      permissions: [
        {
          key: 'deals.partner-wide',
          description: 'See every deal of one’s partner',
          roles: ['principal', 'partner_admin'],
          groups: [{ id: 'g1', name: 'Deal desk' }],
          people: [
            { id: 'p1', name: 'Ada', via: ['Deal desk'] },
            { id: 'p0', name: 'Pat', via: ['partner_admin'] },
          ],
        },
        { key: 'deals.read', description: 'See deals', roles: ['partner_admin'], groups: [], people: [] },
      ],
    },
  ],
};
const people = { items: [testPerson({ id: 'p1', name: 'Ada' }), testPerson({ id: 'p2', name: 'Bob' })], nextCursor: null };

async function mount(routes: Parameters<typeof fakeClient>[0] = {}) {
  const fake = fakeClient({ 'GET /access/partner-permissions': () => matrix, 'LIST /access/people': () => people, ...routes });
  const el = await fixture<PorticoPartnerPermissions>(html`<portico-partner-permissions .client=${fake.client}></portico-partner-permissions>`);
  await waitUntil(() => el.data.status !== 'loading');
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;

describe('<portico-partner-permissions>', () => {
  afterEach(() => setLocale('en'));

  it('shows each delegable permission with its roles, the organisation’s groups and its holders', async () => {
    const { el } = await mount();
    const row = root(el).querySelector('tbody tr')!;
    expect(row.textContent).to.contain('See every deal of one’s partner').and.contain('Principal').and.contain('Deal desk');
    expect(row.textContent).to.contain('Ada').and.contain('Pat').and.contain('Partner admin');
    expect(root(el).querySelectorAll('tbody tr')[1].textContent).to.contain('Nobody');
    await expectAccessible(el);
  });

  it('explains why a person holds a permission (a form with a submit button, as keyboards use it)', async () => {
    const { el, fake } = await mount({
      'GET /access/partner-permissions/{permission}/people/{personId}': () => ({
        personId: 'p1',
        permission: 'deals.partner-wide',
        holds: true,
        grantedBy: [{ kind: 'group', name: 'Deal desk', id: 'g1', managedBy: 'organisation' }],
      }),
    });
    const person = root(el).querySelector('[name=person]') as HTMLElement & { value: string };
    person.value = 'p1';
    const submit = [...root(el).querySelectorAll<HTMLElement>('section portico-button')].find((b) => b.textContent!.trim() === 'Explain')!;
    expect(submit.getAttribute('type')).to.equal('submit');
    submit.shadowRoot!.querySelector('button')!.click();
    await settle();
    const call = fake.calls.find((c) => c.method === 'GET' && c.path.includes('{permission}'))!;
    expect(call.options.params).to.deep.equal({ permission: 'deals.partner-wide', personId: 'p1' });
    await waitUntil(() => root(el).querySelector('[role=status]'));
    expect(root(el).querySelector('[role=status]')!.textContent).to.contain('Ada holds deals.partner-wide through').and.contain('the group “Deal desk” of your organisation');
    await expectAccessible(el);
  });

  it('says when a person does not hold it', async () => {
    const { el } = await mount({
      'GET /access/partner-permissions/{permission}/people/{personId}': () => ({ personId: 'p2', permission: 'deals.partner-wide', holds: false, grantedBy: [] }),
    });
    (root(el).querySelector('[name=person]') as HTMLElement & { value: string }).value = 'p2';
    root(el).querySelector('section form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await waitUntil(() => root(el).querySelector('[role=status]'));
    expect(root(el).querySelector('[role=status]')!.textContent).to.contain('Bob does not hold deals.partner-wide');
  });

  it('shows an empty state, and an error with retry', async () => {
    const empty = await mount({ 'GET /access/partner-permissions': () => ({ plugins: [] }) });
    expect(root(empty.el).querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('Nothing to delegate');
    const failing = await mount({ 'GET /access/partner-permissions': () => Promise.reject(new FakeProblem(500, 'Server error')) });
    expect(root(failing.el).querySelector('portico-error-state')).to.exist;
  });

  it('speaks French and Spanish', async () => {
    const { el } = await mount();
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Qui détient quelle permission dans votre organisation');
    // Each permission says what it lets one do in the reader's language, not the plugin's English.
    await waitUntil(() => root(el).textContent!.includes('Voir les affaires (personnes d’un partenaire'));
    expect(root(el).textContent).not.to.contain('See deals');
    await setLocale('es');
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Quién tiene cada permiso en tu organización');
    await waitUntil(() => root(el).textContent!.includes('Ver oportunidades (personas de un socio'));
  });
});

import { FakeProblem, expect, expectAccessible, fakeClient, fixture, html, settle, testPartner, waitUntil } from '@portico/widgets/testing';
import { setLocale, type Session } from '@portico/widgets';
import '@portico/widgets';
import { registerTrainingTranslations } from './test-support.js';
import './certifications.js';
import type { PorticoCertifications } from './certifications.js';
import type { CoverageRow } from './shared.js';

registerTrainingTranslations();

function session(kind: 'partner' | 'staff', permissions: string[]): Session {
  return {
    person: { id: 'p1', name: 'Ada', email: 'ada@example.com', kind, locale: 'en', timeZone: null },
    tenant: { id: 't1', slug: 'northwind', name: 'Northwind' },
    partner: kind === 'partner' ? { id: 'org1', name: 'Contoso', status: 'active' } : null,
    roles: [],
    permissions,
    via: 'session',
    verificationToken: null,
    secondFactorRequired: false,
  };
}

const soon = new Date(Date.now() + 10 * 86_400_000).toISOString();
const later = new Date(Date.now() + 200 * 86_400_000).toISOString();
const mine = {
  items: [
    { id: 'c1', moduleId: 'm1', moduleTitle: 'Northwind Cloud fundamentals', version: 2, passedAt: new Date().toISOString(), expiresAt: later, valid: true },
    { id: 'c2', moduleId: 'm2', moduleTitle: 'Selling Northwind security', version: 1, passedAt: new Date().toISOString(), expiresAt: soon, valid: true },
  ],
  nextCursor: null,
};
const row = (id: string, name: string, partner: string, required: CoverageRow['required']): CoverageRow => ({
  person: { id, name, email: `${id}@example.com` }, partner: { id: partner, name: partner === 'org1' ? 'Contoso' : 'Fabrikam' }, role: 'salesperson', required,
});
const coverage = {
  items: [
    row('p1', 'Ada Lovelace', 'org1', [
      { moduleId: 'm1', title: 'Fundamentals', state: 'certified', certifiedAt: null, expiresAt: soon, expiringSoon: true },
      { moduleId: 'm2', title: 'Security', state: 'failed', certifiedAt: null, expiresAt: null, expiringSoon: false },
    ]),
    row('p2', 'Grace Hopper', 'org1', [{ moduleId: 'm1', title: 'Fundamentals', state: 'not_started', certifiedAt: null, expiresAt: null, expiringSoon: false }]),
  ],
  nextCursor: null,
};

async function mount(who: Session, routes: Parameters<typeof fakeClient>[0] = {}) {
  const fake = fakeClient({
    'LIST /training/certifications': () => mine,
    'LIST /training/coverage': () => coverage,
    'LIST /access/partners': () => ({ items: [testPartner({ id: 'org1', name: 'Contoso' }), testPartner({ id: 'org2', name: 'Fabrikam' })], nextCursor: null }),
    ...routes,
  });
  const el = await fixture<PorticoCertifications>(html`<portico-certifications .client=${fake.client} .session=${who}></portico-certifications>`);
  await settle();
  await el.updateComplete;
  return { el, fake };
}

const root = (el: HTMLElement) => el.shadowRoot!;
const tableText = (el: HTMLElement, part: string) => root(el).querySelector(`[part=${part}] portico-data-table`)!.shadowRoot!.textContent!;

describe('<portico-certifications>', () => {
  afterEach(() => setLocale('en'));

  it('shows a member their own certifications, and no coverage without the permission', async () => {
    const { el, fake } = await mount(session('partner', ['training.take']));
    const text = tableText(el, 'mine');
    expect(text).to.contain('Northwind Cloud fundamentals');
    expect(text).to.contain('Expires soon');
    expect(text).to.contain('Valid');
    expect(root(el).querySelector('[part=coverage]')).to.equal(null);
    expect(fake.calls.some((c) => c.path === '/training/coverage')).to.equal(false);
    await expectAccessible(el);
  });

  it('shows a partner admin who holds which required certification, and filters those expiring', async () => {
    const { el, fake } = await mount(session('partner', ['training.take', 'training.coverage']));
    const text = tableText(el, 'coverage');
    expect(text).to.contain('Ada Lovelace');
    expect(text).to.contain('Fundamentals');
    expect(text).to.contain('Expires');
    expect(text).to.contain('Failed');
    expect(text).to.contain('Not required'); // Grace is not required to take Security
    expect(text).not.to.contain('Contoso'); // no partner column for a partner admin
    expect(root(el).querySelector('[name=partnerId]')).to.equal(null);
    root(el).querySelector('[name=expiringOnly]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { checked: true } }));
    await settle();
    expect(fake.calls.at(-1)!.options.query).to.deep.equal({ limit: 100, expiringOnly: true });
    await expectAccessible(el);
  });

  it('opens on those expiring when its address says so, as the home dashboard links to it', async () => {
    history.replaceState(null, '', '/training/certifications?expiringOnly=true');
    try {
      const { el, fake } = await mount(session('partner', ['training.coverage']));
      expect(fake.calls.filter((c) => c.path === '/training/coverage').map((c) => c.options.query)).to.deep.equal([{ limit: 100, expiringOnly: true }]);
      expect(root(el).querySelector<HTMLElement & { checked: boolean }>('[name=expiringOnly]')!.checked).to.equal(true);
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('lets staff see every partner and pick one', async () => {
    const { el, fake } = await mount(session('staff', ['training.coverage']));
    expect(root(el).querySelector('[part=mine]')).to.equal(null);
    expect(tableText(el, 'coverage')).to.contain('Contoso');
    const select = root(el).querySelector<HTMLElement & { options: { label: string }[] }>('[name=partnerId]')!;
    expect(select.options.map((o) => o.label)).to.deep.equal(['Every partner', 'Contoso', 'Fabrikam']);
    select.dispatchEvent(new CustomEvent('portico-change', { detail: { value: 'org2' } }));
    await settle();
    expect(fake.calls.filter((c) => c.path === '/training/coverage').at(-1)!.options.query).to.deep.equal({ limit: 100, partnerId: 'org2' });
  });

  it('says when nothing is expiring, with a way back to everyone', async () => {
    const { el } = await mount(session('partner', ['training.coverage']), {
      'LIST /training/coverage': ({ query }) => ((query as { expiringOnly?: boolean }).expiringOnly ? { items: [], nextCursor: null } : coverage),
    });
    root(el).querySelector('[name=expiringOnly]')!.dispatchEvent(new CustomEvent('portico-change', { detail: { checked: true } }));
    await settle();
    await el.updateComplete;
    const empty = root(el).querySelector('[part=coverage] portico-empty-state')!;
    expect(empty.getAttribute('heading')).to.equal('Nothing expiring soon');
    (empty.querySelector('portico-button') as HTMLElement).click();
    await settle();
    await el.updateComplete;
    expect(tableText(el, 'coverage')).to.contain('Grace Hopper');
  });

  it('shows an empty state and an error with retry', async () => {
    let fail = true;
    const { el } = await mount(session('partner', ['training.take', 'training.coverage']), {
      'LIST /training/certifications': () => ({ items: [], nextCursor: null }),
      'LIST /training/coverage': () => {
        if (fail) throw new FakeProblem(503, 'Service unavailable');
        return coverage;
      },
    });
    expect(root(el).querySelector('[part=mine] portico-empty-state')!.getAttribute('heading')).to.equal('No certification yet');
    expect(el.coverage.status).to.equal('error');
    fail = false;
    root(el).querySelector('[part=coverage] portico-error-state')!.dispatchEvent(new CustomEvent('portico-retry'));
    await waitUntil(() => el.coverage.status === 'ready');
  });

  it('speaks French', async () => {
    const { el } = await mount(session('partner', ['training.take', 'training.coverage']));
    await setLocale('fr');
    await waitUntil(() => root(el).querySelector('#coverage-heading')!.textContent!.includes('Couverture dans votre organisation'));
  });
});

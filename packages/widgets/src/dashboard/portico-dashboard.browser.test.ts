import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DashboardSection, PortalDashboard } from '@portico/core';
import './portico-dashboard.js';
import type { PorticoDashboard } from './portico-dashboard.js';
import { setLocale } from '../i18n/localization.js';
import { FakeProblem, fakeClient, settle } from '../testing/fake-client.js';
import { testSession } from '../testing/sessions.js';
import { expectAccessible } from '../testing/axe.js';

const deals: DashboardSection = {
  key: 'deals.mine',
  pluginId: 'deals',
  title: { en: 'Deals', fr: 'Opportunités', es: 'Oportunidades' },
  items: [
    {
      key: 'pending',
      count: 1,
      link: '/deals?status=pending',
      label: {
        en: { one: '{count} deal waiting for approval', other: '{count} deals waiting for approval' },
        fr: { one: '{count} opportunité en attente d’approbation', other: '{count} opportunités en attente d’approbation' },
        es: { one: '{count} oportunidad pendiente de aprobación', other: '{count} oportunidades pendientes de aprobación' },
      },
    },
  ],
};
const questions: DashboardSection = {
  key: 'questions.mine',
  pluginId: 'questions',
  title: { en: 'Questions', fr: 'Questions', es: 'Preguntas' },
  items: [
    {
      key: 'answered',
      count: 1200,
      link: '/questions?status=answered',
      tone: 'attention',
      label: {
        en: { one: '{count} question answered', other: '{count} questions answered' },
        fr: { one: '{count} question a reçu sa réponse', other: '{count} questions ont reçu leur réponse' },
        es: { one: '{count} pregunta respondida', other: '{count} preguntas respondidas' },
      },
    },
  ],
};
const nothingToCount: DashboardSection = { key: 'team.invitations', pluginId: 'team', title: { en: 'Team', fr: 'Équipe', es: 'Equipo' }, items: [] };
const failed: DashboardSection = { key: 'training.mine', pluginId: 'training', title: { en: 'Training', fr: 'Formation', es: 'Formación' }, items: [], error: true };

async function mount(answer: () => PortalDashboard | Promise<PortalDashboard>, attributes: { linkBase?: string } = {}) {
  const fake = fakeClient({ 'GET /portal/dashboard': () => answer() });
  const element = await fixture<PorticoDashboard>(
    html`<portico-dashboard .client=${fake.client} .session=${testSession({ permissions: ['portal.dashboard'] })} link-base=${attributes.linkBase ?? ''}></portico-dashboard>`,
  );
  return { element, fake, root: element.shadowRoot! };
}

const items = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part~="section"]')].map((section) => [
    section.querySelector('h3')!.textContent,
    ...[...section.querySelectorAll('a')].map((a) => `${a.textContent!.replace(/\s+/g, ' ').trim()} → ${a.getAttribute('href')}`),
  ]);

describe('<portico-dashboard>', () => {
  afterEach(() => setLocale('en'));

  it('shows a skeleton while it loads, then each count as a link to the page that lists it, leaving out what counts nothing', async () => {
    let answer!: (value: PortalDashboard) => void;
    const { element, root } = await mount(() => new Promise((resolve) => (answer = resolve)), { linkBase: '/portal/' });
    expect(root.querySelector('portico-skeleton')).to.exist;
    expect(root.querySelector('h2')!.textContent).to.equal('What needs you');

    answer({ sections: [deals, nothingToCount, questions] });
    await waitUntil(() => root.querySelector('[part~="sections"]'), 'the sections');
    expect(items(root)).to.deep.equal([
      ['Deals', '1 deal waiting for approval → /portal/deals?status=pending'],
      ['Questions', '1,200 questions answered → /portal/questions?status=answered'],
    ]);
    expect(root.querySelector('.attention [part="count"]')!.textContent).to.equal('1,200');
    await expectAccessible(element);
  });

  it('says in the reader’s language and plural form what needs them', async () => {
    await setLocale('fr');
    const { element, root } = await mount(() => ({ sections: [deals, questions] }));
    element.locale = 'fr';
    await waitUntil(() => root.querySelector('[part~="sections"]'), 'the sections');
    await element.updateComplete;
    expect(root.querySelector('h2')!.textContent).to.equal('Ce qui vous attend');
    expect(items(root)).to.deep.equal([
      ['Opportunités', '1 opportunité en attente d’approbation → /deals?status=pending'],
      // The French group separator (a narrow no-break space) reads as a space here.
      ['Questions', '1 200 questions ont reçu leur réponse → /questions?status=answered'],
    ]);
  });

  it('says so when nothing needs the person', async () => {
    const { element, root } = await mount(() => ({ sections: [nothingToCount] }));
    await waitUntil(() => root.querySelector('portico-empty-state'), 'the empty state');
    expect(root.querySelector('portico-empty-state')!.getAttribute('heading')).to.equal('Nothing needs you right now');
    await expectAccessible(element);
  });

  it('shows the error with Retry when the dashboard cannot be had, and loads again on Retry', async () => {
    let down = true;
    const { element, fake, root } = await mount(() => {
      if (down) throw new FakeProblem(503, 'Service unavailable');
      return { sections: [deals] };
    });
    await waitUntil(() => root.querySelector('portico-error-state'), 'the error');
    await expectAccessible(element);
    down = false;
    root.querySelector('portico-error-state')!.dispatchEvent(new CustomEvent('portico-retry', { bubbles: true, composed: true }));
    await waitUntil(() => root.querySelector('[part~="sections"]'), 'the sections after Retry');
    expect(fake.calls.filter((c) => c.path === '/portal/dashboard')).to.have.length(2);
  });

  it('keeps the other sections when one summary failed, saying so in its card with Retry', async () => {
    const { element, fake, root } = await mount(() => ({ sections: [failed, deals] }));
    await waitUntil(() => root.querySelector('[part~="sections"]'), 'the sections');
    const cards = [...root.querySelectorAll('[part~="section"]')];
    expect(cards.map((card) => card.querySelector('h3')!.textContent)).to.deep.equal(['Deals', 'Training']);
    const broken = root.querySelector('[part~="failed"]')!;
    expect(broken.textContent).to.contain('This could not be counted just now.');
    await expectAccessible(element);
    broken.querySelector('portico-button')!.click();
    await settle();
    expect(fake.calls.filter((c) => c.path === '/portal/dashboard')).to.have.length(2);
  });

  it('asks nothing while nobody is signed in', async () => {
    const fake = fakeClient({ 'GET /portal/dashboard': () => ({ sections: [deals] }) });
    const element = await fixture<PorticoDashboard>(html`<portico-dashboard .client=${fake.client} .session=${null}></portico-dashboard>`);
    await settle();
    expect(fake.calls).to.have.length(0);
    expect(element.shadowRoot!.querySelector('portico-skeleton')).to.exist;
  });
});

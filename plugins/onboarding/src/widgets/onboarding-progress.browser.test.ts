import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { onboardingFake, person, progress, registerOnboardingTranslations, staff, type OnboardingRoutes } from './test-support.js';
import './onboarding-progress.js';
import type { PorticoOnboardingProgress } from './onboarding-progress.js';

registerOnboardingTranslations();

const routes = (overrides: OnboardingRoutes = {}): OnboardingRoutes => ({
  'GET /onboarding/progress': () => progress(),
  'GET /onboarding/progress/people': ({ query }) =>
    query?.cursor
      ? { items: [person({ personId: 'p3', name: 'Sally Sales', email: 'sally@acme.example', role: 'salesperson', done: [], total: 5, completedAt: null })], nextCursor: null }
      : {
          items: [
            person(),
            person({ personId: 'p2', name: 'Pat Principal', email: 'pat@acme.example', role: 'principal', done: ['profile', 'two-factor'], completedAt: null, dismissedAt: '2026-03-04T10:00:00.000Z' }),
          ],
          nextCursor: 'more',
        },
  ...overrides,
});

async function mount(r: OnboardingRoutes) {
  const fake = onboardingFake(r);
  const el = await fixture<PorticoOnboardingProgress>(html`<portico-onboarding-progress .client=${fake.client} .session=${staff}></portico-onboarding-progress>`);
  await waitUntil(() => el.progress.status !== 'loading' && el.progress.status !== 'idle');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const part = (el: HTMLElement, name: string) => root(el).querySelector(`[part=${name}]`)?.textContent!.replace(/\s+/g, ' ') ?? '';
const table = (el: HTMLElement, section: string) => root(el).querySelector(`[part=${section}] portico-data-table`)!;
/** The cells of a table's rows, none while it is not shown. */
const rows = (el: HTMLElement, section: string) =>
  [...(table(el, section)?.shadowRoot?.querySelectorAll<HTMLTableRowElement>('tr[part=row]') ?? [])].map((tr) => [...tr.cells].map((td) => td.innerText.replace(/\s+/g, ' ').trim()));
const press = (el: HTMLElement, label: string) =>
  [...root(el).querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === label)!.shadowRoot!.querySelector('button')!.click();

describe('<portico-onboarding-progress>', () => {
  afterEach(() => setLocale('en'));

  it('shows the totals, each step’s completion and each partner', async () => {
    const { el, fake } = await mount(routes());
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal(['GET /onboarding/progress']);
    expect(root(el).querySelector('h1')!.textContent).to.equal('Onboarding progress');
    expect(part(el, 'totals')).to.contain('6').and.contain('People with a checklist').and.contain('2').and.contain('Finished it (33%)');
    const steps = [...root(el).querySelectorAll<HTMLLIElement>('[part=steps] li')];
    expect(steps.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Complete your profile 5 of 6 (83%)',
      'Turn on two-factor authentication 3 of 6 (50%)',
      'Register your first deal 1 of 4 (25%)',
    ]);
    const bars = steps.map((li) => li.querySelector('progress')!);
    expect(bars.map((b) => [b.value, b.max, b.getAttribute('aria-label')])).to.deep.equal([
      [5, 6, 'Complete your profile'],
      [3, 6, 'Turn on two-factor authentication'],
      [1, 4, 'Register your first deal'],
    ]);
    expect(rows(el, 'partners')).to.deep.equal([
      ['Acme Resellers', '4', '1', '12 / 20 (60%)'],
      ['Globex Partners', '2', '1', '7 / 8 (88%)'],
    ]);
    expect(root(el).querySelector('[part=people]')).to.equal(null);
    await expectAccessible(el);
  });

  it('lists a partner’s people once the partner is chosen, a page at a time', async () => {
    const { el, fake } = await mount(routes());
    table(el, 'partners').shadowRoot!.querySelector<HTMLTableRowElement>('tr[part=row]')!.click();
    await waitUntil(() => rows(el, 'people').length === 2);
    const call = fake.calls.find((c) => c.path === '/onboarding/progress/people')!;
    expect(call.method).to.equal('GET');
    expect(call.options.query).to.deep.include({ partnerId: 'pa1' });
    expect(part(el, 'people')).to.contain('People of Acme Resellers');
    expect(rows(el, 'people')).to.deep.equal([
      ['Ada Admin ada@acme.example', 'Partner admin', '5 / 5', 'Mar 6, 2026', 'Shown'],
      ['Pat Principal pat@acme.example', 'Principal', '2 / 5', '—', 'Put away'],
    ]);
    await expectAccessible(el);
    press(el, 'Show more');
    await waitUntil(() => rows(el, 'people').length === 3);
    expect(fake.calls.at(-1)!.options.query).to.deep.include({ partnerId: 'pa1', cursor: 'more' });
    expect(rows(el, 'people')[2]).to.deep.equal(['Sally Sales sally@acme.example', 'Salesperson', '0 / 5', '—', 'Shown']);
    expect(part(el, 'people')).not.to.contain('Show more');
    // Another partner: its own people.
    table(el, 'partners').shadowRoot!.querySelectorAll<HTMLTableRowElement>('tr[part=row]')[1].click();
    await waitUntil(() => part(el, 'people').includes('People of Globex Partners') && el.people.status !== 'loading');
    expect(fake.calls.at(-1)!.options.query).to.deep.include({ partnerId: 'pa2' });
  });

  it('shows a partner without people to follow as empty', async () => {
    const { el } = await mount(routes({ 'GET /onboarding/progress/people': () => ({ items: [], nextCursor: null }) }));
    table(el, 'partners').shadowRoot!.querySelector<HTMLTableRowElement>('tr[part=row]')!.click();
    await waitUntil(() => root(el).querySelector('[part=people] portico-empty-state'));
    expect(root(el).querySelector<HTMLElement & { heading: string }>('[part=people] portico-empty-state')!.heading).to.equal('Nobody to show');
  });

  it('says when nobody has a checklist, and shows an error with Retry', async () => {
    const empty = await mount(routes({ 'GET /onboarding/progress': () => progress({ people: 0, completed: 0, steps: [], partners: [] }) }));
    expect(root(empty.el).querySelector<HTMLElement & { heading: string }>('portico-empty-state')!.heading).to.equal('No one to follow yet');
    await expectAccessible(empty.el);
    let failing = true;
    const { el } = await mount(routes({
      'GET /onboarding/progress': () => {
        if (failing) throw new FakeProblem(503, 'Service unavailable');
        return progress();
      },
    }));
    expect(root(el).querySelector('portico-error-state')).to.not.equal(null);
    failing = false;
    await el.progress.retry();
    await settle();
    expect(part(el, 'totals')).to.contain('People with a checklist');
  });

  it('speaks Spanish, with the steps’ Spanish words', async () => {
    const { el } = await mount(routes());
    await setLocale('es');
    el.locale = 'es';
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Progreso de la incorporación');
    expect(part(el, 'steps')).to.contain('Complete su perfil').and.contain('5 de 6').and.contain('Registre su primera oportunidad');
    expect(part(el, 'totals')).to.contain('Personas con una lista');
    table(el, 'partners').shadowRoot!.querySelector<HTMLTableRowElement>('tr[part=row]')!.click();
    await waitUntil(() => rows(el, 'people').length === 2);
    expect(rows(el, 'people')[1]).to.deep.equal(['Pat Principal pat@acme.example', 'Directivo', '2 / 5', '—', 'Guardada']);
    expect(rows(el, 'people')[0][3]).to.equal('6 mar 2026');
  });
});

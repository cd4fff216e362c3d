import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { manager, onboardingFake, onboardingSettings, progress, registerOnboardingTranslations, staff, type OnboardingRoutes } from './test-support.js';
import './onboarding-settings.js';
import './onboarding-progress.js';
import type { PorticoOnboardingSettings } from './onboarding-settings.js';
import type { Session } from '@portico/widgets';

registerOnboardingTranslations();

const routes = (overrides: OnboardingRoutes = {}): OnboardingRoutes => ({
  'GET /onboarding/settings': () => onboardingSettings(),
  'PATCH /onboarding/settings': ({ body }) => ({ ...onboardingSettings(), ...(body as object) }),
  ...overrides,
});

async function mount(r: OnboardingRoutes, session: Session = manager) {
  const fake = onboardingFake(r);
  const el = await fixture<PorticoOnboardingSettings>(html`<portico-onboarding-settings .client=${fake.client} .session=${session}></portico-onboarding-settings>`);
  await waitUntil(() => el.settings.status !== 'loading' && (el.settings.status !== 'idle' || !session.permissions.includes('onboarding.manage')));
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const role = (el: HTMLElement, name: string) => root(el).querySelector<HTMLElement>(`section[data-role=${name}]`)!;
/** The titles of a role's steps, in order. */
const titles = (el: HTMLElement, name: string) => [...role(el, name).querySelectorAll('ol.steps > li .step-title')].map((p) => p.textContent!.trim());
const keys = (el: HTMLElement, name: string) => [...role(el, name).querySelectorAll<HTMLElement>('ol.steps > li')].map((li) => li.dataset.key);
/** Clicks a `<portico-button>` as a person would: its inner button. */
const click = (button: Element) => button.shadowRoot!.querySelector('button')!.click();
const stepButton = (el: HTMLElement, name: string, key: string, action: 'up' | 'down' | 'remove') =>
  role(el, name).querySelector(`li[data-key=${key}] portico-button[data-action=${action}]`)!;
const pageButton = (el: HTMLElement, action: 'save' | 'undo') => root(el).querySelector<HTMLElement & { disabled: boolean }>(`portico-button[data-action=${action}]`)!;
const add = async (el: PorticoOnboardingSettings, name: string, key: string) => {
  const select = role(el, name).querySelector('select')!;
  select.value = key;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};

describe('<portico-onboarding-settings>', () => {
  afterEach(() => setLocale('en'));

  it('shows each role’s steps in order, with what can be added and the steps’ keys', async () => {
    const { el, fake } = await mount(routes());
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal(['GET /onboarding/settings']);
    expect(root(el).querySelector('h1')!.textContent).to.equal('Onboarding checklists');
    expect(titles(el, 'partner_admin')).to.deep.equal(['Complete your profile', 'Turn on two-factor authentication', 'Invite your team', 'Read the partner guide', 'Register your first deal']);
    expect(keys(el, 'principal')).to.deep.equal(['profile', 'two-factor', 'partner-guide', 'first-deal', 'fundamentals']);
    expect(keys(el, 'salesperson')).to.deep.equal(['profile', 'two-factor', 'partner-guide', 'first-deal', 'fundamentals']);
    expect(keys(el, 'technical')).to.deep.equal(['profile', 'two-factor', 'partner-guide', 'fundamentals', 'first-question']);
    expect(keys(el, 'partner_user')).to.deep.equal(['profile', 'two-factor', 'partner-guide']);
    expect(role(el, 'partner_admin').querySelector('h2')!.textContent).to.equal('Partner admin');
    expect(role(el, 'partner_admin').querySelector('li .step-text')!.textContent).to.contain('Your name, language and time zone');
    // The buttons name the step for screen readers.
    expect(stepButton(el, 'technical', 'fundamentals', 'remove').shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Remove: Pass a certification');
    expect(stepButton(el, 'technical', 'profile', 'up')).to.have.property('disabled', true);
    expect(stepButton(el, 'technical', 'first-question', 'down')).to.have.property('disabled', true);
    // Only the steps not yet in the list can be added.
    expect([...role(el, 'partner_user').querySelectorAll('option')].map((o) => o.value)).to.deep.equal(['', 'invite-team', 'first-deal', 'fundamentals', 'first-question']);
    // Staff roles: no checklist by default, in a part opened on demand.
    const details = root(el).querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(role(el, 'support').textContent).to.contain('No checklist for this role');
    expect(root(el).querySelector('[part=steps-note]')!.textContent!.replace(/\s+/g, ' '))
      .to.contain('PATCH /api/v1/onboarding/settings')
      .and.contain('Available steps: profile, two-factor, invite-team, partner-guide, first-deal, fundamentals, first-question.');
    expect(pageButton(el, 'save').disabled).to.equal(true);
    expect(pageButton(el, 'undo').disabled).to.equal(true);
    await expectAccessible(el);
    details.open = true;
    await expectAccessible(el);
  });

  it('moves, removes and adds steps, and saves only the checklists', async () => {
    const { el, fake } = await mount(routes());
    click(stepButton(el, 'technical', 'fundamentals', 'up'));
    await el.updateComplete;
    expect(keys(el, 'technical')).to.deep.equal(['profile', 'two-factor', 'fundamentals', 'partner-guide', 'first-question']);
    click(stepButton(el, 'technical', 'profile', 'down'));
    await el.updateComplete;
    expect(keys(el, 'technical')).to.deep.equal(['two-factor', 'profile', 'fundamentals', 'partner-guide', 'first-question']);
    expect(pageButton(el, 'save').disabled).to.equal(false);
    click(stepButton(el, 'partner_user', 'two-factor', 'remove'));
    await el.updateComplete;
    expect(keys(el, 'partner_user')).to.deep.equal(['profile', 'partner-guide']);
    expect([...role(el, 'partner_user').querySelectorAll('option')].map((o) => o.value)).to.include('two-factor');
    await add(el, 'partner_user', 'first-deal');
    expect(keys(el, 'partner_user')).to.deep.equal(['profile', 'partner-guide', 'first-deal']);
    expect(titles(el, 'partner_user')[2]).to.equal('Register your first deal');
    // A role without a checklist gets one; one whose steps are all removed has none.
    await add(el, 'support', 'profile');
    expect(keys(el, 'support')).to.deep.equal(['profile']);
    for (const key of ['profile', 'two-factor', 'partner-guide', 'first-deal', 'fundamentals']) {
      click(stepButton(el, 'salesperson', key, 'remove'));
      await el.updateComplete;
    }
    expect(role(el, 'salesperson').textContent).to.contain('No checklist for this role');
    await expectAccessible(el);

    click(pageButton(el, 'save'));
    await waitUntil(() => fake.calls.some((c) => c.method === 'PATCH'));
    const patch = fake.calls.find((c) => c.method === 'PATCH')!;
    expect(patch.path).to.equal('/onboarding/settings');
    expect(patch.options.body).to.deep.equal({
      checklists: {
        partner_admin: ['profile', 'two-factor', 'invite-team', 'partner-guide', 'first-deal'],
        principal: ['profile', 'two-factor', 'partner-guide', 'first-deal', 'fundamentals'],
        salesperson: [],
        technical: ['two-factor', 'profile', 'fundamentals', 'partner-guide', 'first-question'],
        partner_user: ['profile', 'partner-guide', 'first-deal'],
        support: ['profile'],
      },
    });
    await waitUntil(() => document.querySelector('portico-toaster')?.shadowRoot?.textContent?.includes('Onboarding checklists saved.'));
    await el.updateComplete;
    expect(pageButton(el, 'save').disabled).to.equal(true);
    expect(keys(el, 'technical')).to.deep.equal(['two-factor', 'profile', 'fundamentals', 'partner-guide', 'first-question']);
  });

  it('shows the server’s objection near the role it names, and undoes the changes', async () => {
    const { el } = await mount(routes({
      'PATCH /onboarding/settings': () => {
        throw new FakeProblem(400, 'Invalid request', 'A field is invalid.', [{ in: 'body', field: '/checklists/technical/1', message: '"two-factor" is not one of the steps.' }]);
      },
    }));
    click(stepButton(el, 'technical', 'profile', 'down'));
    await el.updateComplete;
    click(pageButton(el, 'save'));
    await waitUntil(() => role(el, 'technical').querySelector('[role=alert]'));
    expect(role(el, 'technical').querySelector('[role=alert]')!.textContent).to.equal('"two-factor" is not one of the steps.');
    expect(role(el, 'principal').querySelector('[role=alert]')).to.equal(null);
    await expectAccessible(el);
    click(pageButton(el, 'undo'));
    await el.updateComplete;
    expect(keys(el, 'technical')).to.deep.equal(['profile', 'two-factor', 'partner-guide', 'fundamentals', 'first-question']);
    expect(role(el, 'technical').querySelector('[role=alert]')).to.equal(null);
    expect(pageButton(el, 'save').disabled).to.equal(true);
  });

  it('shows a skeleton while loading, and an error with Retry', async () => {
    let release!: () => void;
    const slow = onboardingFake(routes({ 'GET /onboarding/settings': () => new Promise((resolve) => (release = () => resolve(onboardingSettings()))) }));
    const loading = await fixture<PorticoOnboardingSettings>(html`<portico-onboarding-settings .client=${slow.client} .session=${manager}></portico-onboarding-settings>`);
    await waitUntil(() => root(loading).querySelector('portico-skeleton'));
    release();
    await waitUntil(() => role(loading, 'technical'));

    let failing = true;
    const { el } = await mount(routes({
      'GET /onboarding/settings': () => {
        if (failing) throw new FakeProblem(503, 'Service unavailable');
        return onboardingSettings();
      },
    }));
    expect(root(el).querySelector('portico-error-state')).to.not.equal(null);
    await expectAccessible(el);
    failing = false;
    await el.settings.retry();
    await settle();
    expect(keys(el, 'technical')).to.have.length(5);
  });

  it('shows staff without onboarding.manage nothing to change, without calling the API', async () => {
    const { el, fake } = await mount(routes(), staff);
    expect(fake.calls).to.deep.equal([]);
    expect(root(el).querySelector('[role=status]')!.textContent).to.contain('changed by the programme’s staff');
    expect(root(el).querySelector('portico-button, select')).to.equal(null);
    await expectAccessible(el);
  });

  it('speaks French, with the steps’ French words', async () => {
    const { el } = await mount(routes());
    await setLocale('fr');
    el.locale = 'fr';
    await waitUntil(() => root(el).querySelector('h1')!.textContent === 'Listes d’intégration');
    expect(role(el, 'technical').querySelector('h2')!.textContent).to.equal('Technique');
    expect(titles(el, 'partner_user')).to.deep.equal(['Complétez votre profil', 'Activez l’authentification à deux facteurs', 'Lisez le guide partenaire']);
    expect(stepButton(el, 'partner_user', 'profile', 'remove').textContent!.trim()).to.equal('Retirer');
    expect(role(el, 'partner_user').querySelector('label')!.textContent).to.equal('Ajouter une étape à Utilisateur partenaire');
    expect(pageButton(el, 'save').textContent!.trim()).to.equal('Enregistrer les listes');
    expect(root(el).querySelector('summary')!.textContent).to.equal('Rôles de l’équipe interne');
    await expectAccessible(el);
  });

  it('is linked from the progress page’s header for those who may change the checklists', async () => {
    const fake = onboardingFake({ 'GET /onboarding/progress': () => progress() });
    const withLink = await fixture<HTMLElement>(html`<portico-onboarding-progress .client=${fake.client} .session=${manager}></portico-onboarding-progress>`);
    const without = await fixture<HTMLElement>(html`<portico-onboarding-progress .client=${fake.client} .session=${staff}></portico-onboarding-progress>`);
    await settle();
    const link = root(withLink).querySelector<HTMLAnchorElement>('.heading a')!;
    expect([link.getAttribute('href'), link.textContent]).to.deep.equal(['/onboarding/settings', 'Onboarding checklists']);
    expect(root(without).querySelector('.heading a')).to.equal(null);
  });
});

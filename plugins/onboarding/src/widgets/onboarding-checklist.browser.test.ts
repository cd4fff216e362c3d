import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { checklist, completed, member, none, onboardingFake, registerOnboardingTranslations, step, type OnboardingRoutes } from './test-support.js';
import './onboarding-checklist.js';
import type { PorticoOnboarding } from './onboarding-checklist.js';
import { ONBOARDING_CHANGED, type Checklist } from './shared.js';

registerOnboardingTranslations();

async function mount(routes: OnboardingRoutes, session: unknown = member) {
  const fake = onboardingFake(routes);
  const el = await fixture<PorticoOnboarding>(html`<portico-onboarding .client=${fake.client} .session=${session}></portico-onboarding>`);
  await waitUntil(() => el.checklist.status !== 'loading' && el.checklist.status !== 'idle');
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const steps = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLLIElement>('[part=step]')];
/** As a person presses it: on the button inside the `<portico-button>`. */
const press = (el: HTMLElement, label: string) =>
  [...root(el).querySelectorAll<HTMLElement>('portico-button')].find((b) => b.textContent!.trim() === label)!.shadowRoot!.querySelector('button')!.click();

describe('<portico-onboarding>', () => {
  afterEach(() => setLocale('en'));

  it('shows the steps done with their date and those left with a link, and how far the person got', async () => {
    const { el, fake } = await mount({ 'GET /onboarding/checklist': () => checklist() });
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal(['GET /onboarding/checklist']);
    expect(root(el).querySelector('h1')!.textContent).to.equal('Getting started');
    expect(text(el)).to.contain('2 of 5 done').and.contain('Steps complete themselves as you do them');
    const bar = root(el).querySelector<HTMLProgressElement>('progress')!;
    expect([bar.value, bar.max]).to.deep.equal([2, 5]);
    const [profile, twoFactor, invite, guide, deal] = steps(el);
    expect(profile.className).to.equal('done');
    expect(profile.textContent).to.contain('Complete your profile').and.contain('Your name, language and time zone').and.contain('Done on Mar 2, 2026');
    expect(profile.querySelector('a')).to.equal(null);
    expect(twoFactor.textContent).to.contain('Done on Mar 3, 2026');
    expect(invite.className).to.equal('todo');
    expect(invite.textContent).to.contain('Invite your team').and.not.contain('Done on');
    const links = [invite, guide, deal].map((li) => li.querySelector('a')!);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/team', '/documents', '/deals/new']);
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['Do it', 'Do it', 'Do it']);
    // Each link is described by its step's title.
    expect(root(el).getElementById(links[2].getAttribute('aria-describedby')!)!.textContent).to.contain('Register your first deal');
    expect(text(el)).to.contain('Put the checklist away');
    await expectAccessible(el);
  });

  it('says "Start" on the first step while nothing is done', async () => {
    const { el } = await mount({ 'GET /onboarding/checklist': () => checklist({ steps: [step('profile'), step('partner-guide')] }) });
    expect(text(el)).to.contain('0 of 2 done');
    expect(steps(el).map((li) => li.querySelector('a')!.textContent!.trim())).to.deep.equal(['Start', 'Do it']);
  });

  it('shows the step words and dates in French, and in Spanish, falling back to English', async () => {
    const custom = { ...step('profile'), key: 'own', title: { en: 'Meet your partner manager' }, description: { en: 'A call to start.', fr: 'Un appel pour commencer.' } };
    const { el } = await mount({ 'GET /onboarding/checklist': () => checklist({ steps: [step('profile', '2026-03-02T10:00:00.000Z'), step('two-factor'), custom] }) });
    await setLocale('fr');
    el.locale = 'fr'; // as the provider hands it down
    await waitUntil(() => text(el).includes('Premiers pas'));
    expect(text(el)).to.contain('1 étape sur 3 terminée').and.contain('Complétez votre profil').and.contain('Terminée le 2 mars 2026').and.contain('Activez l’authentification à deux facteurs');
    expect(text(el)).to.contain('Meet your partner manager').and.contain('Un appel pour commencer.');
    expect(text(el)).to.contain('Ranger la liste');
    await setLocale('es');
    el.locale = 'es';
    await waitUntil(() => text(el).includes('Primeros pasos'));
    expect(text(el)).to.contain('1 paso de 3 completado').and.contain('Complete su perfil').and.contain('Completado el 2 mar 2026').and.contain('Active la autenticación en dos pasos');
    expect(text(el)).to.contain('Meet your partner manager').and.contain('A call to start.');
    expect(steps(el)[1].querySelector('a')!.textContent!.trim()).to.equal('Hacerlo');
  });

  it('puts the checklist away and brings it back, telling the page each time', async () => {
    let dismissedAt: string | null = null;
    const { el, fake } = await mount({
      'GET /onboarding/checklist': () => checklist({ dismissedAt }),
      'POST /onboarding/checklist/dismiss': () => checklist({ dismissedAt: (dismissedAt = '2026-03-04T10:00:00.000Z') }),
      'POST /onboarding/checklist/resume': () => checklist({ dismissedAt: (dismissedAt = null) }),
    });
    const told: Checklist[] = [];
    const listen = (e: CustomEvent<Checklist>) => told.push(e.detail);
    window.addEventListener(ONBOARDING_CHANGED, listen);
    try {
      press(el, 'Put the checklist away');
      await waitUntil(() => root(el).querySelector('[part=dismissed]'));
      expect(fake.calls.at(-1)!).to.deep.include({ method: 'POST', path: '/onboarding/checklist/dismiss' });
      expect(text(el)).to.contain('You put this checklist away on Mar 4, 2026').and.contain('still complete themselves').and.contain('2 of 5 done');
      expect(steps(el)).to.have.length(0);
      expect(text(el)).not.to.contain('Put the checklist away');
      expect(told.map((c) => c.dismissedAt)).to.deep.equal(['2026-03-04T10:00:00.000Z']);
      await waitUntil(() => root(el).activeElement?.getAttribute('part') === 'dismissed');
      await expectAccessible(el);
      press(el, 'Bring it back');
      await waitUntil(() => steps(el).length === 5);
      expect(fake.calls.at(-1)!).to.deep.include({ method: 'POST', path: '/onboarding/checklist/resume' });
      expect(root(el).querySelector('[part=dismissed]')).to.equal(null);
      expect(told.map((c) => c.dismissedAt)).to.deep.equal(['2026-03-04T10:00:00.000Z', null]);
      await waitUntil(() => root(el).activeElement?.getAttribute('part') === 'steps');
    } finally {
      window.removeEventListener(ONBOARDING_CHANGED, listen);
    }
  });

  it('keeps the checklist as it was when putting it away fails', async () => {
    const { el } = await mount({
      'GET /onboarding/checklist': () => checklist(),
      'POST /onboarding/checklist/dismiss': () => {
        throw new FakeProblem(503, 'Service unavailable');
      },
    });
    press(el, 'Put the checklist away');
    await settle();
    await el.updateComplete;
    expect(root(el).querySelector('[part=dismissed]')).to.equal(null);
    expect(steps(el)).to.have.length(5);
    expect(el.busy).to.equal('');
  });

  it('says when everything is done', async () => {
    const { el } = await mount({ 'GET /onboarding/checklist': () => completed() });
    expect(root(el).querySelector('[part=completed]')!.textContent).to.contain('You are all set').and.contain('You finished your checklist on Mar 6, 2026');
    expect(text(el)).to.contain('5 of 5 done');
    expect(steps(el).every((li) => li.className === 'done' && !li.querySelector('a'))).to.equal(true);
    expect(text(el)).not.to.contain('Put the checklist away');
    await expectAccessible(el);
  });

  it('shows an empty state to a role without a checklist', async () => {
    const { el } = await mount({ 'GET /onboarding/checklist': () => none() });
    expect(el.checklist.status).to.equal('empty');
    const empty = root(el).querySelector<HTMLElement & { heading: string }>('portico-empty-state')!;
    expect(empty.heading).to.equal('No checklist for your role');
    expect(empty.textContent).to.contain('no onboarding steps for your role');
    await expectAccessible(el);
  });

  it('shows an error with Retry, and the checklist once it loads', async () => {
    let failing = true;
    const { el } = await mount({
      'GET /onboarding/checklist': () => {
        if (failing) throw new FakeProblem(503, 'Service unavailable');
        return checklist();
      },
    });
    expect(root(el).querySelector('portico-error-state')).to.not.equal(null);
    await expectAccessible(el);
    failing = false;
    await el.checklist.retry();
    await settle();
    expect(text(el)).to.contain('2 of 5 done');
  });
});

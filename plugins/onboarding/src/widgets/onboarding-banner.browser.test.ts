import { FakeProblem, expect, expectAccessible, fixture, html, settle, waitUntil } from '@portico/widgets/testing';
import { setLocale } from '@portico/widgets';
import '@portico/widgets';
import { checklist, completed, member, none, onboardingFake, registerOnboardingTranslations, staff, withoutOnboarding } from './test-support.js';
import './onboarding-banner.js';
import type { PorticoOnboardingBanner } from './onboarding-banner.js';
import { ONBOARDING_CHANGED, type Checklist } from './shared.js';

registerOnboardingTranslations();

async function mount(answer: () => Checklist, session: unknown = member) {
  const fake = onboardingFake({ 'GET /onboarding/checklist': answer });
  const el = await fixture<PorticoOnboardingBanner>(html`<portico-onboarding-banner .client=${fake.client} .session=${session}></portico-onboarding-banner>`);
  await settle();
  await el.updateComplete;
  return { el, fake };
}
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ').trim();
const banner = (el: HTMLElement) => root(el).querySelector('[part=banner]');
const route = (path: string) => window.dispatchEvent(new CustomEvent('portico-route-change', { detail: { path } }));

describe('<portico-onboarding-banner>', () => {
  afterEach(() => setLocale('en'));

  it('says how far the person got, with a link to the checklist', async () => {
    const { el, fake } = await mount(() => checklist());
    expect(fake.calls.map((c) => `${c.method} ${c.path}`)).to.deep.equal(['GET /onboarding/checklist']);
    expect(text(el)).to.equal('Getting started: 2 of 5 done — Continue');
    const link = root(el).querySelector<HTMLAnchorElement>('a[part=action]')!;
    expect(link.getAttribute('href')).to.equal('/onboarding');
    expect(banner(el)!.getAttribute('role')).to.equal('status');
    await expectAccessible(el);
  });

  it('says nothing once the checklist is finished, put away, or when the role has none', async () => {
    for (const answer of [completed(), checklist({ dismissedAt: '2026-03-04T10:00:00.000Z' }), none()]) {
      const { el, fake } = await mount(() => answer);
      expect(fake.calls).to.have.length(1);
      expect(banner(el)).to.equal(null);
      expect(root(el).children.length).to.equal(0);
    }
  });

  it('never shows an error in place of the page, and never asks without onboarding.use', async () => {
    const failing = await mount(() => {
      throw new FakeProblem(503, 'Service unavailable');
    });
    expect(root(failing.el).children.length).to.equal(0);
    const refused = await mount(() => {
      throw new FakeProblem(403, 'Forbidden');
    });
    expect(root(refused.el).children.length).to.equal(0);
    const without = await mount(() => checklist(), withoutOnboarding);
    expect(without.fake.calls).to.have.length(0);
    expect(banner(without.el)).to.equal(null);
    // Told the checklist changed, it still does not ask.
    window.dispatchEvent(new CustomEvent(ONBOARDING_CHANGED, { detail: checklist() }));
    await settle();
    expect(without.fake.calls).to.have.length(0);
  });

  it('shows staff with a checklist the same line, and staff without one nothing', async () => {
    const withList = await mount(() => checklist({ role: 'partner_manager' }), staff);
    expect(text(withList.el)).to.contain('2 of 5 done');
    const withoutList = await mount(() => none(), staff);
    expect(banner(withoutList.el)).to.equal(null);
  });

  it('follows the checklist when the checklist page puts it away or brings it back', async () => {
    let current = checklist();
    const { el, fake } = await mount(() => current);
    expect(banner(el)).to.not.equal(null);
    current = checklist({ dismissedAt: '2026-03-04T10:00:00.000Z' });
    window.dispatchEvent(new CustomEvent(ONBOARDING_CHANGED, { detail: current }));
    await waitUntil(() => fake.calls.length === 2 && !banner(el));
    current = checklist();
    window.dispatchEvent(new CustomEvent(ONBOARDING_CHANGED, { detail: current }));
    await waitUntil(() => fake.calls.length === 3 && banner(el));
    expect(text(el)).to.contain('2 of 5 done');
  });

  it('steps aside on the checklist page itself', async () => {
    const { el } = await mount(() => checklist());
    route('/onboarding');
    await el.updateComplete;
    expect(banner(el)).to.equal(null);
    route('/deals');
    await el.updateComplete;
    expect(banner(el)).to.not.equal(null);
    route('/onboarding/progress');
    await el.updateComplete;
    expect(banner(el)).to.not.equal(null);
  });

  it('speaks French and Spanish', async () => {
    const { el } = await mount(() => checklist());
    await setLocale('fr');
    el.locale = 'fr'; // what the provider's locale context hands down
    await waitUntil(() => text(el).includes('Premiers pas'));
    expect(text(el)).to.equal('Premiers pas : 2 étapes sur 5 terminées — Continuer');
    await setLocale('es');
    el.locale = 'es';
    await waitUntil(() => text(el).includes('Primeros pasos'));
    expect(text(el)).to.equal('Primeros pasos: 2 pasos de 5 completados — Continuar');
    await expectAccessible(el);
  });
});

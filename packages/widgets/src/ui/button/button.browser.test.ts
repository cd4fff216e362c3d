import { expect, fixture, html } from '@open-wc/testing';
import './button.js';
import type { PorticoButton } from './button.js';
import { expectAccessible } from '../../testing/axe.js';
import { setLocale } from '../../i18n/localization.js';

const inner = (button: PorticoButton) => button.shadowRoot!.querySelector('button')!;

describe('<portico-button>', () => {
  afterEach(() => setLocale('en'));

  it('renders its label and reports clicks', async () => {
    let clicks = 0;
    const button = await fixture<PorticoButton>(html`<portico-button @click=${() => clicks++}>Save</portico-button>`);
    inner(button).click();
    expect(clicks).to.equal(1);
    expect(button.textContent).to.equal('Save');
    await expectAccessible(button);
  });

  it('ignores clicks while disabled or loading, and says it is loading', async () => {
    let clicks = 0;
    const button = await fixture<PorticoButton>(html`<portico-button disabled @click=${() => clicks++}>Save</portico-button>`);
    inner(button).click();
    expect(inner(button).getAttribute('aria-disabled')).to.equal('true');
    button.disabled = false;
    button.loading = true;
    await button.updateComplete;
    inner(button).click();
    expect(clicks).to.equal(0);
    expect(inner(button).getAttribute('aria-busy')).to.equal('true');
    expect(button.shadowRoot!.textContent).to.contain('Loading…');
    await setLocale('fr');
    await button.updateComplete;
    expect(button.shadowRoot!.textContent).to.contain('Chargement…');
    await expectAccessible(button);
  });

  it('submits its form when type="submit", from the keyboard too', async () => {
    let submitted = 0;
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => (e.preventDefault(), submitted++)}>
      <portico-button type="submit">Send</portico-button>
    </form>`);
    const button = form.querySelector('portico-button')!;
    button.focus();
    expect(button.shadowRoot!.activeElement).to.equal(inner(button));
    inner(button).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(submitted).to.equal(1);
  });

  it('has a stable part and variants for theming', async () => {
    const button = await fixture<PorticoButton>(html`<portico-button variant="danger">Delete</portico-button>`);
    expect(inner(button).getAttribute('part')).to.equal('base');
    expect(getComputedStyle(inner(button)).backgroundColor).to.equal('rgb(180, 35, 24)');
    await expectAccessible(button);
  });
});

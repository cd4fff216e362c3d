import { expect, fixture, html } from '@open-wc/testing';
import './toast.js';
import { toast } from './toast.js';
import type { PorticoToaster } from './toast.js';
import { expectAccessible } from '../../testing/axe.js';
import { setLocale } from '../../i18n/localization.js';

describe('<portico-toaster>', () => {
  afterEach(() => setLocale('en'));

  it('announces notices politely and failures assertively', async () => {
    const toaster = await fixture<PorticoToaster>(html`<portico-toaster></portico-toaster>`);
    const [polite, assertive] = [...toaster.shadowRoot!.querySelectorAll('[part="region"]')];
    expect(polite!.getAttribute('aria-live')).to.equal('polite');
    expect(assertive!.getAttribute('role')).to.equal('alert');
    toaster.show('Saved', { variant: 'success' });
    toaster.show('Could not save', { variant: 'danger' });
    await toaster.updateComplete;
    expect(polite!.textContent).to.contain('Saved');
    expect(assertive!.textContent).to.contain('Could not save');
    await expectAccessible(toaster);
  });

  it('goes away after its duration, or when dismissed', async () => {
    const toaster = await fixture<PorticoToaster>(html`<portico-toaster></portico-toaster>`);
    toaster.show('Short', { duration: 30 });
    toaster.show('Sticky', { duration: 0 });
    await toaster.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 60));
    await toaster.updateComplete;
    expect(toaster.shadowRoot!.textContent).not.to.contain('Short');
    await setLocale('fr');
    await toaster.updateComplete;
    const dismiss = toaster.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    expect(dismiss.getAttribute('aria-label')).to.equal('Ignorer');
    dismiss.click();
    await toaster.updateComplete;
    expect(toaster.shadowRoot!.textContent).not.to.contain('Sticky');
  });

  it('toast() uses the page’s toaster', async () => {
    const toaster = await fixture<PorticoToaster>(html`<portico-toaster></portico-toaster>`);
    toast('Invitation sent');
    await toaster.updateComplete;
    expect(toaster.shadowRoot!.textContent).to.contain('Invitation sent');
  });
});

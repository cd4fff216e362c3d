import { expect, fixture, html } from '@open-wc/testing';
import './empty-state.js';
import type { PorticoEmptyState } from './empty-state.js';
import { expectAccessible } from '../../testing/axe.js';
import { setLocale } from '../../i18n/localization.js';

describe('<portico-empty-state>', () => {
  afterEach(() => setLocale('en'));

  it('says there is nothing yet, in the current locale, with the page’s action', async () => {
    const empty = await fixture<PorticoEmptyState>(html`<portico-empty-state>No deals registered.<button slot="action">Register a deal</button></portico-empty-state>`);
    const heading = () => empty.shadowRoot!.querySelector('[part="heading"]')!.textContent;
    expect(heading()).to.equal('Nothing here yet');
    await setLocale('es');
    await empty.updateComplete;
    expect(heading()).to.equal('Todavía no hay nada');
    empty.heading = 'No deals';
    await empty.updateComplete;
    expect(heading()).to.equal('No deals');
    await expectAccessible(empty);
  });
});

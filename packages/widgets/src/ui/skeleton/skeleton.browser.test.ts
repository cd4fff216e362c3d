import { expect, fixture, html } from '@open-wc/testing';
import './skeleton.js';
import type { PorticoSkeleton } from './skeleton.js';
import { expectAccessible } from '../../testing/axe.js';
import { setLocale } from '../../i18n/localization.js';

describe('<portico-skeleton>', () => {
  afterEach(() => setLocale('en'));

  it('draws lines and is announced once as loading', async () => {
    const skeleton = await fixture<PorticoSkeleton>(html`<portico-skeleton lines="4"></portico-skeleton>`);
    expect(skeleton.shadowRoot!.querySelectorAll('[part="line"]')).to.have.length(4);
    expect(skeleton.getAttribute('role')).to.equal('status');
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.shadowRoot!.textContent!.trim()).to.equal('Loading…');
    await setLocale('fr');
    await skeleton.updateComplete;
    expect(skeleton.shadowRoot!.textContent!.trim()).to.equal('Chargement…');
    await expectAccessible(skeleton);
  });
});

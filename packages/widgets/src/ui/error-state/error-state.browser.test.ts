import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './error-state.js';
import type { PorticoErrorState } from './error-state.js';
import { expectAccessible } from '../../testing/axe.js';
import { setLocale } from '../../i18n/localization.js';
import { FakeProblem } from '../../testing/fake-client.js';

describe('<portico-error-state>', () => {
  afterEach(() => setLocale('en'));

  it('shows the problem’s title and detail, and offers Retry when the server failed', async () => {
    const problem = new FakeProblem(409, 'Deal already registered', 'Another partner registered Acme on 3 March.');
    const state = await fixture<PorticoErrorState>(html`<portico-error-state .error=${problem}></portico-error-state>`);
    const root = state.shadowRoot!;
    expect(root.querySelector('[part="title"]')!.textContent).to.equal('Deal already registered');
    expect(root.querySelector('[part="detail"]')!.textContent).to.equal('Another partner registered Acme on 3 March.');
    expect(root.querySelector('portico-button'), 'asking again gives the same answer').to.equal(null);
    state.error = new FakeProblem(503, 'Service Unavailable', 'Portico is restarting.');
    await state.updateComplete;
    const retried = oneEvent(state, 'portico-retry');
    root.querySelector('portico-button')!.shadowRoot!.querySelector('button')!.click();
    await retried;
    await expectAccessible(state);
  });

  it('says a refusal plainly in the reader\'s language, without a Retry that cannot help (issue 23, item 6)', async () => {
    const refused = new FakeProblem(403, 'Forbidden', 'You lack the permission training.take.');
    const state = await fixture<PorticoErrorState>(html`<portico-error-state .error=${refused}></portico-error-state>`);
    await setLocale('fr');
    await state.updateComplete;
    expect(state.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Non accessible pour vous');
    expect(state.shadowRoot!.textContent).not.to.contain('training.take');
    expect(state.shadowRoot!.querySelector('portico-button')).to.equal(null);
    state.error = new FakeProblem(404, 'Not Found', 'No such deal.');
    await setLocale('es');
    await state.updateComplete;
    expect(state.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('No encontrado');
    expect(state.shadowRoot!.querySelector('portico-button')).to.equal(null);
    state.error = new FakeProblem(503, 'Service Unavailable', 'Try again in a minute.');
    await state.updateComplete;
    expect(state.shadowRoot!.querySelector('portico-button')).not.to.equal(null);
    await expectAccessible(state);
  });

  it('explains a network failure in the current locale', async () => {
    const state = await fixture<PorticoErrorState>(html`<portico-error-state .error=${new TypeError('Failed to fetch')}></portico-error-state>`);
    await setLocale('fr');
    await state.updateComplete;
    expect(state.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Un problème est survenu');
    expect(state.shadowRoot!.querySelector('portico-button')!.textContent).to.equal('Réessayer');
    state.retryable = false;
    await state.updateComplete;
    expect(state.shadowRoot!.querySelector('portico-button')).to.equal(null);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { PorticoElement } from '../base/portico-element.js';
import { getLocale, matchLocale, registerTranslations, setLocale } from './localization.js';

// A plugin string: its id is what lit-localize derives from the English text.
const pluginString = () => msg('Register a deal', { id: 'test-plugin-register' });

@customElement('test-plugin-widget')
class TestPluginWidget extends PorticoElement {
  protected override render() {
    return html`<p>${pluginString()}</p><p>${msg('Retry')}</p>`;
  }
}
void TestPluginWidget;

describe('localization', () => {
  afterEach(() => setLocale('en'));

  it('translates a plugin chunk that registers after the locale was chosen', async () => {
    const widget = await fixture<TestPluginWidget>(html`<test-plugin-widget></test-plugin-widget>`);
    await setLocale('fr');
    await widget.updateComplete;
    expect(widget.shadowRoot!.textContent).to.equal('Register a dealRéessayer');
    await registerTranslations('test-plugin', {
      fr: async () => ({ templates: { 'test-plugin-register': 'Enregistrer une affaire' } }),
      es: async () => ({ templates: { 'test-plugin-register': 'Registrar una oportunidad' } }),
    });
    await widget.updateComplete;
    expect(widget.shadowRoot!.textContent).to.equal('Enregistrer une affaireRéessayer');
    await setLocale('es');
    await widget.updateComplete;
    expect(getLocale()).to.equal('es');
    expect(widget.shadowRoot!.textContent).to.equal('Registrar una oportunidadReintentar');
    await setLocale('en');
    await widget.updateComplete;
    expect(widget.shadowRoot!.textContent).to.equal('Register a dealRetry');
  });

  it('matches browser preferences to supported locales', () => {
    expect(matchLocale(['de-DE', 'fr-CA', 'en'])).to.equal('fr');
    expect(matchLocale(['ES'])).to.equal('es');
    expect(matchLocale(['de', null, undefined])).to.equal(undefined);
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './portico-slot.js';
import type { PorticoSlot } from './portico-slot.js';
import { contributionsOf } from '../shell/contributions.js';
import { testPortal } from '../testing/portals.js';
import { testSession } from '../testing/sessions.js';

class TestSection extends HTMLElement {
  clientId = '';
  connectedCallback() {
    this.textContent = `${this.localName} of ${this.clientId}`;
  }
}
customElements.define('test-deadlines', class extends TestSection {});
customElements.define('test-alerts', class extends TestSection {});
customElements.define('test-secret', class extends TestSection {});

/** A plugin's widget entry, as a module the slot imports like any plugin chunk. */
const chunk = (source: string) => `data:text/javascript,${encodeURIComponent(source)}`;
const supervision = chunk(`export default { id: 'supervision', slots: { 'fleet.client-360.sections': [
  { tag: 'test-alerts', order: 2, load: async () => {} },
  { tag: 'test-deadlines', order: 1, load: async () => {} },
  { tag: 'test-secret', permission: 'supervision.secret', load: async () => {} },
] } };`);
const other = chunk(`export default { id: 'other', slots: { 'somewhere.else': [{ tag: 'test-secret', load: async () => {} }] } };`);

describe('<portico-slot>', () => {
  it('shows, in order, the elements enabled plugins place at its name, those the person may see, each with its properties', async () => {
    const portal = testPortal({ plugins: [{ id: 'supervision', widgets: supervision }, { id: 'other', widgets: other }] });
    const slot = await fixture<PorticoSlot>(
      html`<portico-slot name="fleet.client-360.sections" .portal=${portal} .session=${testSession({ permissions: [] })} .properties=${{ clientId: 'c1' }}></portico-slot>`,
    );
    await waitUntil(() => slot.shadowRoot!.querySelectorAll('[part="items"] > *').length > 0, 'the contributed sections');
    const shown = [...slot.shadowRoot!.querySelectorAll('[part="items"] > *')].map((e) => e.textContent);
    expect(shown).to.deep.equal(['test-deadlines of c1', 'test-alerts of c1']);
  });

  it('shows nothing where no plugin contributes', async () => {
    const portal = testPortal({ plugins: [{ id: 'other', widgets: other }] });
    const slot = await fixture<PorticoSlot>(html`<portico-slot name="fleet.client-360.sections" .portal=${portal} .session=${testSession()}></portico-slot>`);
    await contributionsOf(portal);
    await slot.updateComplete;
    expect(slot.entries).to.deep.equal([]);
    expect(slot.shadowRoot!.querySelector('[part="items"]')).to.equal(null);
  });
});

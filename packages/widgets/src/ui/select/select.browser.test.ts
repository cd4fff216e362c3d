import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './select.js';
import type { PorticoSelect } from './select.js';
import { expectAccessible } from '../../testing/axe.js';

const options = [
  { value: 'new', label: 'New' },
  { value: 'won', label: 'Won' },
];

describe('<portico-select>', () => {
  it('shows the chosen option and reports a new choice', async () => {
    const select = await fixture<PorticoSelect>(html`<portico-select label="Status" name="status" value="won" .options=${options}></portico-select>`);
    const native = select.shadowRoot!.querySelector('select')!;
    expect(native.value).to.equal('won');
    native.value = 'new';
    const changed = oneEvent(select, 'portico-change');
    native.dispatchEvent(new Event('change'));
    expect((await changed).detail).to.deep.equal({ value: 'new' });
    await expectAccessible(select);
  });

  it('marks an error for assistive technology', async () => {
    const select = await fixture<PorticoSelect>(
      html`<portico-select label="Status" placeholder="Choose…" error="Choose a status" .options=${options}></portico-select>`,
    );
    const native = select.shadowRoot!.querySelector('select')!;
    expect(native.value).to.equal('');
    expect(native.getAttribute('aria-invalid')).to.equal('true');
    const errorId = native.getAttribute('aria-describedby')!;
    expect(select.shadowRoot!.getElementById(errorId)!.textContent).to.equal('Choose a status');
    await expectAccessible(select);
  });
});

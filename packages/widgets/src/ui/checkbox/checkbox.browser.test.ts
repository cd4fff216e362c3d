import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './checkbox.js';
import type { PorticoCheckbox } from './checkbox.js';
import { expectAccessible } from '../../testing/axe.js';

describe('<portico-checkbox>', () => {
  it('toggles by its label and reports it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><portico-checkbox label="I agree" name="terms" value="yes"></portico-checkbox></form>`);
    const box = form.querySelector<PorticoCheckbox>('portico-checkbox')!;
    const changed = oneEvent(box, 'portico-change');
    box.shadowRoot!.querySelector('label')!.click();
    expect((await changed).detail).to.deep.equal({ checked: true });
    await box.updateComplete;
    expect(box.checked).to.equal(true);
    expect(new FormData(form).get('terms')).to.equal('yes');
    await expectAccessible(box);
  });

  it('shows an error tied to the box', async () => {
    const box = await fixture<PorticoCheckbox>(html`<portico-checkbox label="I agree" error="Accept the terms to continue"></portico-checkbox>`);
    const input = box.shadowRoot!.querySelector('input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(box.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.equal('Accept the terms to continue');
    await expectAccessible(box);
  });
});

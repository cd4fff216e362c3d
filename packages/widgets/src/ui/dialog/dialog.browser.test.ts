import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './dialog.js';
import type { PorticoDialog } from './dialog.js';
import { expectAccessible } from '../../testing/axe.js';
import { setLocale } from '../../i18n/localization.js';

async function mount() {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="opener">Open</button>
    <portico-dialog label="Rename deal">
      <input aria-label="Name" id="name" />
      <button slot="footer" id="save">Save</button>
    </portico-dialog>
  </div>`);
  return { wrapper, dialog: wrapper.querySelector<PorticoDialog>('portico-dialog')!, opener: wrapper.querySelector<HTMLButtonElement>('#opener')! };
}

describe('<portico-dialog>', () => {
  afterEach(() => setLocale('en'));

  it('opens modal, named by its heading, and is accessible', async () => {
    const { dialog, opener } = await mount();
    opener.focus();
    dialog.show();
    await dialog.updateComplete;
    const native = dialog.shadowRoot!.querySelector('dialog')!;
    expect(native.open).to.equal(true);
    expect(native.matches(':modal')).to.equal(true);
    expect(dialog.shadowRoot!.getElementById(native.getAttribute('aria-labelledby')!)!.textContent).to.equal('Rename deal');
    await expectAccessible(dialog);
  });

  it('closes on Escape and returns focus to the opener', async () => {
    const { dialog, opener } = await mount();
    opener.focus();
    dialog.open = true;
    await dialog.updateComplete;
    expect(document.activeElement).not.to.equal(opener);
    const closed = oneEvent(dialog, 'portico-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail).to.deep.equal({ reason: 'escape' });
    expect(dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('keeps Tab inside the dialog', async () => {
    const { dialog, opener } = await mount();
    opener.focus();
    dialog.open = true;
    await dialog.updateComplete;
    const inside = () => dialog.contains(document.activeElement) || dialog.shadowRoot!.contains(dialog.shadowRoot!.activeElement);
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement === document.body) continue; // browser chrome between cycles
      expect(inside(), `focus escaped to ${document.activeElement?.outerHTML}`).to.equal(true);
      expect(document.activeElement).not.to.equal(opener);
    }
  });

  it('has a translated close button that closes it', async () => {
    const { dialog } = await mount();
    dialog.open = true;
    await setLocale('fr');
    await dialog.updateComplete;
    const close = dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!;
    expect(close.getAttribute('aria-label')).to.equal('Fermer');
    const closed = oneEvent(dialog, 'portico-close');
    close.click();
    expect((await closed).detail).to.deep.equal({ reason: 'close-button' });
  });
});

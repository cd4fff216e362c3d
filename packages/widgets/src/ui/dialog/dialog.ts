import { html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { PorticoElement } from '../../base/portico-element.js';
import { dialogStyles } from './dialog.styles.js';

export type DialogCloseReason = 'escape' | 'close-button' | 'request';

/**
 * A modal dialog on the platform's `<dialog>`: the page behind it is inert (focus stays inside),
 * Escape closes it, and focus returns to what had it before opening.
 *
 * @attr open - Shows the dialog.
 * @attr label - The heading, also the dialog's accessible name.
 * @fires portico-close - The dialog closed (detail: `{ reason }`: `escape`, `close-button` or `request`).
 * @slot - The content.
 * @slot footer - Actions, e.g. buttons.
 * @csspart dialog, header, title, close-button, body, footer
 */
@customElement('portico-dialog')
export class PorticoDialog extends PorticoElement {
  static override styles = [...PorticoElement.styles, dialogStyles];

  @property({ type: Boolean, reflect: true }) accessor open = false;
  @property() accessor label = '';
  @query('dialog') private accessor dialog!: HTMLDialogElement;

  #returnFocusTo: HTMLElement | null = null;

  show(): void {
    this.open = true;
  }

  /** Closes the dialog as its owner asked (after a save, say). */
  close(): void {
    this.#close('request');
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) {
      this.#returnFocusTo = deepActiveElement();
      this.dialog.showModal();
    } else if (!this.open && this.dialog.open) {
      this.dialog.close();
    }
  }

  #close(reason: DialogCloseReason): void {
    if (!this.open) return;
    this.open = false;
    this.dialog?.close();
    this.#returnFocusTo?.focus();
    this.#returnFocusTo = null;
    this.emit('portico-close', { reason });
  }

  #onCancel(event: Event): void {
    // The platform would close it by itself; close through #close so state, focus and event agree.
    event.preventDefault();
    this.#close('escape');
  }

  protected override render() {
    return html`<dialog part="dialog" aria-labelledby="title" @cancel=${this.#onCancel}>
      <header part="header">
        <h2 part="title" id="title">${this.label}</h2>
        <button part="close-button" class="close" type="button" aria-label=${msg('Close')} @click=${() => this.#close('close-button')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div part="body" class="body"><slot></slot></div>
      <footer part="footer"><slot name="footer"></slot></footer>
    </dialog>`;
  }
}

function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-dialog': PorticoDialog;
  }
}

import { html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { PorticoElement } from '../../base/portico-element.js';
import { buttonStyles } from './button.styles.js';

/**
 * A button. Inside a form, `type="submit"` submits it.
 *
 * @attr variant - `primary` (default), `secondary`, `danger` or `text`.
 * @attr type - `button` (default) or `submit`.
 * @attr loading - Shows a spinner, announces "Loading…" and ignores clicks while work is under way.
 * @attr disabled - Ignores clicks; stays focusable so its label can still be read.
 * @attr label - An accessible name when the visible content is only an icon.
 * @slot - The label.
 * @csspart base - The native button.
 * @cssprop --portico-color-primary, --portico-color-on-primary, --portico-radius
 */
@customElement('portico-button')
export class PorticoButton extends PorticoElement {
  static override styles = [...PorticoElement.styles, buttonStyles];
  static formAssociated = true;

  @property({ reflect: true }) accessor variant: 'primary' | 'secondary' | 'danger' | 'text' = 'primary';
  @property() accessor type: 'button' | 'submit' = 'button';
  @property({ type: Boolean, reflect: true }) accessor loading = false;
  @property({ type: Boolean, reflect: true }) accessor disabled = false;
  @property() accessor label: string | undefined = undefined;
  @query('button') private accessor button!: HTMLButtonElement;

  #internals = this.attachInternals();

  override focus(options?: FocusOptions): void {
    this.button?.focus(options);
  }

  #onClick(event: MouseEvent): void {
    if (this.disabled || this.loading) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (this.type === 'submit') this.#internals.form?.requestSubmit();
  }

  protected override render() {
    const inactive = this.disabled || this.loading;
    return html`<button
      part="base"
      type="button"
      aria-disabled=${inactive ? 'true' : 'false'}
      aria-busy=${this.loading ? 'true' : 'false'}
      aria-label=${this.label ?? nothing}
      @click=${this.#onClick}
    >
      ${this.loading ? html`<span class="spinner" aria-hidden="true"></span><span class="visually-hidden">${msg('Loading…')}</span>` : nothing}
      <slot></slot>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-button': PorticoButton;
  }
}

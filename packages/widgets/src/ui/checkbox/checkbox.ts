import { css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PorticoElement } from '../../base/portico-element.js';
import { controlStyles } from '../field/control.styles.js';
import { controlId } from '../field/field.js';
import { token } from '../../theme/tokens.js';

/**
 * A labelled native checkbox.
 *
 * @attr label, name, hint, error, disabled - As on `portico-field`.
 * @attr checked - Whether it is ticked.
 * @attr value - Submitted with the form when ticked (default `on`).
 * @fires portico-change - When ticked or unticked (detail: `{ checked }`).
 * @csspart input, label, hint, error
 */
@customElement('portico-checkbox')
export class PorticoCheckbox extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    controlStyles,
    css`
      .row {
        display: flex;
        align-items: center;
        gap: ${token['space-2']};
      }
      input {
        width: 1.25rem;
        height: 1.25rem;
        min-height: 0;
        margin: 0;
        accent-color: ${token['color-primary']};
      }
      label {
        font-weight: normal;
      }
    `,
  ];
  static formAssociated = true;

  @property() accessor label = '';
  @property({ reflect: true }) accessor name = '';
  @property() accessor value = 'on';
  @property() accessor hint = '';
  @property() accessor error = '';
  @property({ type: Boolean, reflect: true }) accessor checked = false;
  @property({ type: Boolean, reflect: true }) accessor disabled = false;
  @query('input') private accessor input!: HTMLInputElement;

  readonly #id = controlId('portico-checkbox');
  #internals = this.attachInternals();

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** The form was reset: back to as written in the markup. */
  formResetCallback(): void {
    this.checked = this.hasAttribute('checked');
  }

  protected override updated(): void {
    this.#internals.setFormValue(this.checked ? this.value : null);
  }

  #onChange(event: Event): void {
    this.checked = (event.target as HTMLInputElement).checked;
    this.emit('portico-change', { checked: this.checked });
  }

  protected override render() {
    const hintId = this.hint ? `${this.#id}-hint` : undefined;
    const errorId = this.error ? `${this.#id}-error` : undefined;
    const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
    return html`<div class="control">
      <div class="row">
        <input
          part="input"
          type="checkbox"
          id=${this.#id}
          name=${this.name}
          .checked=${live(this.checked)}
          ?disabled=${this.disabled}
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${this.error ? 'true' : 'false'}
          @change=${this.#onChange}
        />
        <label part="label" for=${this.#id}>${this.label}</label>
      </div>
      ${this.hint ? html`<p part="hint" class="hint" id=${hintId!}>${this.hint}</p>` : nothing}
      ${this.error ? html`<p part="error" class="error" id=${errorId!}>${this.error}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-checkbox': PorticoCheckbox;
  }
}

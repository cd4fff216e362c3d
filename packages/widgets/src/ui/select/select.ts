import { html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PorticoElement } from '../../base/portico-element.js';
import { controlStyles } from '../field/control.styles.js';
import { controlId } from '../field/field.js';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/**
 * A labelled native select (keyboard and screen-reader behaviour come from the platform).
 *
 * @attr label, name, value, hint, error, required, disabled - As on `portico-field`.
 * @attr placeholder - A first, empty choice ("Choose…").
 * @prop options - `{ value, label, disabled? }[]`.
 * @fires portico-change - When a choice is made (detail: `{ value }`).
 * @csspart label, select, hint, error
 */
@customElement('portico-select')
export class PorticoSelect extends PorticoElement {
  static override styles = [...PorticoElement.styles, controlStyles];
  static formAssociated = true;

  @property() accessor label = '';
  @property({ reflect: true }) accessor name = '';
  @property() accessor value = '';
  @property() accessor hint = '';
  @property() accessor error = '';
  @property() accessor placeholder: string | undefined = undefined;
  @property({ type: Boolean, reflect: true }) accessor required = false;
  @property({ type: Boolean, reflect: true }) accessor disabled = false;
  @property({ attribute: false }) accessor options: readonly SelectOption[] = [];
  @query('select') private accessor select!: HTMLSelectElement;

  readonly #id = controlId('portico-select');
  #internals = this.attachInternals();

  override focus(options?: FocusOptions): void {
    this.select?.focus(options);
  }

  /** The form was reset: back to the value written in the markup, with no error. */
  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this.error = '';
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('value')) this.#internals.setFormValue(this.value);
    // Options render after the value binding; settle the native select on the chosen one.
    if (this.select && this.select.value !== this.value) this.select.value = this.value;
  }

  #onChange(event: Event): void {
    this.value = (event.target as HTMLSelectElement).value;
    this.emit('portico-change', { value: this.value });
  }

  protected override render() {
    const hintId = this.hint ? `${this.#id}-hint` : undefined;
    const errorId = this.error ? `${this.#id}-error` : undefined;
    const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
    return html`<div class="control">
      <label part="label" for=${this.#id}>${this.label}${this.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label>
      ${this.hint ? html`<p part="hint" class="hint" id=${hintId!}>${this.hint}</p>` : nothing}
      <select
        part="select"
        id=${this.#id}
        name=${this.name}
        ?required=${this.required}
        ?disabled=${this.disabled}
        aria-describedby=${ifDefined(describedBy)}
        aria-invalid=${this.error ? 'true' : 'false'}
        @change=${this.#onChange}
      >
        ${this.placeholder !== undefined ? html`<option value="" ?selected=${this.value === ''}>${this.placeholder}</option>` : nothing}
        ${this.options.map(
          (option) => html`<option value=${option.value} ?disabled=${option.disabled ?? false} ?selected=${option.value === this.value}>${option.label}</option>`,
        )}
      </select>
      ${this.error ? html`<p part="error" class="error" id=${errorId!}>${this.error}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-select': PorticoSelect;
  }
}

import { html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { PorticoElement } from '../../base/portico-element.js';
import { controlStyles } from './control.styles.js';

let nextId = 0;
/** Ids unique on the page, so labels and descriptions point at the right control. */
export function controlId(prefix: string): string {
  return `${prefix}-${++nextId}`;
}

/**
 * A labelled text input with a hint and an error text, wired for assistive technology: the input is
 * described by the hint and the error, and marked invalid while there is an error.
 *
 * @attr label - The visible label (required for accessibility).
 * @attr name - The form field name; also how `applyProblem` finds the field for a server error.
 * @attr type - `text` (default), `email`, `number`, `date`, `password` (never shown as typed: secrets) or `textarea`.
 * @attr value - The current value.
 * @attr hint - Help text under the label.
 * @attr error - Error text; sets `aria-invalid`.
 * @attr required, disabled, placeholder, autocomplete, min, max, step
 * @fires portico-input - On every keystroke (detail: `{ value }`).
 * @fires portico-change - When the value is committed (detail: `{ value }`).
 * @csspart label, input, hint, error
 * @cssprop --portico-color-border, --portico-color-danger, --portico-radius
 */
@customElement('portico-field')
export class PorticoField extends PorticoElement {
  static override styles = [...PorticoElement.styles, controlStyles];
  static formAssociated = true;

  @property() accessor label = '';
  @property({ reflect: true }) accessor name = '';
  @property() accessor type: 'text' | 'email' | 'number' | 'date' | 'password' | 'textarea' = 'text';
  @property() accessor value = '';
  @property() accessor hint = '';
  @property() accessor error = '';
  @property() accessor placeholder: string | undefined = undefined;
  @property() accessor autocomplete: string | undefined = undefined;
  @property() accessor min: string | undefined = undefined;
  @property() accessor max: string | undefined = undefined;
  @property() accessor step: string | undefined = undefined;
  @property({ type: Boolean, reflect: true }) accessor required = false;
  @property({ type: Boolean, reflect: true }) accessor disabled = false;
  @query('input, textarea') private accessor input!: HTMLInputElement | HTMLTextAreaElement;

  readonly #id = controlId('portico-field');
  #internals = this.attachInternals();

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** The form was reset: back to the value written in the markup, with no error. */
  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this.error = '';
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('value')) this.#internals.setFormValue(this.value);
  }

  #onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.emit('portico-input', { value: this.value });
  }

  #onChange(): void {
    this.emit('portico-change', { value: this.value });
  }

  protected override render() {
    const hintId = this.hint ? `${this.#id}-hint` : undefined;
    const errorId = this.error ? `${this.#id}-error` : undefined;
    const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
    const common = {
      id: this.#id,
      describedBy,
      invalid: this.error ? 'true' : 'false',
    };
    const control =
      this.type === 'textarea'
        ? html`<textarea
            part="input"
            id=${common.id}
            name=${this.name}
            .value=${live(this.value)}
            placeholder=${ifDefined(this.placeholder)}
            ?required=${this.required}
            ?disabled=${this.disabled}
            aria-describedby=${ifDefined(common.describedBy)}
            aria-invalid=${common.invalid}
            @input=${this.#onInput}
            @change=${this.#onChange}
          ></textarea>`
        : html`<input
            part="input"
            id=${common.id}
            name=${this.name}
            type=${this.type}
            .value=${live(this.value)}
            placeholder=${ifDefined(this.placeholder)}
            autocomplete=${ifDefined(this.autocomplete as never)}
            min=${ifDefined(this.min)}
            max=${ifDefined(this.max)}
            step=${ifDefined(this.step)}
            ?required=${this.required}
            ?disabled=${this.disabled}
            aria-describedby=${ifDefined(common.describedBy)}
            aria-invalid=${common.invalid}
            @input=${this.#onInput}
            @change=${this.#onChange}
          />`;
    return html`<div class="control">
      <label part="label" for=${this.#id}>${this.label}${this.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label>
      ${this.hint ? html`<p part="hint" class="hint" id=${hintId!}>${this.hint}</p>` : nothing}
      ${control}
      ${this.error ? html`<p part="error" class="error" id=${errorId!}>${this.error}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-field': PorticoField;
  }
}

import { css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '@lit/localize';
import { PorticoElement } from '../../base/portico-element.js';
import { token } from '../../theme/tokens.js';

export type ToastVariant = 'info' | 'success' | 'danger';

interface Toast {
  id: number;
  message: string;
  variant: ToastVariant;
}

let nextToast = 0;

/**
 * Short notices ("Saved", "Could not save"). Present in the page from the start, so screen readers
 * announce what is added: polite for information, assertive (role alert) for failures.
 *
 * @csspart region, toast
 * @cssprop --portico-color-success, --portico-color-danger
 */
@customElement('portico-toaster')
export class PorticoToaster extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    css`
      :host {
        position: fixed;
        inset-block-end: ${token['space-4']};
        inset-inline-end: ${token['space-4']};
        z-index: 1000;
        display: grid;
        gap: ${token['space-2']};
      }
      .toast {
        display: flex;
        align-items: center;
        gap: ${token['space-3']};
        padding: ${token['space-3']} ${token['space-4']};
        border-radius: ${token.radius};
        background: ${token['color-text']};
        color: ${token['color-surface']};
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
        border-inline-start: 6px solid ${token['color-accent']};
      }
      .toast.success {
        border-inline-start-color: ${token['color-success']};
      }
      .toast.danger {
        border-inline-start-color: ${token['color-danger']};
      }
      button {
        font: inherit;
        background: none;
        border: 0;
        color: inherit;
        cursor: pointer;
        font-size: 1.25rem;
      }
    `,
  ];

  @state() private accessor toasts: Toast[] = [];

  /** Shows a notice; it goes away after `duration` ms (0 keeps it until dismissed). */
  show(message: string, options: { variant?: ToastVariant; duration?: number } = {}): void {
    const toast: Toast = { id: ++nextToast, message, variant: options.variant ?? 'info' };
    this.toasts = [...this.toasts, toast];
    const duration = options.duration ?? (toast.variant === 'danger' ? 0 : 5000);
    if (duration > 0) setTimeout(() => this.dismiss(toast.id), duration);
  }

  dismiss(id: number): void {
    this.toasts = this.toasts.filter((toast) => toast.id !== id);
  }

  #list(variants: ToastVariant[]) {
    return repeat(
      this.toasts.filter((toast) => variants.includes(toast.variant)),
      (toast) => toast.id,
      (toast) => html`<div part="toast" class="toast ${toast.variant}">
        <span>${toast.message}</span>
        <button type="button" aria-label=${msg('Dismiss')} @click=${() => this.dismiss(toast.id)}><span aria-hidden="true">×</span></button>
      </div>`,
    );
  }

  protected override render() {
    return html`<div part="region" role="status" aria-live="polite">${this.#list(['info', 'success'])}</div>
      <div part="region" role="alert" aria-live="assertive">${this.#list(['danger'])}</div>`;
  }
}

/** Shows a toast in the page's toaster, adding one to the body when there is none yet. */
export function toast(message: string, options?: { variant?: ToastVariant; duration?: number }): void {
  const existing = document.querySelector('portico-toaster');
  if (existing) return existing.show(message, options);
  const toaster = document.createElement('portico-toaster');
  document.body.append(toaster);
  // A live region announces changes, not its first content: let it exist for a frame first.
  requestAnimationFrame(() => toaster.show(message, options));
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-toaster': PorticoToaster;
  }
}

import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PorticoElement } from '../../base/portico-element.js';
import { token } from '../../theme/tokens.js';

/**
 * A short status label ("Pending", "Won"). Colour is never the only signal: the text says it.
 *
 * @attr variant - `neutral` (default), `info`, `success`, `warning` or `danger`.
 * @slot - The text.
 * @csspart base
 */
@customElement('portico-badge')
export class PorticoBadge extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    css`
      :host {
        display: inline-block;
      }
      span {
        display: inline-block;
        padding: 0 ${token['space-2']};
        border-radius: 999px;
        font-size: 0.8125rem;
        font-weight: 600;
        line-height: 1.5rem;
        border: 1px solid currentColor;
        color: ${token['color-muted']};
        background: ${token['color-surface']};
      }
      :host([variant='info']) span {
        color: ${token['color-primary']};
      }
      :host([variant='success']) span {
        color: ${token['color-success']};
      }
      :host([variant='warning']) span {
        color: ${token['color-warning']};
      }
      :host([variant='danger']) span {
        color: ${token['color-danger']};
      }
    `,
  ];

  @property({ reflect: true }) accessor variant: 'neutral' | 'info' | 'success' | 'warning' | 'danger' = 'neutral';

  protected override render() {
    return html`<span part="base"><slot></slot></span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-badge': PorticoBadge;
  }
}

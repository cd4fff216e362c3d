import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { PorticoElement } from '../../base/portico-element.js';
import { token } from '../../theme/tokens.js';

/**
 * What a list shows when there is nothing in it yet, with what to do next.
 *
 * @attr heading - Defaults to "Nothing here yet".
 * @slot - A sentence of explanation.
 * @slot action - A button that creates the first item.
 * @csspart base, heading
 */
@customElement('portico-empty-state')
export class PorticoEmptyState extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    css`
      :host {
        display: block;
      }
      div {
        text-align: center;
        padding: ${token['space-6']} ${token['space-4']};
        border: 1px dashed ${token['color-border']};
        border-radius: ${token.radius};
        color: ${token['color-muted']};
        display: grid;
        gap: ${token['space-3']};
        justify-items: center;
      }
      p {
        margin: 0;
        font-weight: 600;
        font-size: 1.125rem;
        color: ${token['color-text']};
      }
    `,
  ];

  @property() accessor heading: string | undefined = undefined;

  protected override render() {
    return html`<div part="base">
      <p part="heading">${this.heading ?? msg('Nothing here yet')}</p>
      <slot></slot>
      <slot name="action"></slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-empty-state': PorticoEmptyState;
  }
}

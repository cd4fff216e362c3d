import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { PorticoElement } from '../../base/portico-element.js';
import { token } from '../../theme/tokens.js';

/**
 * Grey placeholder lines while content loads; announced once as "Loading…".
 *
 * @attr lines - How many lines (default 3).
 * @csspart line
 */
@customElement('portico-skeleton')
export class PorticoSkeleton extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    css`
      :host {
        display: grid;
        gap: ${token['space-2']};
      }
      .line {
        height: 1rem;
        border-radius: ${token.radius};
        background: linear-gradient(90deg, ${token['color-surface-alt']} 25%, ${token['color-border']} 50%, ${token['color-surface-alt']} 75%);
        background-size: 200% 100%;
        animation: shimmer 1.4s ease-in-out infinite;
        opacity: 0.6;
      }
      .line:last-of-type {
        width: 60%;
      }
      @keyframes shimmer {
        from {
          background-position: 100% 0;
        }
        to {
          background-position: -100% 0;
        }
      }
    `,
  ];

  @property({ type: Number }) accessor lines = 3;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'status');
    this.setAttribute('aria-busy', 'true');
  }

  protected override render() {
    return html`<span class="visually-hidden">${msg('Loading…')}</span>
      ${Array.from({ length: Math.max(1, this.lines) }, () => html`<div part="line" class="line" aria-hidden="true"></div>`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-skeleton': PorticoSkeleton;
  }
}

import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { PorticoElement } from '../../base/portico-element.js';
import { token } from '../../theme/tokens.js';
import { isProblem } from '../../provider/loose-client.js';
import '../button/button.js';

/**
 * What a widget shows when loading failed: the problem's title and detail from the server, or a
 * plain sentence for a network failure, and a Retry button.
 *
 * @prop error - The error (a PorticoError, or anything thrown).
 * @attr retryable - Shows Retry (default true; set `.retryable=${false}` to hide it).
 * @fires portico-retry - Retry was activated.
 * @csspart base, title, detail, retry
 */
@customElement('portico-error-state')
export class PorticoErrorState extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    css`
      :host {
        display: block;
      }
      div {
        display: grid;
        gap: ${token['space-2']};
        justify-items: start;
        padding: ${token['space-4']};
        border: 1px solid ${token['color-danger']};
        border-inline-start-width: 6px;
        border-radius: ${token.radius};
      }
      p {
        margin: 0;
      }
      .title {
        font-weight: 600;
        color: ${token['color-danger']};
      }
    `,
  ];

  @property({ attribute: false }) accessor error: unknown = undefined;
  @property({ type: Boolean }) accessor retryable = true;

  protected override render() {
    const problem = isProblem(this.error) ? this.error : undefined;
    const title = problem?.title ?? msg('Something went wrong');
    const detail = problem ? problem.detail : msg('Portico could not be reached. Check your connection and try again.');
    return html`<div part="base" role="alert">
      <p part="title" class="title">${title}</p>
      ${detail ? html`<p part="detail">${detail}</p>` : nothing}
      ${this.retryable
        ? html`<portico-button part="retry" variant="secondary" @click=${() => this.emit('portico-retry')}>${msg('Retry')}</portico-button>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-error-state': PorticoErrorState;
  }
}

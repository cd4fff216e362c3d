import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { PorticoElement } from '../../base/portico-element.js';
import { token } from '../../theme/tokens.js';
import { isProblem } from '../../provider/loose-client.js';
import '../button/button.js';

/**
 * What a widget shows when loading failed: a refusal (signed out, not allowed, not found) in plain,
 * localised words; another problem's title and detail from the server; a plain sentence for a
 * network failure. Retry is offered only where asking again may help (a network or server failure).
 *
 * @prop error - The error (a PorticoError, or anything thrown).
 * @attr retryable - Shows Retry where it may help (default true; set `.retryable=${false}` to never show it).
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
    const plain = problem ? plainWords(problem.status) : undefined;
    const title = plain?.title ?? problem?.title ?? msg('Something went wrong');
    const detail = plain ? plain.detail : problem ? problem.detail : msg('Portico could not be reached. Check your connection and try again.');
    // Asking again helps only when the server or the network failed, not when the answer was a refusal.
    const worthRetrying = !problem || problem.status >= 500 || problem.status === 408 || problem.status === 429;
    return html`<div part="base" role="alert">
      <p part="title" class="title">${title}</p>
      ${detail ? html`<p part="detail">${detail}</p>` : nothing}
      ${this.retryable && worthRetrying
        ? html`<portico-button part="retry" variant="secondary" @click=${() => this.emit('portico-retry')}>${msg('Retry')}</portico-button>`
        : nothing}
    </div>`;
  }
}

/**
 * A refusal said plainly in the reader's language: the server's own words are for developers and in
 * English, and a person who may not see a page needs to know that, not a permission key.
 */
function plainWords(status: number): { title: string; detail: string } | undefined {
  switch (status) {
    case 401:
      return { title: msg('You are signed out', { id: 'widgets.error.signed-out.title' }), detail: msg('Sign in again to continue.', { id: 'widgets.error.signed-out.detail' }) };
    case 403:
      return {
        title: msg('Not available to you', { id: 'widgets.error.forbidden.title' }),
        detail: msg('Your access does not include this. If you need it, ask your administrator.', { id: 'widgets.error.forbidden.detail' }),
      };
    case 404:
      return { title: msg('Not found', { id: 'widgets.error.not-found.title' }), detail: msg('It may have been removed, or the link is not right.', { id: 'widgets.error.not-found.detail' }) };
    default:
      return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-error-state': PorticoErrorState;
  }
}

import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import type { FeatureStatus } from '@portico/core';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement } from '../../base/portico-element.js';
import { clientContext, sessionContext, type Session } from '../../context.js';
import { loose } from '../../provider/loose-client.js';
import { token } from '../../theme/tokens.js';

/**
 * Asks `GET /portal/features` about the features that elements ask for within one task, in one call
 * per client: a page with a dozen gated buttons makes one request.
 */
const batches = new WeakMap<PorticoClient, { keys: Set<string>; answer: Promise<Record<string, FeatureStatus>> }>();

export function featureStatus(client: PorticoClient, key: string): Promise<FeatureStatus> {
  let batch = batches.get(client);
  if (!batch) {
    const keys = new Set<string>();
    const answer = Promise.resolve().then(async () => {
      batches.delete(client);
      const { features } = (await loose(client).get('/portal/features', { query: { keys: [...keys].join(',') } })) as { features: Record<string, FeatureStatus> };
      return features;
    });
    batch = { keys, answer };
    batches.set(client, batch);
  }
  batch.keys.add(key);
  return batch.answer.then((features) => features[key] ?? { allowed: true });
}

/**
 * Shows its content only while the person may use a feature that a tenant can reserve (for partners
 * whose billing is in order, above a programme tier …); otherwise, in its place, what stands in the
 * way and what to do about it, as the refusing plugin says it — a call to action, not an error. The
 * server refuses the feature's routes in any case: this is what the person sees instead.
 *
 * @attr feature - The feature's key, e.g. `fleet.bulk-actions`.
 * @slot - The feature.
 * @csspart notice, heading, action
 * @fires portico-feature-status - Once known (detail: `{ feature, allowed }`).
 */
@customElement('portico-feature-gate')
export class PorticoFeatureGate extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    css`
      :host {
        display: contents;
      }
      [part='notice'] {
        display: grid;
        gap: ${token['space-2']};
        padding: ${token['space-4']};
        border: 1px solid ${token['color-border']};
        border-inline-start: 4px solid ${token['color-warning']};
        border-radius: ${token.radius};
        background: ${token['color-surface-alt']};
      }
      [part='heading'] {
        margin: 0;
        font-weight: 600;
      }
      p {
        margin: 0;
      }
      a[part='action'] {
        justify-self: start;
        color: ${token['color-on-primary']};
        background: ${token['color-primary']};
        padding: ${token['space-2']} ${token['space-4']};
        border-radius: ${token.radius};
        text-decoration: none;
        font-weight: 600;
      }
    `,
  ];

  @property() accessor feature = '';
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @state() accessor status: FeatureStatus | null = null;

  #asked: string | null = null;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const key = `${this.feature}:${this.session?.person.id ?? ''}`;
    if (this.client && this.feature && key !== this.#asked && (changed.has('feature') || changed.has('client') || changed.has('session'))) {
      this.#asked = key;
      this.status = null;
      featureStatus(this.client, this.feature).then(
        (status) => {
          if (this.#asked !== key) return;
          this.status = status;
          this.emit('portico-feature-status', { feature: this.feature, allowed: status.allowed });
        },
        // The server decides anyway: if it cannot be asked, the feature shows and its routes answer.
        () => {
          if (this.#asked === key) this.status = { allowed: true };
        },
      );
    }
  }

  protected override render() {
    if (!this.status) return nothing;
    if (this.status.allowed) return html`<slot></slot>`;
    const { problem } = this.status;
    return html`<section part="notice" role="note" aria-labelledby="heading">
      <p part="heading" id="heading">${problem.title}</p>
      ${problem.detail ? html`<p>${problem.detail}</p>` : nothing}
      ${problem.action ? html`<a part="action" href=${problem.action.href}>${problem.action.label}</a>` : nothing}
      ${problem.action ? nothing : html`<p>${msg('Ask your partner manager about it.', { id: 'widgets.feature-gate.ask' })}</p>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-feature-gate': PorticoFeatureGate;
  }
}

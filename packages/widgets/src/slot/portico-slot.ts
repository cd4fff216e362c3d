import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { PorticoElement } from '../base/portico-element.js';
import { portalContext, sessionContext, type PortalInfo, type Session } from '../context.js';
import type { SlotEntry } from '../contribution.js';
import { hasPermission } from '../permissions.js';
import { contributionsOf } from '../shell/contributions.js';
import { token } from '../theme/tokens.js';

/**
 * A named place in a plugin's page where other plugins' elements appear (their widgets' `slots`), so
 * that a page shows what plugins it does not know add — the client 360 of the fleet plugin shows the
 * supervision plugin's deadlines and alerts this way. Each contributed element receives `properties`
 * (e.g. `{ clientId }`); entries the person lacks the permission for are left out. Nothing shows
 * while no enabled plugin contributes.
 *
 * @attr name - The slot's name, `<owner plugin>.<place>`, e.g. `fleet.client-360.sections`.
 * @prop properties - Set on every contributed element.
 * @csspart items - The container of the contributed elements.
 */
@customElement('portico-slot')
export class PorticoSlot extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    css`
      :host {
        display: block;
      }
      [part='items'] {
        display: grid;
        gap: ${token['space-4']};
      }
    `,
  ];

  @property() accessor name = '';
  @property({ attribute: false }) accessor properties: Record<string, unknown> = {};
  @consume({ context: portalContext, subscribe: true }) @state() accessor portal: PortalInfo | null = null;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @state() accessor entries: readonly SlotEntry[] = [];

  #elements = new Map<string, HTMLElement>();
  #loadedFor: unknown = null;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if ((changed.has('portal') || changed.has('name') || changed.has('session')) && this.portal) {
      const key = [this.portal, this.name, this.session];
      this.#loadedFor = key;
      void contributionsOf(this.portal).then((contributions) => {
        if (this.#loadedFor !== key) return;
        this.entries = contributions
          .flatMap((c) => c.slots?.[this.name] ?? [])
          .filter((entry) => hasPermission(this.session, entry.permission))
          .sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
        for (const entry of this.entries) void entry.load().catch((error: unknown) => console.error(`Portico: <${entry.tag}> could not be loaded`, error));
      });
    }
    if (changed.has('entries') || changed.has('properties')) {
      for (const entry of this.entries) {
        let element = this.#elements.get(entry.tag);
        if (!element) {
          element = document.createElement(entry.tag);
          this.#elements.set(entry.tag, element);
        }
        Object.assign(element, this.properties);
      }
    }
  }

  protected override render() {
    if (this.entries.length === 0) return nothing;
    return html`<div part="items">${this.entries.map((entry) => this.#elements.get(entry.tag))}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-slot': PorticoSlot;
  }
}

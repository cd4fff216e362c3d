import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clientContext, hasPermission, isProblem, isStaff, localeContext, renderResource, sessionContext, toast, type Locale, type Session,
} from '@portico/widgets';
import { P } from '../permissions.js';
import { onboardingCall, pageStyles, problemText, roleLabel, wordsIn, type OnboardingSettings } from './shared.js';

type Step = OnboardingSettings['steps'][number];
type Checklists = Record<string, string[]>;

/** The partner roles, shown first; the staff roles in a part opened on demand. */
const PARTNER_ROLES = ['partner_admin', 'principal', 'salesperson', 'technical', 'partner_user'];
const STAFF_ROLES = ['tenant_admin', 'partner_manager', 'support'];

const copy = (lists: Checklists): Checklists => Object.fromEntries(Object.entries(lists).map(([role, keys]) => [role, [...keys]]));
const same = (a: Checklists, b: Checklists) => {
  const roles = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...roles].every((role) => (a[role] ?? []).join('\n') === (b[role] ?? []).join('\n'));
};

/**
 * The tenant's onboarding checklists (`/onboarding/settings`, staff with `onboarding.manage`): for
 * each role, its steps in order — move them, remove them, add one of the steps it lacks — saved
 * together as `PATCH /onboarding/settings { checklists }`. The steps themselves (their words, links
 * and completing events) are changed through the API; the page names their keys.
 *
 * @csspart roles, staff-roles, steps-note
 */
@customElement('portico-onboarding-settings')
export class PorticoOnboardingSettings extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      section.role {
        margin-block-end: var(--portico-space-5, 1.5rem);
      }
      ol.steps > li {
        grid-template-columns: 1.75rem 1fr;
      }
      .step-actions {
        grid-column: 2;
        display: flex;
        flex-wrap: wrap;
        gap: var(--portico-space-2, 0.5rem);
      }
      .add {
        max-inline-size: 24rem;
      }
      details > summary {
        cursor: pointer;
        font-weight: 600;
        margin-block: var(--portico-space-4, 1rem);
      }
      code {
        font-family: var(--portico-font-mono, monospace);
      }
    `,
  ];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  /** Each role's checklist as it is being changed. */
  @state() accessor checklists: Checklists = {};
  @state() accessor saving = false;
  /** The server's objection to a role's list (`/checklists/<role>/…`), by role. */
  @state() accessor roleMessages: Record<string, string> = {};
  /** The server's objection naming no role. */
  @state() accessor message = '';

  #loaded: OnboardingSettings | null = null;

  get #allowed() {
    return isStaff(this.session) && hasPermission(this.session, P.manage);
  }

  readonly settings = new ResourceController(this, {
    args: () => [this.client, this.#allowed] as const,
    enabled: ([client, allowed]) => !!client && allowed,
    isEmpty: () => false,
    load: ([client], signal) => onboardingCall(client, 'GET /onboarding/settings', { signal }),
  });

  get dirty(): boolean {
    return !!this.#loaded && !same(this.checklists, this.#loaded.checklists);
  }

  protected override willUpdate(): void {
    // A newly loaded (or saved) value becomes the starting point.
    const value = this.settings.status === 'ready' ? (this.settings.value as OnboardingSettings) : null;
    if (value && value !== this.#loaded) {
      this.#loaded = value;
      this.checklists = copy(value.checklists);
    }
  }

  #change(role: string, keys: string[]) {
    this.checklists = { ...this.checklists, [role]: keys };
    if (this.roleMessages[role]) this.roleMessages = Object.fromEntries(Object.entries(this.roleMessages).filter(([r]) => r !== role));
  }

  #move(role: string, index: number, by: -1 | 1) {
    const keys = [...(this.checklists[role] ?? [])];
    const to = index + by;
    if (to < 0 || to >= keys.length) return;
    [keys[index], keys[to]] = [keys[to], keys[index]];
    this.#change(role, keys);
    // Focus follows the step moved, on the same button when it still can act.
    void this.updateComplete.then(() => {
      const li = this.renderRoot.querySelectorAll<HTMLElement>(`[data-role="${role}"] ol.steps > li`)[to];
      const which = by < 0 ? (to === 0 ? 'down' : 'up') : to === keys.length - 1 ? 'up' : 'down';
      li?.querySelector<HTMLElement>(`portico-button[data-action=${which}]`)?.focus();
    });
  }

  #remove(role: string, index: number) {
    const keys = (this.checklists[role] ?? []).filter((_, i) => i !== index);
    this.#change(role, keys);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-role="${role}"] h2, [data-role="${role}"] h3`)?.focus());
  }

  #add(role: string, event: Event) {
    const select = event.target as HTMLSelectElement;
    const key = select.value;
    if (!key) return;
    this.#change(role, [...(this.checklists[role] ?? []), key]);
    select.value = '';
  }

  #undo = () => {
    if (this.#loaded) this.checklists = copy(this.#loaded.checklists);
    this.roleMessages = {};
    this.message = '';
  };

  #save = async () => {
    this.saving = true;
    this.roleMessages = {};
    this.message = '';
    try {
      const saved = await onboardingCall(this.client, 'PATCH /onboarding/settings', { body: { checklists: copy(this.checklists) } });
      this.#loaded = saved;
      this.settings.value = saved;
      this.checklists = copy(saved.checklists);
      toast(msg('Onboarding checklists saved.', { id: 'onboarding.settings.saved' }), { variant: 'success' });
    } catch (error) {
      if (isProblem(error) && error.errors?.length) {
        const byRole: Record<string, string> = {};
        const other: string[] = [];
        for (const fieldError of error.errors) {
          const role = /(?:^|\/)checklists\/([^/]+)/.exec(fieldError.field)?.[1];
          if (role) byRole[role] = byRole[role] ? `${byRole[role]} ${fieldError.message}` : fieldError.message;
          else other.push(fieldError.message);
        }
        this.roleMessages = byRole;
        this.message = other.join(' ');
        if (STAFF_ROLES.some((role) => byRole[role])) {
          const details = this.renderRoot.querySelector('details');
          if (details) details.open = true;
        }
      } else {
        this.message = problemText(error);
      }
    } finally {
      this.saving = false;
    }
  };

  #role(role: string, steps: readonly Step[], heading: 'h2' | 'h3') {
    const keys = this.checklists[role] ?? [];
    const byKey = new Map(steps.map((s) => [s.key, s]));
    const title = (key: string) => {
      const s = byKey.get(key);
      return s ? wordsIn(s.title, this.locale) : key;
    };
    const left = steps.filter((s) => !keys.includes(s.key));
    const name = roleLabel(role);
    const headingId = `role-${role}`;
    const head = heading === 'h2'
      ? html`<h2 id=${headingId} tabindex="-1">${name}</h2>`
      : html`<h3 id=${headingId} tabindex="-1">${name}</h3>`;
    return html`<section class="role" data-role=${role} aria-labelledby=${headingId}>
      ${head}
      ${this.roleMessages[role] ? html`<p class="alert" role="alert">${this.roleMessages[role]}</p>` : nothing}
      ${keys.length === 0
        ? html`<p class="muted">${msg('No checklist for this role', { id: 'onboarding.settings.no-checklist' })}</p>`
        : html`<ol class="steps" aria-label=${msg(str`Checklist of the role ${name}`, { id: 'onboarding.settings.list-label' })}>
            ${keys.map((key, i) => {
              const s = byKey.get(key);
              const stepName = title(key);
              return html`<li data-key=${key}>
                <span class="mark" aria-hidden="true">${i + 1}</span>
                <div>
                  <p class="step-title">${stepName}</p>
                  ${s?.description ? html`<p class="step-text muted">${wordsIn(s.description, this.locale)}</p>` : nothing}
                </div>
                <div class="step-actions">
                  <portico-button variant="secondary" data-action="up" ?disabled=${i === 0} @click=${() => this.#move(role, i, -1)}
                    label=${msg(str`Move up: ${stepName}`, { id: 'onboarding.settings.up-label' })}>${msg('Move up', { id: 'onboarding.settings.up' })}</portico-button>
                  <portico-button variant="secondary" data-action="down" ?disabled=${i === keys.length - 1} @click=${() => this.#move(role, i, 1)}
                    label=${msg(str`Move down: ${stepName}`, { id: 'onboarding.settings.down-label' })}>${msg('Move down', { id: 'onboarding.settings.down' })}</portico-button>
                  <portico-button variant="danger" data-action="remove" @click=${() => this.#remove(role, i)}
                    label=${msg(str`Remove: ${stepName}`, { id: 'onboarding.settings.remove-label' })}>${msg('Remove', { id: 'onboarding.settings.remove' })}</portico-button>
                </div>
              </li>`;
            })}
          </ol>`}
      ${left.length
        ? html`<div class="add">
            <label for=${`add-${role}`}>${msg(str`Add a step to ${name}`, { id: 'onboarding.settings.add-label' })}</label>
            <select id=${`add-${role}`} name=${`add-${role}`} @change=${(e: Event) => this.#add(role, e)}>
              <option value="">${msg('Add a step', { id: 'onboarding.settings.add' })}</option>
              ${left.map((s) => html`<option value=${s.key}>${wordsIn(s.title, this.locale)}</option>`)}
            </select>
          </div>`
        : nothing}
    </section>`;
  }

  #form(settings: OnboardingSettings) {
    const steps = settings.steps;
    const keys = steps.map((s) => s.key).join(', ');
    const dirty = this.dirty;
    return html`<p class="muted">${msg('Each role’s checklist: the steps its people see, in this order.', { id: 'onboarding.settings.lead' })}</p>
      <div part="roles">${PARTNER_ROLES.map((role) => this.#role(role, steps, 'h2'))}</div>
      <details part="staff-roles">
        <summary>${msg('Staff roles', { id: 'onboarding.settings.staff-roles' })}</summary>
        ${STAFF_ROLES.map((role) => this.#role(role, steps, 'h3'))}
      </details>
      ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
      <div class="actions">
        <portico-button data-action="save" ?disabled=${!dirty} ?loading=${this.saving} @click=${this.#save}>${msg('Save checklists', { id: 'onboarding.settings.save' })}</portico-button>
        <portico-button data-action="undo" variant="secondary" ?disabled=${!dirty || this.saving} @click=${this.#undo}>${msg('Undo changes', { id: 'onboarding.settings.undo' })}</portico-button>
      </div>
      <section part="steps-note" aria-labelledby="steps-note-heading">
        <h2 id="steps-note-heading">${msg('The steps', { id: 'onboarding.settings.steps' })}</h2>
        <p>${msg('The steps themselves — their words, links and the events that complete them — are not changed here but through the API, by sending steps to:', { id: 'onboarding.settings.steps-note' })}
          <code>PATCH /api/v1/onboarding/settings</code></p>
        <p>${msg(str`Available steps: ${keys}.`, { id: 'onboarding.settings.step-keys' })}</p>
      </section>`;
  }

  protected override render() {
    const title = html`<h1>${msg('Onboarding checklists', { id: 'onboarding.settings.title' })}</h1>`;
    if (!this.#allowed) {
      return html`${title}<p role="status">${msg('The onboarding checklists are changed by the programme’s staff who manage onboarding.', { id: 'onboarding.settings.not-allowed' })}</p>`;
    }
    return html`${title}${renderResource(this.settings, (settings) => this.#form(settings))}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-onboarding-settings': PorticoOnboardingSettings;
  }
}

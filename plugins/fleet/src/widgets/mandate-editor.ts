import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, hasPermission, isProblem, localeContext, renderResource, sessionContext, toast,
  type Locale, type Session,
} from '@portico/widgets';
import type { Capability } from '../capabilities.js';
import { isEmptyDiff, splitChange, type RequestedChange, type SplitChange } from '../mandates/rules.js';
import {
  MANDATE_STATUSES, capability, diffList, fleetCall, localToday, mandateBadge, mandateStatusLabel, pageStyles, problemText, validity,
  type Mandate, type MandateChange, type MandateStatus,
} from './shared.js';

interface Draft {
  scope: string[];
  validFrom: string;
  validUntil: string;
  status: MandateStatus;
  reason: string;
}

const draftOf = (m: Mandate): Draft => ({ scope: [...m.scope], validFrom: m.validFrom, validUntil: m.validUntil ?? '', status: m.status, reason: '' });

/**
 * Changes a client's mandate (`/clients/:clientId/mandate`) under the programme's governance: the
 * form shows, before anything is sent, what applies at once (a capability taken out, a later start,
 * an earlier end, suspending, ending) and what becomes a proposal the client's contact (or the
 * programme's staff) must approve (a capability added, an earlier start, a later or no end,
 * resuming). Every change names the version it was made against: when someone changed the mandate
 * meanwhile, the server answers 409, the element loads the current terms and keeps the person's
 * choices to review and send again.
 *
 * @attr client-id - The client whose mandate is changed.
 * @fires portico-mandate-changed - After a change was accepted (detail: the server's `{ mandate, applied, proposal }`).
 * @fires portico-navigate - After a change, back to the client's page (detail `{ path: '/clients/<id>' }`).
 * @csspart form, preview
 */
@customElement('portico-mandate-editor')
export class PorticoMandateEditor extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      .preview {
        display: grid;
        gap: var(--portico-space-3, 0.75rem);
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      }
    `,
  ];

  @property({ attribute: 'client-id' }) accessor clientId: string | undefined = undefined;
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor draft: Draft | null = null;
  @state() accessor busy = false;
  @state() accessor formMessage = '';
  /** Set when the server answered 409: the version the person's choices were made against. */
  @state() accessor staleFrom: number | null = null;
  @state() accessor today = localToday();
  /** The fields the person changed, kept when the current terms are loaded again. */
  #touched = new Set<keyof Draft>();

  readonly mandate = new ResourceController<readonly [PorticoClient, string | undefined], { mandate: Mandate; capabilities: Capability[]; approver: 'client' | 'staff' }>(this, {
    args: () => [this.client, this.clientId] as const,
    enabled: ([client, id]) => !!client && !!id,
    isEmpty: () => false,
    load: async ([client, id], signal) => {
      const [mandate, settings] = await Promise.all([
        fleetCall(client, 'GET /fleet/clients/{id}/mandate', { params: { id: id! }, signal }),
        fleetCall(client, 'GET /fleet/settings', { signal }).catch(() => null),
      ]);
      const capabilities = settings?.capabilities ?? [];
      const approver = settings?.extensionApproval ?? 'client';
      // A first load starts from the mandate; a reload after a conflict keeps what the person chose
      // and takes everything else from the current terms.
      const fresh = draftOf(mandate);
      if (!this.draft) this.draft = fresh;
      else this.draft = Object.fromEntries(Object.entries(fresh).map(([key, value]) => [key, this.#touched.has(key as keyof Draft) ? this.draft![key as keyof Draft] : value])) as unknown as Draft;
      return { mandate, capabilities, approver };
    },
  });

  #requested(m: Mandate, d: Draft): RequestedChange {
    const requested: RequestedChange = {};
    const sameScope = d.scope.length === m.scope.length && d.scope.every((k) => m.scope.includes(k));
    if (!sameScope) requested.scope = d.scope;
    if (d.validFrom && d.validFrom !== m.validFrom) requested.validFrom = d.validFrom;
    const until = d.validUntil || null;
    if (until !== m.validUntil) requested.validUntil = until;
    if (d.status !== m.status) requested.status = d.status;
    return requested;
  }

  /** What the change does, as the server's rule splits it; a problem's text when it cannot be. */
  #split(m: Mandate, d: Draft): SplitChange | string | null {
    const requested = this.#requested(m, d);
    if (Object.keys(requested).length === 0) return null;
    if (requested.scope && requested.scope.length === 0) return msg('Keep at least one capability, or end the mandate.', { id: 'fleet.editor.empty-scope' });
    try {
      return splitChange({ scope: m.scope, validFrom: m.validFrom, validUntil: m.validUntil, status: m.status }, requested, this.today);
    } catch (error) {
      return isProblem(error) ? (error.detail ?? error.title) : String(error);
    }
  }

  #set(patch: Partial<Draft>) {
    for (const key of Object.keys(patch)) this.#touched.add(key as keyof Draft);
    this.draft = { ...this.draft!, ...patch };
  }

  #toggle(key: string, checked: boolean) {
    const scope = this.draft!.scope.filter((k) => k !== key);
    this.#set({ scope: checked ? [...scope, key] : scope });
  }

  #submit = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const { mandate: m } = this.mandate.value!;
    const d = this.draft!;
    clearProblem(form);
    this.formMessage = '';
    if (!d.reason.trim()) {
      applyProblem({ status: 400, title: '', errors: [{ field: '/reason', message: msg('Say why: it is kept in the mandate’s history.', { id: 'fleet.editor.reason-required' }) }] }, form);
      return;
    }
    const body: MandateChange = { version: m.version, ...this.#requested(m, d), reason: d.reason.trim() };
    this.busy = true;
    try {
      const result = await fleetCall(this.client, 'PATCH /fleet/clients/{id}/mandate', { params: { id: m.clientId }, body });
      this.staleFrom = null;
      toast(
        result.proposal
          ? result.applied
            ? msg('Done: the reductions apply now, and the extension waits for approval.', { id: 'fleet.editor.done-both' })
            : msg('The extension waits for approval.', { id: 'fleet.editor.done-proposed' })
          : msg('The mandate is changed.', { id: 'fleet.editor.done-applied' }),
        { variant: 'success' },
      );
      this.emit('portico-mandate-changed', result);
      this.emit('portico-navigate', { path: `/clients/${m.clientId}` });
      this.draft = draftOf(result.mandate);
      this.#touched.clear();
      this.mandate.value = { ...this.mandate.value!, mandate: result.mandate };
      this.requestUpdate();
    } catch (error) {
      if (isProblem(error) && error.status === 409) {
        // Someone changed the mandate meanwhile: show the current terms, keep the person's choices.
        this.staleFrom = m.version;
        await this.mandate.retry();
      } else {
        const unmatched = applyProblem(error, form);
        this.formMessage = unmatched.join(' ') || (isProblem(error) ? '' : problemText(error));
      }
    } finally {
      this.busy = false;
    }
  };

  #preview(split: SplitChange | string | null, capabilities: Capability[], approver: 'client' | 'staff') {
    if (split === null) return html`<p class="muted" part="preview">${msg('Change the terms to see what happens.', { id: 'fleet.editor.nothing-yet' })}</p>`;
    if (typeof split === 'string') return html`<p class="alert" role="alert" part="preview">${split}</p>`;
    return html`<div class="preview" part="preview" aria-live="polite">
      <section class="card">
        <h3>${msg('Applies now', { id: 'fleet.editor.now' })}</h3>
        ${isEmptyDiff(split.nowDiff) ? html`<p class="muted">${msg('Nothing.', { id: 'fleet.editor.nothing' })}</p>` : diffList(split.nowDiff, capabilities, this.locale)}
      </section>
      <section class="card">
        <h3>${msg('Needs approval', { id: 'fleet.editor.proposed' })}</h3>
        ${isEmptyDiff(split.proposedDiff)
          ? html`<p class="muted">${msg('Nothing.', { id: 'fleet.editor.nothing' })}</p>`
          : html`${diffList(split.proposedDiff, capabilities, this.locale)}
              <p class="muted">${approver === 'staff'
                ? msg('The programme’s team is asked to approve it; until then the mandate stays as it is.', { id: 'fleet.editor.proposed-note-staff' })
                : msg('The client’s contact is asked to approve it; until then the mandate stays as it is.', { id: 'fleet.editor.proposed-note' })}</p>`}
      </section>
    </div>`;
  }

  #form(m: Mandate, capabilities: Capability[], approver: 'client' | 'staff') {
    const d = this.draft ?? draftOf(m);
    const keys = [...capabilities.map((c) => c.key), ...m.scope.filter((k) => !capabilities.some((c) => c.key === k))];
    const split = this.#split(m, d);
    const canSend = split !== null && typeof split !== 'string';
    return html`<form part="form" novalidate @submit=${this.#submit}>
      <fieldset>
        <legend>${msg('What you may do for the client', { id: 'fleet.editor.scope' })}</legend>
        ${keys.map((key) => html`<portico-checkbox name="scope" value=${key} label=${capability(key, capabilities, this.locale)} ?checked=${d.scope.includes(key)}
          @portico-change=${(e: CustomEvent<{ checked: boolean }>) => this.#toggle(key, e.detail.checked)}></portico-checkbox>`)}
      </fieldset>
      <div class="row">
        <portico-field name="validFrom" type="date" required .value=${d.validFrom} label=${msg('First day', { id: 'fleet.editor.valid-from' })}
          @portico-change=${(e: CustomEvent<{ value: string }>) => this.#set({ validFrom: e.detail.value })}></portico-field>
        <portico-field name="validUntil" type="date" .value=${d.validUntil} min=${this.today} hint=${msg('Empty: no end', { id: 'fleet.editor.no-end' })}
          label=${msg('Last day', { id: 'fleet.editor.valid-until' })} @portico-change=${(e: CustomEvent<{ value: string }>) => this.#set({ validUntil: e.detail.value })}></portico-field>
        <portico-select name="status" label=${msg('Status', { id: 'fleet.list.status' })} .value=${d.status}
          .options=${MANDATE_STATUSES.map((s) => ({ value: s, label: mandateStatusLabel(s) }))}
          @portico-change=${(e: CustomEvent<{ value: string }>) => this.#set({ status: e.detail.value as MandateStatus })}></portico-select>
      </div>
      <portico-field name="reason" type="textarea" required .value=${d.reason} label=${msg('Why', { id: 'fleet.editor.reason' })}
        hint=${msg('Kept in the mandate’s history, and shown to the client when it must approve.', { id: 'fleet.editor.reason-hint' })}
        @portico-input=${(e: CustomEvent<{ value: string }>) => this.#set({ reason: e.detail.value })}></portico-field>
      <h2>${msg('What this change does', { id: 'fleet.editor.preview' })}</h2>
      ${this.#preview(split, capabilities, approver)}
      ${this.formMessage ? html`<p class="alert" role="alert">${this.formMessage}</p>` : nothing}
      <div class="actions">
        <portico-button type="submit" ?loading=${this.busy} ?disabled=${!canSend}>${msg('Send the change', { id: 'fleet.editor.send' })}</portico-button>
        <a href=${`/clients/${m.clientId}`}>${msg('Cancel', { id: 'fleet.cancel' })}</a>
      </div>
    </form>`;
  }

  protected override render() {
    return renderResource(this.mandate, ({ mandate: m, capabilities, approver }) => {
      const mayChange = hasPermission(this.session, 'fleet.mandates.propose');
      return html`<h1>${msg('Change the mandate', { id: 'fleet.mandate.change' })}</h1>
        <section class="card" aria-labelledby="current-heading">
          <h2 id="current-heading">${msg('Current terms', { id: 'fleet.editor.current' })}</h2>
          <p>${mandateBadge(m.status)} <span class="muted">${msg(str`Version ${m.version}`, { id: 'fleet.mandate.version' })}</span></p>
          <p>${validity(m, this.locale)}</p>
          <ul class="diff">${m.scope.map((key) => html`<li>${capability(key, capabilities, this.locale)}</li>`)}</ul>
          ${m.pendingProposal
            ? html`<p class="muted">${msg('An extension already waits for approval; a new change replaces it.', { id: 'fleet.editor.replaces' })}</p>`
            : nothing}
        </section>
        ${this.staleFrom !== null
          ? html`<div class="notice" role="alert">
              <p>${msg(str`Someone changed this mandate while you edited it (version ${this.staleFrom} is now ${m.version}). Your choices are kept: check them against the current terms and send again.`, { id: 'fleet.editor.stale' })}</p>
            </div>`
          : nothing}
        ${m.status === 'ended'
          ? html`<p>${msg('This mandate has ended and changes no more. Invite the client again for a new one.', { id: 'fleet.editor.ended' })}</p>`
          : mayChange
            ? this.#form(m, capabilities, approver)
            : html`<p class="muted">${msg('You may not change mandates.', { id: 'fleet.editor.forbidden' })}</p>`}`;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-mandate-editor': PorticoMandateEditor;
  }
}

import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clientContext, formatDate, hasPermission, localeContext, renderResource, sessionContext, toast, type DataTableColumn, type Locale, type Session,
} from '@portico/widgets';
import { P } from '../permissions.js';
import {
  bar, onboardingCall, pageStyles, peopleCount, percent, problemText, roleLabel, wordsIn, type Page, type PartnerProgress, type PersonProgress, type Progress,
  type ProgressStep,
} from './shared.js';

const PAGE_SIZE = 25;

/**
 * How far partners' people got in their onboarding (`/onboarding/progress`, staff with
 * `onboarding.read`): how many people have a checklist and how many finished it; per step, how many
 * of those whose checklist holds it did it; per partner, its people, those who finished and the share
 * of steps done. Choosing a partner lists its people by name — role, steps done, when they finished,
 * whether they put the checklist away — a page at a time.
 *
 * @csspart totals, steps, partners, people
 */
@customElement('portico-onboarding-progress')
export class PorticoOnboardingProgress extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      .more {
        margin-block-start: var(--portico-space-3, 0.75rem);
      }
    `,
  ];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  /** The partner whose people are listed. */
  @state() accessor partner: PartnerProgress | null = null;
  @state() accessor loadingMore = false;

  readonly progress = new ResourceController(this, {
    args: () => [this.client] as const,
    isEmpty: (progress: Progress) => progress.people === 0,
    load: ([client], signal) => onboardingCall(client, 'GET /onboarding/progress', { signal }),
  });

  readonly people = new ResourceController(this, {
    args: () => [this.client, this.partner?.partnerId] as const,
    load: ([client, partnerId], signal) => onboardingCall(client, 'GET /onboarding/progress/people', { query: { partnerId, limit: PAGE_SIZE }, signal }),
  });

  async #more() {
    const page = this.people.value;
    const partnerId = this.partner?.partnerId;
    if (!page?.nextCursor || !partnerId) return;
    this.loadingMore = true;
    try {
      const next = await onboardingCall(this.client, 'GET /onboarding/progress/people', { query: { partnerId, limit: PAGE_SIZE, cursor: page.nextCursor } });
      // Another partner chosen meanwhile: its own list has replaced this one.
      if (this.partner?.partnerId === partnerId && this.people.value === page) this.people.value = { items: [...page.items, ...next.items], nextCursor: next.nextCursor };
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #choose(partner: PartnerProgress) {
    this.partner = partner;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#people-heading')?.focus());
  }

  #totals(p: Progress) {
    return html`<section part="totals" aria-labelledby="totals-heading">
      <h2 id="totals-heading" class="visually-hidden">${msg('Overall', { id: 'onboarding.progress.overall' })}</h2>
      <div class="figures">
        <div class="figure">
          <strong>${p.people}</strong>
          <span class="muted">${msg('People with a checklist', { id: 'onboarding.progress.people' })}</span>
        </div>
        <div class="figure">
          <strong>${p.completed}</strong>
          <span class="muted">${msg(str`Finished it (${percent(p.completed, p.people, this.locale)})`, { id: 'onboarding.progress.completed' })}</span>
        </div>
      </div>
    </section>`;
  }

  #steps(steps: readonly ProgressStep[]) {
    return html`<section part="steps" aria-labelledby="steps-heading">
      <h2 id="steps-heading">${msg('Steps', { id: 'onboarding.progress.steps' })}</h2>
      <ul class="bars">
        ${steps.map((s) => {
          const title = wordsIn(s.title, this.locale);
          return html`<li data-key=${s.key}>
            <span>${title}</span>
            ${bar(s.done, s.expected, title)}
            <span class="muted">${msg(str`${s.done} of ${s.expected} (${percent(s.done, s.expected, this.locale)})`, { id: 'onboarding.progress.step-count' })}</span>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  #partnerColumns(): DataTableColumn<PartnerProgress>[] {
    return [
      { key: 'partnerName', label: () => msg('Partner', { id: 'onboarding.progress.partner' }), render: (p) => p.partnerName },
      { key: 'people', label: () => msg('People', { id: 'onboarding.progress.people-column' }), align: 'end', render: (p) => p.people },
      { key: 'completed', label: () => msg('Finished', { id: 'onboarding.progress.finished' }), align: 'end', render: (p) => p.completed },
      { key: 'steps', label: () => msg('Steps done', { id: 'onboarding.progress.steps-done' }), align: 'end', render: (p) => `${p.stepsDone} / ${p.stepsTotal} (${percent(p.stepsDone, p.stepsTotal, this.locale)})` },
    ];
  }

  #partners(partners: readonly PartnerProgress[]) {
    return html`<section part="partners" aria-labelledby="partners-heading">
      <h2 id="partners-heading">${msg('Partners', { id: 'onboarding.progress.partners' })}</h2>
      <p class="muted">${msg('Choose a partner to see its people.', { id: 'onboarding.progress.choose' })}</p>
      <portico-data-table label=${msg('Onboarding per partner', { id: 'onboarding.progress.partners-table' })} clickable-rows
        .columns=${this.#partnerColumns()} .rows=${partners} .rowKey=${(p: PartnerProgress) => p.partnerId}
        @portico-row-click=${(e: CustomEvent<{ row: PartnerProgress }>) => this.#choose(e.detail.row)}></portico-data-table>
    </section>`;
  }

  #personColumns(): DataTableColumn<PersonProgress>[] {
    return [
      { key: 'name', label: () => msg('Person', { id: 'onboarding.progress.person' }), render: (p) => html`${p.name}<br /><span class="muted">${p.email}</span>` },
      { key: 'role', label: () => msg('Role', { id: 'onboarding.progress.role' }), render: (p) => roleLabel(p.role) },
      { key: 'done', label: () => msg('Steps done', { id: 'onboarding.progress.steps-done' }), align: 'end', render: (p) => `${p.done.length} / ${p.total}` },
      {
        key: 'completedAt',
        label: () => msg('Finished on', { id: 'onboarding.progress.finished-on' }),
        render: (p) => (p.completedAt ? formatDate(p.completedAt, this.locale) : html`<span class="muted">—</span>`),
      },
      {
        key: 'dismissedAt',
        label: () => msg('Checklist', { id: 'onboarding.progress.checklist' }),
        render: (p) =>
          p.dismissedAt
            ? html`<portico-badge title=${formatDate(p.dismissedAt, this.locale)}>${msg('Put away', { id: 'onboarding.progress.put-away' })}</portico-badge>`
            : html`<span class="muted">${msg('Shown', { id: 'onboarding.progress.shown' })}</span>`,
      },
    ];
  }

  #people(partner: PartnerProgress) {
    return html`<section part="people" aria-labelledby="people-heading">
      <h2 id="people-heading" tabindex="-1">${msg(str`People of ${partner.partnerName}`, { id: 'onboarding.progress.people-of' })}</h2>
      ${renderResource(
        this.people,
        (page: Page<PersonProgress>) => html`<portico-data-table label=${msg(str`Onboarding of ${partner.partnerName}’s people`, { id: 'onboarding.progress.people-table' })}
            .columns=${this.#personColumns()} .rows=${page.items} .rowKey=${(p: PersonProgress) => p.personId} ?loading=${this.loadingMore}></portico-data-table>
          ${page.nextCursor
            ? html`<div class="more"><portico-button variant="secondary" ?loading=${this.loadingMore} @click=${() => this.#more()}>${msg('Show more', { id: 'onboarding.progress.more' })}</portico-button></div>`
            : nothing}`,
        {
          empty: () => html`<portico-empty-state heading=${msg('Nobody to show', { id: 'onboarding.progress.people-empty' })}>
            ${msg('None of this partner’s active people has a checklist.', { id: 'onboarding.progress.people-empty.body' })}</portico-empty-state>`,
        },
      )}
    </section>`;
  }

  protected override render() {
    return html`<div class="heading"><h1>${msg('Onboarding progress', { id: 'onboarding.progress.title' })}</h1>
        ${hasPermission(this.session, P.manage) ? html`<a href="/onboarding/settings">${msg('Onboarding checklists', { id: 'onboarding.settings.title' })}</a>` : nothing}</div>
      ${renderResource(
        this.progress,
        (p) => html`<p class="muted">${msg(str`How far ${peopleCount(p.people, this.locale)} got in their role’s checklist.`, { id: 'onboarding.progress.lead' })}</p>
          ${this.#totals(p)}${this.#steps(p.steps)}${this.#partners(p.partners)}${this.partner ? this.#people(this.partner) : nothing}`,
        {
          empty: () => html`<portico-empty-state heading=${msg('No one to follow yet', { id: 'onboarding.progress.empty' })}>
            ${msg('No active person of a partner has a role with a checklist.', { id: 'onboarding.progress.empty.body' })}</portico-empty-state>`,
        },
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-onboarding-progress': PorticoOnboardingProgress;
  }
}

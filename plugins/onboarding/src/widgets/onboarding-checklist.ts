import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, ResourceController, clientContext, formatDate, localeContext, renderResource, sessionContext, toast, type Locale, type Session } from '@portico/widgets';
import { announceChange, bar, doneCount, onboardingCall, pageStyles, problemText, wordsIn, type Checklist, type ChecklistStep } from './shared.js';

/**
 * The person's onboarding checklist (`/onboarding`, "Getting started"): their role's steps in order,
 * each with its title and description in the reader's language, a check mark and the date when done,
 * a link to where it is done when not; a bar of how far they got. Steps complete themselves as the
 * person does them, never by a click here. The person may put the checklist away (the shell's banner
 * then stops showing it) and bring it back; a finished checklist says so. A role without a checklist
 * shows an empty state. After putting away or bringing back, `portico-onboarding-changed` is
 * dispatched on `window` with the new checklist.
 *
 * @csspart progress, steps, step, dismissed, completed, actions
 */
@customElement('portico-onboarding')
export class PorticoOnboarding extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      .summary {
        display: grid;
        gap: var(--portico-space-2, 0.5rem);
        margin-block-end: var(--portico-space-3, 0.75rem);
      }
      .summary p {
        margin: 0;
      }
      .celebrate {
        border: 1px solid var(--portico-color-success, #067647);
        border-inline-start-width: 4px;
        border-radius: var(--portico-radius, 4px);
        padding: var(--portico-space-3, 0.75rem) var(--portico-space-4, 1rem);
        margin-block-end: var(--portico-space-4, 1rem);
      }
      .celebrate h2 {
        margin-block-start: 0;
      }
      .celebrate p {
        margin: 0;
      }
    `,
  ];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor busy: '' | 'dismiss' | 'resume' = '';

  readonly checklist = new ResourceController(this, {
    args: () => [this.client, this.session?.person.id] as const,
    enabled: ([client]) => !!client,
    isEmpty: (checklist: Checklist) => checklist.steps.length === 0,
    load: ([client], signal) => onboardingCall(client, 'GET /onboarding/checklist', { signal }),
  });

  async #set(which: 'dismiss' | 'resume') {
    this.busy = which;
    try {
      const checklist = await onboardingCall(this.client, which === 'dismiss' ? 'POST /onboarding/checklist/dismiss' : 'POST /onboarding/checklist/resume');
      this.checklist.value = checklist;
      this.checklist.status = checklist.steps.length ? 'ready' : 'empty';
      this.requestUpdate();
      announceChange(checklist);
      // The button pressed is gone: the person carries on from what replaced it.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(which === 'dismiss' ? '[part=dismissed]' : '[part=steps]')?.focus();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = '';
    }
  }

  #step(step: ChecklistStep, index: number, firstToDo: boolean) {
    const title = wordsIn(step.title, this.locale);
    const titleId = `step-${index}`;
    return html`<li part="step" class=${step.doneAt ? 'done' : 'todo'} data-key=${step.key}>
      <span class="mark" aria-hidden="true">${step.doneAt ? '✓' : index + 1}</span>
      <div>
        <p class="step-title" id=${titleId}>
          <span class="visually-hidden">${step.doneAt ? msg('Done:', { id: 'onboarding.step.done-label' }) : msg('To do:', { id: 'onboarding.step.todo-label' })}</span>
          ${title}
        </p>
        ${step.description ? html`<p class="step-text muted">${wordsIn(step.description, this.locale)}</p>` : nothing}
        ${step.doneAt ? html`<p class="step-text muted" part="done-at">${msg(str`Done on ${formatDate(step.doneAt, this.locale)}`, { id: 'onboarding.step.done-on' })}</p>` : nothing}
      </div>
      ${!step.doneAt && step.link
        ? html`<a part="link" href=${step.link} aria-describedby=${titleId}>${firstToDo ? msg('Start', { id: 'onboarding.step.start' }) : msg('Do it', { id: 'onboarding.step.do-it' })}</a>`
        : html`<span></span>`}
    </li>`;
  }

  #summary(c: Checklist) {
    const count = doneCount(c.done, c.total, this.locale);
    return html`<div class="summary" part="progress">
      ${bar(c.done, c.total, msg('Your progress', { id: 'onboarding.progress-label' }), 'bar')}
      <p><strong>${count}</strong></p>
    </div>`;
  }

  #ready(c: Checklist) {
    const heading = html`<h1>${msg('Getting started', { id: 'onboarding.title' })}</h1>`;
    if (c.completedAt) {
      return html`${heading}
        <section class="celebrate" part="completed" aria-labelledby="completed-heading">
          <h2 id="completed-heading">${msg('You are all set', { id: 'onboarding.completed.title' })}</h2>
          <p>${msg(str`You finished your checklist on ${formatDate(c.completedAt, this.locale)}.`, { id: 'onboarding.completed.body' })}</p>
        </section>
        ${this.#summary(c)}
        <ol class="steps" part="steps" aria-label=${msg('Your steps', { id: 'onboarding.steps-label' })}>${c.steps.map((s, i) => this.#step(s, i, false))}</ol>`;
    }
    if (c.dismissedAt) {
      return html`${heading}
        <section class="note" part="dismissed" tabindex="-1">
          <p>${msg(str`You put this checklist away on ${formatDate(c.dismissedAt, this.locale)}. Its steps still complete themselves as you do them.`, { id: 'onboarding.dismissed.body' })}</p>
        </section>
        ${this.#summary(c)}
        <div class="actions" part="actions">
          <portico-button ?loading=${this.busy === 'resume'} @click=${() => this.#set('resume')}>${msg('Bring it back', { id: 'onboarding.resume' })}</portico-button>
        </div>`;
    }
    const firstToDo = c.steps.findIndex((s) => !s.doneAt);
    return html`${heading}
      <p class="muted">${msg('Steps complete themselves as you do them: there is nothing to tick here.', { id: 'onboarding.lead' })}</p>
      ${this.#summary(c)}
      <ol class="steps" part="steps" tabindex="-1" aria-label=${msg('Your steps', { id: 'onboarding.steps-label' })}>${c.steps.map((s, i) => this.#step(s, i, i === firstToDo && c.done === 0))}</ol>
      <div class="actions" part="actions">
        <portico-button variant="secondary" ?loading=${this.busy === 'dismiss'} @click=${() => this.#set('dismiss')}>${msg('Put the checklist away', { id: 'onboarding.dismiss' })}</portico-button>
      </div>`;
  }

  protected override render() {
    return renderResource(this.checklist, (c) => this.#ready(c), {
      empty: () => html`<h1>${msg('Getting started', { id: 'onboarding.title' })}</h1>
        <portico-empty-state heading=${msg('No checklist for your role', { id: 'onboarding.empty.title' })}>
          ${msg('There are no onboarding steps for your role. You can go straight to work.', { id: 'onboarding.empty.body' })}
        </portico-empty-state>`,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-onboarding': PorticoOnboarding;
  }
}

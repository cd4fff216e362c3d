import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, applyProblem, clearProblem, clientContext, isProblem, isStaff, readField, sessionContext, submitOnEnter, toast, type Session } from '@portico/widgets';
import { pageStyles, problemText, type Referral, type SubmitReferral } from './shared.js';

/**
 * Refers a prospective customer on behalf of the person's organisation: the company, a contact's name
 * and email, and optional notes. The server validates what was typed and names any field at fault
 * (shown on that field); a company the organisation already referred and that is still pending is
 * refused, and said so on the company field. After saving: a toast, and back to the list.
 *
 * @fires portico-referral-saved - After saving (detail `{ referral }`).
 * @fires portico-navigate - To the list after saving, or on Cancel (detail `{ path: '/referrals' }`).
 * @csspart form
 */
@customElement('portico-referral-form')
export class PorticoReferralForm extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @state() accessor saving = false;
  @state() accessor message = '';

  /** What the form holds, as typed; an empty optional field is left out. */
  #body(form: HTMLFormElement): SubmitReferral {
    const notes = readField(form, 'notes');
    return {
      company: readField(form, 'company'),
      contactName: readField(form, 'contactName'),
      contactEmail: readField(form, 'contactEmail'),
      ...(notes ? { notes } : {}),
    };
  }

  #submit = async (event: Event) => {
    event.preventDefault();
    if (this.saving) return;
    const form = event.target as HTMLFormElement;
    this.saving = true;
    this.message = '';
    clearProblem(form);
    try {
      const referral = await this.client.call<Referral>('POST', '/referrals', { body: this.#body(form) });
      toast(msg(str`Thank you: ${referral.company} is referred and waits for our decision.`, { id: 'referrals.form.saved' }), { variant: 'success' });
      this.emit('portico-referral-saved', { referral });
      this.emit('portico-navigate', { path: '/referrals' });
    } catch (error) {
      if (isProblem(error) && error.status === 409) {
        // The same company is pending already: say it where the person typed it.
        const company = form.querySelector<HTMLElement & { error: string; focus(): void }>('[name="company"]')!;
        company.error = error.detail ?? error.title;
        company.focus();
      } else {
        this.message = isProblem(error) ? applyProblem(error, form).join(' ') : problemText(error);
      }
    } finally {
      this.saving = false;
    }
  };

  #form() {
    return html`<form part="form" novalidate @keydown=${submitOnEnter} @submit=${this.#submit}>
      <portico-field name="company" required autocomplete="organization" label=${msg('Company', { id: 'referrals.list.company' })}
        hint=${msg('The prospective customer you refer to us.', { id: 'referrals.field.company.hint' })}></portico-field>
      <div class="row">
        <portico-field name="contactName" required autocomplete="off" label=${msg('Contact name', { id: 'referrals.field.contact-name' })}></portico-field>
        <portico-field name="contactEmail" type="email" required autocomplete="off" label=${msg('Contact email', { id: 'referrals.field.contact-email' })}></portico-field>
      </div>
      <portico-field name="notes" type="textarea" label=${msg('Notes (optional)', { id: 'referrals.field.notes' })}
        hint=${msg('What they need, and how you know them.', { id: 'referrals.field.notes.hint' })}></portico-field>
      ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
      <div class="actions">
        <portico-button type="submit" ?loading=${this.saving}>${msg('Refer this customer', { id: 'referrals.form.submit' })}</portico-button>
        <portico-button variant="secondary" @click=${() => this.emit('portico-navigate', { path: '/referrals' })}>${msg('Cancel', { id: 'referrals.cancel' })}</portico-button>
      </div>
    </form>`;
  }

  protected override render() {
    return html`<h1>${msg('Refer a customer', { id: 'referrals.form.title' })}</h1>
      ${isStaff(this.session)
        ? html`<p role="status">${msg('Referrals are made by the people of partner organisations.', { id: 'referrals.form.members-only' })}
            <a href="/referrals">${msg('Back to the referrals', { id: 'referrals.back' })}</a></p>`
        : this.#form()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-referral-form': PorticoReferralForm;
  }
}

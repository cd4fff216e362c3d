import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, applyProblem, clearProblem, clientContext, isProblem, sessionContext, submitOnEnter,
  type Session,
} from '@portico/widgets';
import { pageStyles, problemText } from './shared.js';
import { SIGNED_OUT_COOKIE, SIGNED_OUT_REASONS, type SignedOutReason } from '../signed-out.js';

type Step = 'email' | 'sent' | 'code' | 'second-factor';

/**
 * Signing in without a password: the person gives an email address, is told to check their email (the
 * same answer whether or not the address may sign in), and either follows the link or types the
 * six-digit code from the email (for another device). A session that still owes its second factor
 * is asked for a code from the authenticator app or a recovery code.
 *
 * @attr email - Prefills the address.
 * @attr redirect-to - Where the emailed link lands (an allow-listed path of the portal).
 * @attr link - `used`, `expired` or `invalid`: the emailed link did not work; explains why and offers a new one.
 * @fires portico-session-changed - Signed in (or the second factor proved); the provider reloads the session.
 * @csspart form, heading
 */
@customElement('portico-sign-in')
export class PorticoSignIn extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;

  @property() accessor email = '';
  @property({ attribute: 'redirect-to' }) accessor redirectTo: string | undefined = undefined;
  @property() accessor link: 'used' | 'expired' | 'invalid' | '' = '';

  @state() accessor step: Step = 'email';
  @state() accessor busy = false;
  @state() accessor message = '';
  @state() accessor useRecoveryCode = false;
  @state() accessor resent = false;
  /** Why this browser was signed out without asking (the server's note), shown once. */
  @state() accessor signedOut: SignedOutReason | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.signedOut ??= takeSignedOutNote();
  }

  protected override willUpdate(): void {
    if (this.session?.secondFactorRequired && this.step !== 'second-factor') this.step = 'second-factor';
  }

  #form(): HTMLFormElement {
    return this.renderRoot.querySelector('form')!;
  }

  #value(name: string): string {
    const control = this.renderRoot.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`);
    return control?.value.trim() ?? '';
  }

  async #run(work: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.message = '';
    clearProblem(this.#form());
    try {
      await work();
    } catch (error) {
      const rest = isProblem(error) && error.status !== 429 ? applyProblem(error, this.#form()) : [problemText(error)];
      this.message = rest.join(' ');
    } finally {
      this.busy = false;
    }
  }

  #requestLink = (event?: Event) => {
    event?.preventDefault();
    if (this.step === 'email') this.email = this.#value('email');
    if (!this.email) {
      const field = this.renderRoot.querySelector<HTMLElement & { error: string }>('[name="email"]');
      if (field) field.error = msg('Enter your email address.', { id: 'access.sign-in.email-missing' });
      field?.focus();
      return;
    }
    void this.#run(async () => {
      await this.client.post('/access/sign-in', { body: { email: this.email, ...(this.redirectTo ? { redirectTo: this.redirectTo } : {}) } });
      this.resent = this.step !== 'email';
      this.link = '';
      this.step = 'sent';
    });
  };

  #redeemCode = (event: Event) => {
    event.preventDefault();
    const code = this.#value('code').replace(/\s+/g, '');
    void this.#run(async () => {
      const answer = await this.client.post('/access/sign-in/code', { body: { email: this.email, code } });
      if (answer.mfaRequired) this.step = 'second-factor';
      this.emit('portico-session-changed');
    });
  };

  #challenge = (event: Event) => {
    event.preventDefault();
    const body = this.useRecoveryCode ? { recoveryCode: this.#value('recoveryCode') } : { code: this.#value('code').replace(/\s+/g, '') };
    void this.#run(async () => {
      await this.client.post('/access/mfa/challenge', { body });
      this.emit('portico-session-changed');
    });
  };

  #go(step: Step) {
    this.message = '';
    this.resent = false;
    this.step = step;
  }

  #alert() {
    return this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing;
  }

  #linkProblem() {
    if (!this.link) return nothing;
    const text =
      this.link === 'used'
        ? msg('This sign-in link was already used. Each link works once: ask for a new one below.', { id: 'access.sign-in.link-used' })
        : this.link === 'expired'
          ? msg('This sign-in link has expired. Ask for a new one below.', { id: 'access.sign-in.link-expired' })
          : msg('This sign-in link is not valid. Ask for a new one below.', { id: 'access.sign-in.link-invalid' });
    return html`<p class="alert" role="alert">${text}</p>`;
  }

  #signedOutNote() {
    if (!this.signedOut || this.step !== 'email') return nothing;
    const text = {
      ended: () => msg('You were signed out. Sign in again to continue.', { id: 'access.sign-in.signed-out.ended' }),
      idle: () => msg('You were signed out after a period of inactivity. Sign in again to continue.', { id: 'access.sign-in.signed-out.idle' }),
      elsewhere: () => msg('Your session was opened in another browser, so it was ended. Sign in again to continue.', { id: 'access.sign-in.signed-out.elsewhere' }),
      access: () => msg('Your access to this portal has ended. If you think this is a mistake, ask your administrator.', { id: 'access.sign-in.signed-out.access' }),
    }[this.signedOut]();
    return html`<p class="note" role="status">${text}</p>`;
  }

  protected override render() {
    switch (this.step) {
      case 'email':
        return html`<h1 part="heading">${msg('Sign in', { id: 'access.sign-in.title' })}</h1>
          ${this.#signedOutNote()} ${this.#linkProblem()}
          <p class="muted">${msg('We will email you a link to sign in. No password needed.', { id: 'access.sign-in.lead' })}</p>
          <form part="form" novalidate @keydown=${submitOnEnter} @submit=${this.#requestLink}>
            <portico-field name="email" type="email" autocomplete="email" required .value=${this.email}
              label=${msg('Email address', { id: 'access.sign-in.email' })}></portico-field>
            ${this.#alert()}
            <div class="actions"><portico-button type="submit" ?loading=${this.busy}>${msg('Email me a sign-in link', { id: 'access.sign-in.send' })}</portico-button></div>
          </form>`;
      case 'sent':
        return html`<h1 part="heading">${msg('Check your email', { id: 'access.sign-in.sent.title' })}</h1>
          <form part="form" @submit=${(e: Event) => e.preventDefault()}>
            <p role="status">${msg(str`If ${this.email} may sign in here, a sign-in link is on its way. Open it on this device to continue.`, { id: 'access.sign-in.sent.body' })}</p>
            ${this.resent ? html`<p class="muted">${msg('We sent a new link; earlier links no longer work.', { id: 'access.sign-in.sent.again' })}</p>` : nothing}
            <p class="muted">${msg('Reading your email on another device? The email also has a six-digit code.', { id: 'access.sign-in.sent.code-hint' })}</p>
            ${this.#alert()}
            <div class="actions">
              <portico-button @click=${() => this.#go('code')}>${msg('Enter the code', { id: 'access.sign-in.enter-code' })}</portico-button>
              <portico-button variant="secondary" ?loading=${this.busy} @click=${() => this.#requestLink()}>${msg('Send a new link', { id: 'access.sign-in.resend' })}</portico-button>
              <portico-button variant="text" @click=${() => this.#go('email')}>${msg('Use another address', { id: 'access.sign-in.other-address' })}</portico-button>
            </div>
          </form>`;
      case 'code':
        return html`<h1 part="heading">${msg('Enter your code', { id: 'access.sign-in.code.title' })}</h1>
          <p class="muted">${msg(str`Type the six-digit code from the email we sent to ${this.email}.`, { id: 'access.sign-in.code.lead' })}</p>
          <form part="form" novalidate @keydown=${submitOnEnter} @submit=${this.#redeemCode}>
            <portico-field name="code" autocomplete="one-time-code" required label=${msg('Code from the email', { id: 'access.sign-in.code' })}></portico-field>
            ${this.#alert()}
            <div class="actions">
              <portico-button type="submit" ?loading=${this.busy}>${msg('Sign in', { id: 'access.sign-in.submit-code' })}</portico-button>
              <portico-button variant="secondary" ?disabled=${this.busy} @click=${() => this.#requestLink()}>${msg('Send a new link', { id: 'access.sign-in.resend' })}</portico-button>
            </div>
          </form>`;
      case 'second-factor':
        return html`<h1 part="heading">${msg('Two-factor authentication', { id: 'access.sign-in.mfa.title' })}</h1>
          <p class="muted">${this.useRecoveryCode
            ? msg('Type one of your recovery codes. Each code works once.', { id: 'access.sign-in.mfa.recovery-lead' })
            : msg('Open your authenticator app and type the six-digit code it shows.', { id: 'access.sign-in.mfa.lead' })}</p>
          <form part="form" novalidate @keydown=${submitOnEnter} @submit=${this.#challenge}>
            ${this.useRecoveryCode
              ? html`<portico-field name="recoveryCode" required autocomplete="off" label=${msg('Recovery code', { id: 'access.sign-in.mfa.recovery' })}></portico-field>`
              : html`<portico-field name="code" required autocomplete="one-time-code" label=${msg('Code from your app', { id: 'access.sign-in.mfa.code' })}></portico-field>`}
            ${this.#alert()}
            <div class="actions">
              <portico-button type="submit" ?loading=${this.busy}>${msg('Verify', { id: 'access.sign-in.mfa.verify' })}</portico-button>
              <portico-button variant="text" @click=${() => ((this.useRecoveryCode = !this.useRecoveryCode), (this.message = ''))}>
                ${this.useRecoveryCode ? msg('Use my authenticator app', { id: 'access.sign-in.mfa.use-app' }) : msg('Use a recovery code', { id: 'access.sign-in.mfa.use-recovery' })}
              </portico-button>
            </div>
          </form>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-sign-in': PorticoSignIn;
  }
}

/** Reads the server's signed-out note and forgets it, so that it shows once. */
function takeSignedOutNote(): SignedOutReason | null {
  const pair = document.cookie.split('; ').find((c) => c.startsWith(`${SIGNED_OUT_COOKIE}=`));
  if (!pair) return null;
  document.cookie = `${SIGNED_OUT_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
  const reason = decodeURIComponent(pair.slice(SIGNED_OUT_COOKIE.length + 1));
  return (SIGNED_OUT_REASONS as readonly string[]).includes(reason) ? (reason as SignedOutReason) : null;
}

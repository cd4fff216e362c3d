import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, renderResource, submitOnEnter, toast,
} from '@portico/widgets';
import { copyText, download, pageStyles, type MfaEnrolment, type MfaStatus } from './shared.js';

/** What the page asks for a code for: finishing enrolment, new recovery codes, or turning it off. */
type Action = 'confirm' | 'replace' | 'disable' | null;

/**
 * Two-factor authentication with an authenticator app: status badge (the person's security posture),
 * set-up with a QR code or a typed secret, confirmation with a first code, recovery codes shown once
 * (copy, download), replacing them, and turning it off (unless the programme requires it).
 *
 * @csspart status, qr-code, secret, recovery-codes
 */
@customElement('portico-mfa-settings')
export class PorticoMfaSettings extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @state() accessor enrolment: MfaEnrolment | null = null;
  @state() accessor action: Action = null;
  @state() accessor recoveryCodes: string[] | null = null;
  @state() accessor busy = false;
  @state() accessor message = '';
  @state() accessor useRecoveryCode = false;

  readonly status = new ResourceController(this, {
    args: () => [this.client] as const,
    load: ([client], signal) => client.get('/access/mfa', { signal }),
    isEmpty: () => false,
  });

  async #work(form: HTMLFormElement | null, work: () => Promise<void>) {
    this.busy = true;
    this.message = '';
    if (form) clearProblem(form);
    try {
      await work();
    } catch (error) {
      const rest = form ? applyProblem(error, form) : [];
      this.message = form ? rest.join(' ') : '';
      if (!form) toast((error as { detail?: string; title?: string }).detail ?? (error as Error).message, { variant: 'danger' });
    } finally {
      this.busy = false;
    }
  }

  #start = () =>
    this.#work(null, async () => {
      this.enrolment = await this.client.post('/access/mfa/enrolment', { body: {} });
      this.action = 'confirm';
    });

  #submit = (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const read = (name: string) => form.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)?.value.trim() ?? '';
    const code = { code: read('code').replace(/\s+/g, '') };
    const proof = this.useRecoveryCode && this.action === 'disable' ? { recoveryCode: read('recoveryCode') } : code;
    void this.#work(form, async () => {
      const client = this.client;
      if (this.action === 'confirm') {
        this.recoveryCodes = (await client.post('/access/mfa/enrolment/confirm', { body: code })).recoveryCodes;
        this.enrolment = null;
        toast(msg('Two-factor authentication is on.', { id: 'access.mfa.enabled' }), { variant: 'success' });
      } else if (this.action === 'replace') {
        this.recoveryCodes = (await client.post('/access/mfa/recovery-codes', { body: code })).recoveryCodes;
      } else if (this.action === 'disable') {
        await client.post('/access/mfa/disable', { body: proof });
        toast(msg('Two-factor authentication is off.', { id: 'access.mfa.disabled' }), { variant: 'success' });
      }
      this.action = null;
      await this.status.retry();
    });
  };

  #cancel = () => {
    this.action = null;
    this.enrolment = null;
    this.message = '';
    this.useRecoveryCode = false;
  };

  #copyCodes = async () => {
    const ok = await copyText(this.recoveryCodes!.join('\n'));
    toast(ok ? msg('Recovery codes copied.', { id: 'access.mfa.codes-copied' }) : msg('Copying is blocked here: select the codes and copy them yourself.', { id: 'access.mfa.copy-blocked' }), {
      variant: ok ? 'success' : 'danger',
    });
  };

  #posture(status: MfaStatus) {
    if (status.enrolled) return html`<portico-badge part="status" variant="success">${msg('On', { id: 'access.mfa.status.on' })}</portico-badge>`;
    if (status.required) return html`<portico-badge part="status" variant="danger">${msg('Required, not set up', { id: 'access.mfa.status.required' })}</portico-badge>`;
    return html`<portico-badge part="status" variant="warning">${msg('Off', { id: 'access.mfa.status.off' })}</portico-badge>`;
  }

  #codeForm(label: string) {
    const recovery = this.useRecoveryCode && this.action === 'disable';
    return html`<form novalidate @keydown=${submitOnEnter} @submit=${this.#submit}>
      ${recovery
        ? html`<portico-field name="recoveryCode" required autocomplete="off" label=${msg('Recovery code', { id: 'access.sign-in.mfa.recovery' })}></portico-field>`
        : html`<portico-field name="code" required autocomplete="one-time-code" label=${msg('Code from your app', { id: 'access.sign-in.mfa.code' })}></portico-field>`}
      ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
      <div class="actions">
        <portico-button type="submit" variant=${this.action === 'disable' ? 'danger' : 'primary'} ?loading=${this.busy}>${label}</portico-button>
        ${this.action === 'disable'
          ? html`<portico-button variant="text" @click=${() => (this.useRecoveryCode = !this.useRecoveryCode)}>${recovery
              ? msg('Use my authenticator app', { id: 'access.sign-in.mfa.use-app' })
              : msg('Lost your phone? Use a recovery code', { id: 'access.mfa.lost-phone' })}</portico-button>`
          : nothing}
        <portico-button variant="secondary" ?disabled=${this.busy} @click=${this.#cancel}>${msg('Cancel', { id: 'access.cancel' })}</portico-button>
      </div>
    </form>`;
  }

  #codes() {
    const codes = this.recoveryCodes!;
    return html`<section class="stack" part="recovery-codes" aria-labelledby="codes-title">
      <h2 id="codes-title">${msg('Your recovery codes', { id: 'access.mfa.codes.title' })}</h2>
      <p>${msg('Keep these codes somewhere safe. Each one signs you in once if you lose your phone. They are shown only now.', { id: 'access.mfa.codes.lead' })}</p>
      <ol class="codes">${codes.map((code) => html`<li>${code}</li>`)}</ol>
      <div class="actions">
        <portico-button variant="secondary" @click=${this.#copyCodes}>${msg('Copy', { id: 'access.copy' })}</portico-button>
        <portico-button variant="secondary" @click=${() => download('portico-recovery-codes.txt', `${codes.join('\n')}\n`)}>${msg('Download', { id: 'access.download' })}</portico-button>
        <portico-button @click=${() => (this.recoveryCodes = null)}>${msg('I have saved them', { id: 'access.mfa.codes.done' })}</portico-button>
      </div>
    </section>`;
  }

  #body(status: MfaStatus) {
    if (this.recoveryCodes) return this.#codes();
    if (this.action === 'confirm' && this.enrolment) {
      return html`<section class="stack">
        <h2>${msg('Set up your authenticator app', { id: 'access.mfa.setup.title' })}</h2>
        <p>${msg('Scan this QR code with an authenticator app, or type the key below, then enter the code the app shows.', { id: 'access.mfa.setup.lead' })}</p>
        <img part="qr-code" src=${this.enrolment.qrCode} width="200" height="200" alt=${msg('QR code for your authenticator app', { id: 'access.mfa.setup.qr' })} />
        <p>${msg('Key', { id: 'access.mfa.setup.key' })}: <code part="secret" class="secret">${this.enrolment.secret}</code></p>
        ${this.#codeForm(msg('Turn on', { id: 'access.mfa.setup.confirm' }))}
      </section>`;
    }
    if (this.action === 'replace') {
      return html`<section class="stack"><h2>${msg('Replace recovery codes', { id: 'access.mfa.replace' })}</h2>
        <p>${msg('Your current recovery codes will stop working.', { id: 'access.mfa.replace.lead' })}</p>${this.#codeForm(msg('Replace codes', { id: 'access.mfa.replace.confirm' }))}</section>`;
    }
    if (this.action === 'disable') {
      return html`<section class="stack"><h2>${msg('Turn off two-factor authentication', { id: 'access.mfa.disable' })}</h2>
        <p>${msg('Your account will be protected by your email only.', { id: 'access.mfa.disable.lead' })}</p>${this.#codeForm(msg('Turn off', { id: 'access.mfa.disable.confirm' }))}</section>`;
    }
    if (!status.enrolled) {
      return html`<p>${status.required
          ? msg('Your programme requires two-factor authentication. Set it up now to keep full access.', { id: 'access.mfa.required-lead' })
          : msg('Add a second step to signing in: a code from an authenticator app on your phone.', { id: 'access.mfa.off-lead' })}</p>
        <p class="actions"><portico-button ?loading=${this.busy} @click=${this.#start}>${msg('Set up two-factor authentication', { id: 'access.mfa.start' })}</portico-button></p>`;
    }
    const left = status.recoveryCodesLeft;
    return html`<p>${msg(str`You have ${left} unused recovery codes.`, { id: 'access.mfa.codes-left' })}</p>
      <div class="actions">
        <portico-button variant="secondary" @click=${() => (this.action = 'replace')}>${msg('Replace recovery codes', { id: 'access.mfa.replace' })}</portico-button>
        ${status.required
          ? html`<p class="muted">${msg('Your programme requires two-factor authentication, so it cannot be turned off.', { id: 'access.mfa.cannot-disable' })}</p>`
          : html`<portico-button variant="danger" @click=${() => (this.action = 'disable')}>${msg('Turn off', { id: 'access.mfa.disable.confirm' })}</portico-button>`}
      </div>`;
  }

  protected override render() {
    return html`<h1>${msg('Two-factor authentication', { id: 'access.sign-in.mfa.title' })}</h1>
      ${renderResource(this.status, (status) => html`<p>${msg('Status', { id: 'access.mfa.status' })}: ${this.#posture(status)}</p>${this.#body(status)}`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-mfa-settings': PorticoMfaSettings;
  }
}

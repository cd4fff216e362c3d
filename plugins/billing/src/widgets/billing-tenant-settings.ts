import { css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, hasPermission, isProblem, isStaff, localeContext, readField, renderResource, sessionContext, submitOnEnter, toast,
  type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import { P } from '../permissions.js';
import { ungateableKind } from '../ungateable.js';
import { pageStyles, problemText, type ProviderStatus, type TenantBillingSettings } from './shared.js';

type Provider = TenantBillingSettings['provider'];
const NUMBERS = ['overdueDays', 'graceDays', 'graceWarningDays', 'paymentTermsDays'] as const;
type NumberSetting = (typeof NUMBERS)[number];

/** A row of the gated features list: its key as typed, and a stable id for rendering. */
interface FeatureRow {
  id: number;
  value: string;
}

/** Why the server will refuse to gate a feature (the same rule as the server's), or null. */
function neverGated(feature: string): string | null {
  const reasons = {
    billing: () => msg('Billing itself stays open, so that a partner can always put it in order: this cannot be gated.', { id: 'billing.tenant.never.billing' }),
    access: () => msg('Signing in and managing one’s access stay open: this cannot be gated.', { id: 'billing.tenant.never.access' }),
    export: () => msg('Data export stays open: a partner may always take its data. This cannot be gated.', { id: 'billing.tenant.never.export' }),
  };
  const kind = ungateableKind(feature);
  return kind ? reasons[kind]() : null;
}

/** A number field's value as the server takes it: a number, or the text as typed so that the server names the field. */
const asNumber = (text: string) => (/^\d+$/.test(text) ? Number(text) : text) as number;

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * The staff's billing settings (`/settings/billing`, `billing.settings.manage`): the features reserved
 * for partners whose billing is in order, the pace of enforcement (overdue, grace, warning), payment
 * terms, the invoice prefix and the payment provider; and the Stripe keys, stored sealed (`PUT
 * /billing/provider/stripe`), described by their mode and last characters, never shown back, removed
 * when partners no longer pay with Stripe. The server's field errors land on the fields (a feature
 * that can never be gated on its row, Stripe chosen before its keys on the provider).
 *
 * @csspart settings, features, stripe
 */
@customElement('portico-billing-tenant-settings')
export class PorticoBillingTenantSettings extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      .feature-row {
        display: flex;
        gap: var(--portico-space-2, 0.5rem);
        align-items: flex-start;
      }
      .feature-row portico-field {
        flex: 1;
      }
      .feature-row portico-button {
        margin-top: 1.6rem;
      }
      fieldset {
        border: 1px solid var(--portico-color-border, #d0d5dd);
        border-radius: var(--portico-radius, 6px);
        padding: var(--portico-space-3, 0.75rem);
        display: grid;
        gap: var(--portico-space-2, 0.5rem);
      }
      code {
        overflow-wrap: anywhere;
      }
    `,
  ];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor saving: 'settings' | 'keys' | 'remove' | null = null;
  @state() accessor message = '';
  @state() accessor keysMessage = '';
  @state() accessor removeMessage = '';
  @state() accessor dirty = false;
  @state() accessor saved = false;
  @state() accessor features: FeatureRow[] = [];
  @state() accessor replacingKeys = false;
  /** Changed to draw the settings form afresh (reset, after saving): fields show what was loaded. */
  @state() accessor formKey = 0;
  @state() accessor keysKey = 0;
  @query('#remove-keys') private accessor removeDialog!: PorticoDialog;

  #nextRow = 0;
  #loaded: TenantBillingSettings | null = null;

  get #allowed() {
    return isStaff(this.session) && hasPermission(this.session, P.settingsManage);
  }

  readonly settings = new ResourceController(this, {
    args: () => [this.client, this.#allowed] as const,
    enabled: ([client, allowed]) => !!client && allowed,
    isEmpty: () => false,
    load: ([client], signal) => client.get('/billing/settings', { signal }),
  });

  readonly provider = new ResourceController(this, {
    args: () => [this.client, this.#allowed] as const,
    enabled: ([client, allowed]) => !!client && allowed,
    isEmpty: () => false,
    load: ([client], signal) => client.get('/billing/provider', { signal }),
  });

  protected override willUpdate(): void {
    // A newly loaded (or saved) value becomes the form's starting point.
    const value = this.settings.status === 'ready' ? (this.settings.value as TenantBillingSettings) : null;
    if (value && value !== this.#loaded) this.#start(value);
  }

  #start(value: TenantBillingSettings) {
    this.#loaded = value;
    this.features = value.gatedFeatures.map((feature) => ({ id: this.#nextRow++, value: feature }));
    this.dirty = false;
    this.formKey++;
  }

  #form(): HTMLFormElement | null {
    return this.renderRoot.querySelector<HTMLFormElement>('form[part=settings]');
  }

  /** What the form says now, as the settings' shape (numbers as typed when they are not numbers). */
  #read(form: HTMLFormElement) {
    const rows = this.features.map((row, index) => ({ feature: row.value.trim(), index })).filter((r) => r.feature);
    const values = {
      gatedFeatures: rows.map((r) => r.feature),
      ...(Object.fromEntries(NUMBERS.map((name) => [name, asNumber(readField(form, name))])) as Record<NumberSetting, number>),
      invoicePrefix: readField(form, 'invoicePrefix'),
      provider: readField(form, 'provider') as Provider,
    };
    return { values, rowOf: rows.map((r) => r.index) };
  }

  /** Only what changed, as a PATCH asks. */
  #changes(form: HTMLFormElement) {
    const { values, rowOf } = this.#read(form);
    const before = this.#loaded!;
    const body: Partial<TenantBillingSettings> = {};
    if (!sameList(values.gatedFeatures, before.gatedFeatures)) body.gatedFeatures = values.gatedFeatures;
    for (const name of NUMBERS) if (values[name] !== before[name]) body[name] = values[name];
    if (values.invoicePrefix !== before.invoicePrefix) body.invoicePrefix = values.invoicePrefix;
    if (values.provider !== before.provider) body.provider = values.provider;
    return { body, rowOf };
  }

  #touch = () => {
    const form = this.#form();
    if (!form || !this.#loaded) return;
    this.dirty = Object.keys(this.#changes(form).body).length > 0;
    if (this.dirty) this.saved = false;
  };

  #addFeature = async () => {
    this.features = [...this.features, { id: this.#nextRow++, value: '' }];
    await this.updateComplete;
    const fields = this.#form()?.querySelectorAll<HTMLElement>('[part=features] portico-field');
    fields?.[fields.length - 1]?.focus();
  };

  #removeFeature(row: FeatureRow) {
    this.features = this.features.filter((r) => r !== row);
    void this.updateComplete.then(this.#touch);
  }

  #reset = () => {
    if (!this.#loaded) return;
    this.#start(this.#loaded);
    this.message = '';
    this.saved = false;
  };

  #save = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const { body, rowOf } = this.#changes(form);
    clearProblem(form);
    this.message = '';
    if (Object.keys(body).length === 0) {
      this.dirty = false;
      return;
    }
    this.saving = 'settings';
    try {
      const after = await this.client.patch('/billing/settings', { body });
      this.settings.value = after;
      if (this.provider.value) this.provider.value = { ...this.provider.value, provider: after.provider };
      this.saved = true;
      this.requestUpdate();
      toast(msg('Billing settings saved.', { id: 'billing.tenant.saved' }), { variant: 'success' });
    } catch (error) {
      if (isProblem(error)) {
        // The server numbers the features it was sent; the rows may include empty ones it never saw.
        const errors = error.errors?.map((e) => ({ ...e, field: e.field.replace(/^(\/?(?:body\/)?gatedFeatures\/)(\d+)/, (_, prefix: string, n: string) => `${prefix}${rowOf[Number(n)] ?? n}`) }));
        this.message = applyProblem({ ...error, errors }, form).join(' ');
      } else {
        this.message = problemText(error);
      }
    } finally {
      this.saving = null;
    }
  };

  #featureRows() {
    return html`<fieldset part="features">
      <legend>${msg('Features reserved for partners whose billing is in order', { id: 'billing.tenant.features' })}</legend>
      <p class="muted">${msg('Feature keys as plugins declare them, e.g. questions.ask. A partner may use a gated feature only once its billing is set up, on a plan that unlocks it, and not restricted.', { id: 'billing.tenant.features.lead' })}</p>
      <p class="muted">${msg('Billing itself (billing.*), signing in (access.*) and data export can never be gated.', { id: 'billing.tenant.features.never' })}</p>
      ${this.features.length === 0 ? html`<p role="status">${msg('No feature is gated: every partner may use every feature.', { id: 'billing.tenant.features.none' })}</p>` : nothing}
      ${repeat(
        this.features,
        (row) => row.id,
        (row, index) => html`<div class="feature-row">
          <portico-field name=${`gatedFeatures.${index}`} .value=${row.value} label=${msg(str`Feature ${index + 1}`, { id: 'billing.tenant.feature' })}
            hint=${neverGated(row.value.trim()) ?? ''}
            @portico-input=${(e: CustomEvent<{ value: string }>) => {
              row.value = e.detail.value;
              this.requestUpdate();
              this.#touch();
            }}></portico-field>
          <portico-button variant="secondary" label=${msg(str`Remove feature ${index + 1}`, { id: 'billing.tenant.feature.remove' })} @click=${() => this.#removeFeature(row)}>${msg('Remove', { id: 'billing.tenant.remove' })}</portico-button>
        </div>`,
      )}
      <div class="actions"><portico-button variant="secondary" @click=${this.#addFeature}>${msg('Add a feature', { id: 'billing.tenant.feature.add' })}</portico-button></div>
    </fieldset>`;
  }

  #settingsForm(settings: TenantBillingSettings) {
    const configured = this.provider.value?.stripe.configured;
    return html`${keyed(
      this.formKey,
      html`<form part="settings" novalidate @keydown=${submitOnEnter} @submit=${this.#save} @portico-input=${this.#touch} @portico-change=${this.#touch}>
        ${this.#featureRows()}
        <h2>${msg('Enforcement', { id: 'billing.tenant.enforcement' })}</h2>
        <div class="row">
          <portico-field name="overdueDays" type="number" min="0" max="60" required .value=${String(settings.overdueDays)} label=${msg('Days overdue before the grace period', { id: 'billing.tenant.overdue-days' })}
            hint=${msg('A banner and an email, then the grace period starts. 0 to 60.', { id: 'billing.tenant.overdue-days.hint' })}></portico-field>
          <portico-field name="graceDays" type="number" min="1" max="90" required .value=${String(settings.graceDays)} label=${msg('Length of the grace period, in days', { id: 'billing.tenant.grace-days' })}
            hint=${msg('Then gated features are paused. 1 to 90.', { id: 'billing.tenant.grace-days.hint' })}></portico-field>
          <portico-field name="graceWarningDays" type="number" min="0" max="30" required .value=${String(settings.graceWarningDays)} label=${msg('Warning before the grace period ends, in days', { id: 'billing.tenant.warning-days' })}
            hint=${msg('When the “features will be paused” email goes out. 0: none.', { id: 'billing.tenant.warning-days.hint' })}></portico-field>
        </div>
        <h2>${msg('Invoices and payments', { id: 'billing.tenant.invoicing' })}</h2>
        <div class="row">
          <portico-field name="paymentTermsDays" type="number" min="0" max="120" required .value=${String(settings.paymentTermsDays)} label=${msg('Payment terms, in days', { id: 'billing.tenant.terms-days' })}
            hint=${msg('The due date of an invoice that names none. 0 to 120.', { id: 'billing.tenant.terms-days.hint' })}></portico-field>
          <portico-field name="invoicePrefix" required .value=${settings.invoicePrefix} label=${msg('Invoice number prefix', { id: 'billing.tenant.prefix' })}
            hint=${msg(str`Capital letters and digits, up to 10. Numbers read ${settings.invoicePrefix}-${new Date().getUTCFullYear()}-000001.`, { id: 'billing.tenant.prefix.hint' })}></portico-field>
        </div>
        <portico-select name="provider" required .value=${settings.provider} label=${msg('How partners pay', { id: 'billing.tenant.provider' })}
          hint=${configured === false ? msg('Store the Stripe keys below before choosing Stripe.', { id: 'billing.tenant.provider.hint-keys' }) : msg('Manual: staff record invoices and bank transfers. Stripe: partners pay online.', { id: 'billing.tenant.provider.hint' })}
          .options=${[
            { value: 'manual', label: msg('Manual (bank transfer, recorded by staff)', { id: 'billing.tenant.provider.manual' }) },
            { value: 'stripe', label: msg('Stripe (online payment)', { id: 'billing.tenant.provider.stripe' }) },
          ]}></portico-select>
        ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
        ${this.saved && !this.dirty ? html`<p role="status" class="muted">${msg('Billing settings saved.', { id: 'billing.tenant.saved' })}</p>` : nothing}
        <div class="actions">
          <portico-button type="submit" ?disabled=${!this.dirty} ?loading=${this.saving === 'settings'}>${msg('Save settings', { id: 'billing.tenant.save' })}</portico-button>
          <portico-button variant="secondary" ?disabled=${!this.dirty} @click=${this.#reset}>${msg('Undo changes', { id: 'billing.tenant.reset' })}</portico-button>
        </div>
      </form>`,
    )}`;
  }

  #storeKeys = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    clearProblem(form);
    this.keysMessage = '';
    this.saving = 'keys';
    try {
      this.provider.value = await this.client.put('/billing/provider/stripe', { body: { secretKey: readField(form, 'secretKey'), webhookSecret: readField(form, 'webhookSecret') } });
      this.replacingKeys = false;
      this.keysKey++;
      this.requestUpdate();
      toast(msg('Stripe keys stored.', { id: 'billing.tenant.stripe.stored' }), { variant: 'success' });
    } catch (error) {
      this.keysMessage = isProblem(error) ? applyProblem(error, form).join(' ') : problemText(error);
    } finally {
      this.saving = null;
    }
  };

  #removeKeys = async () => {
    this.saving = 'remove';
    this.removeMessage = '';
    try {
      await this.client.delete('/billing/provider/stripe');
      this.removeDialog.close();
      toast(msg('Stripe keys removed.', { id: 'billing.tenant.stripe.removed' }), { variant: 'success' });
      await this.provider.retry();
    } catch (error) {
      this.removeMessage = isProblem(error) ? (error.detail ?? error.title) : problemText(error);
    } finally {
      this.saving = null;
    }
  };

  #keysForm(replacing: boolean) {
    return html`${keyed(
      this.keysKey,
      html`<form part="stripe-keys" novalidate autocomplete="off" @keydown=${submitOnEnter} @submit=${this.#storeKeys}>
        <portico-field name="secretKey" type="password" required autocomplete="off" label=${msg('Secret key', { id: 'billing.tenant.stripe.secret-key' })}
          hint=${msg('From the Stripe dashboard, Developers → API keys: sk_live_…, sk_test_… or a restricted key rk_….', { id: 'billing.tenant.stripe.secret-key.hint' })}></portico-field>
        <portico-field name="webhookSecret" type="password" required autocomplete="off" label=${msg('Webhook signing secret', { id: 'billing.tenant.stripe.webhook-secret' })}
          hint=${msg('The endpoint’s signing secret, whsec_….', { id: 'billing.tenant.stripe.webhook-secret.hint' })}></portico-field>
        ${this.keysMessage ? html`<p class="alert" role="alert">${this.keysMessage}</p>` : nothing}
        <div class="actions">
          <portico-button type="submit" ?loading=${this.saving === 'keys'}>${msg('Store the keys', { id: 'billing.tenant.stripe.store' })}</portico-button>
          ${replacing
            ? html`<portico-button variant="secondary" @click=${() => ((this.replacingKeys = false), (this.keysMessage = ''))}>${msg('Cancel', { id: 'billing.cancel' })}</portico-button>`
            : nothing}
        </div>
      </form>`,
    )}`;
  }

  #stripe(status: ProviderStatus) {
    const { stripe } = status;
    return html`<p class="muted">${msg('The keys are sealed with the server’s key as soon as they arrive and never shown again: only their mode and last characters.', { id: 'billing.tenant.stripe.lead' })}</p>
      <dl>
        <dt>${msg('Keys', { id: 'billing.tenant.stripe.keys' })}</dt>
        <dd>${stripe.configured
          ? html`<portico-badge variant="success">${msg('Stored', { id: 'billing.tenant.stripe.configured' })}</portico-badge>`
          : html`<portico-badge variant="neutral">${msg('Not stored', { id: 'billing.tenant.stripe.not-configured' })}</portico-badge>`}</dd>
        ${stripe.configured
          ? html`<dt>${msg('Secret key', { id: 'billing.tenant.stripe.secret-key' })}</dt>
              <dd><code>${stripe.secretKeyHint ?? '—'}</code></dd>
              <dt>${msg('Mode', { id: 'billing.tenant.stripe.mode' })}</dt>
              <dd>${stripe.liveMode
                ? html`<portico-badge variant="warning">${msg('Live: real payments', { id: 'billing.tenant.stripe.live' })}</portico-badge>`
                : html`<portico-badge variant="info">${msg('Test', { id: 'billing.tenant.stripe.test' })}</portico-badge>`}</dd>`
          : nothing}
        <dt>${msg('Webhook endpoint', { id: 'billing.tenant.stripe.webhook-url' })}</dt>
        <dd><code>${stripe.webhookUrl}</code>
          <span class="muted">${msg('Add this address as an endpoint in Stripe (Developers → Webhooks), then paste its signing secret here.', { id: 'billing.tenant.stripe.webhook-url.hint' })}</span></dd>
      </dl>
      ${!stripe.configured || this.replacingKeys
        ? this.#keysForm(stripe.configured)
        : html`<div class="actions">
            <portico-button variant="secondary" @click=${() => (this.replacingKeys = true)}>${msg('Replace the keys', { id: 'billing.tenant.stripe.replace' })}</portico-button>
            <portico-button variant="danger" @click=${() => ((this.removeMessage = ''), this.removeDialog.show())}>${msg('Remove the keys', { id: 'billing.tenant.stripe.remove' })}</portico-button>
          </div>`}
      <portico-dialog id="remove-keys" label=${msg('Remove the Stripe keys?', { id: 'billing.tenant.stripe.remove.title' })}>
        <p>${status.provider === 'stripe'
          ? msg('Partners pay with Stripe: choose the manual provider and save the settings first.', { id: 'billing.tenant.stripe.remove.in-use' })
          : msg('Online payment stops working until keys are stored again.', { id: 'billing.tenant.stripe.remove.body' })}</p>
        ${this.removeMessage ? html`<p class="alert" role="alert">${this.removeMessage}</p>` : nothing}
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.removeDialog.close()}>${msg('Cancel', { id: 'billing.cancel' })}</portico-button>
          <portico-button variant="danger" ?loading=${this.saving === 'remove'} @click=${this.#removeKeys}>${msg('Remove the keys', { id: 'billing.tenant.stripe.remove' })}</portico-button>
        </div>
      </portico-dialog>`;
  }

  protected override render() {
    const title = html`<h1>${msg('Billing settings', { id: 'billing.tenant.title' })}</h1>`;
    if (!this.#allowed) {
      return html`${title}<p role="status">${msg('The billing settings are changed by the programme’s staff.', { id: 'billing.tenant.not-allowed' })}</p>`;
    }
    return html`${title}
      <section>${renderResource(this.settings, (settings) => this.#settingsForm(settings))}</section>
      <section part="stripe" aria-labelledby="stripe-title">
        <h2 id="stripe-title">Stripe</h2>
        ${renderResource(this.provider, (status) => this.#stripe(status))}
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-billing-tenant-settings': PorticoBillingTenantSettings;
  }
}

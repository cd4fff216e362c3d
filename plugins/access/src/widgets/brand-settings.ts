import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import { styleMap } from 'lit/directives/style-map.js';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, plural, readableTextOn, renderResource, submitOnEnter, toast,
} from '@portico/widgets';
import { POLICY_PRESETS } from '../policy-presets.js';
import type { AuthPolicy as Policy, Brand } from '../schemas.js';
import { pageStyles, problemText } from './shared.js';
/** The tenant's policy with the presets it is compared with (those are the plugin's own constants). */
interface PolicyAnswer {
  policy: Policy;
  presets: { default: Policy; strict: Policy };
}
type Preset = 'default' | 'strict' | 'custom';

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const MAX_LOGO_BYTES = 48 * 1024; // base64 grows by a third: the server takes 64 KB of text

function presetOf(answer: PolicyAnswer): Preset {
  const same = (a: Policy, b: Policy) => (Object.keys(b) as (keyof Policy)[]).every((k) => a[k] === b[k]);
  return same(answer.policy, answer.presets.default) ? 'default' : same(answer.policy, answer.presets.strict) ? 'strict' : 'custom';
}

function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * The programme's sign-in policy (the default preset, or the strict one: short links and sessions,
 * two-factor authentication for everyone) and its brand (name, logo, colours, font, the "Powered by
 * Portico" footer) with a live preview of the portal header.
 *
 * @fires portico-portal-changed - The brand was saved; the provider fetches the portal again and shows it at once.
 * @csspart policy, brand-form, preview
 */
@customElement('portico-brand-settings')
export class PorticoBrandSettings extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @state() accessor draft: Brand = {};
  @state() accessor preset: Preset = 'default';
  @state() accessor busy: 'policy' | 'brand' | null = null;
  @state() accessor message = '';

  readonly policy = new ResourceController(this, {
    args: () => [this.client] as const,
    load: async ([client], signal) => {
      const answer: PolicyAnswer = { policy: await client.get('/access/settings', { signal }), presets: POLICY_PRESETS };
      this.preset = presetOf(answer);
      return answer;
    },
    isEmpty: () => false,
  });
  readonly brand = new ResourceController(this, {
    args: () => [this.client] as const,
    load: async ([client], signal) => {
      const brand = await client.get('/access/tenant/brand', { signal });
      this.draft = { ...brand };
      return brand;
    },
    isEmpty: () => false,
  });

  #savePolicy = async () => {
    if (this.preset === 'custom') return;
    this.busy = 'policy';
    try {
      // A preset is applied by sending all its fields.
      this.policy.value = { policy: await this.client.patch('/access/settings', { body: POLICY_PRESETS[this.preset] }), presets: POLICY_PRESETS };
      toast(msg('Sign-in policy saved.', { id: 'access.policy.saved' }), { variant: 'success' });
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = null;
    }
  };

  #edit(key: keyof Brand) {
    return (event: CustomEvent<{ value: string }>) => {
      const value = event.detail.value.trim();
      const draft = { ...this.draft } as Record<string, unknown>;
      if (value) draft[key] = value;
      else delete draft[key];
      this.draft = draft as Brand;
    };
  }

  #pickLogo = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    if (!['image/png', 'image/svg+xml'].includes(file.type) || file.size > MAX_LOGO_BYTES) {
      this.message = msg('Choose a PNG or SVG file of at most 48 KB, or give an https address.', { id: 'access.brand.logo-too-big' });
      input.value = '';
      return;
    }
    this.message = '';
    this.draft = { ...this.draft, logoUrl: await readFile(file) };
  };

  #saveBrand = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.busy = 'brand';
    this.message = '';
    clearProblem(form);
    try {
      const saved = await this.client.put('/access/tenant/brand', { body: this.draft });
      this.brand.value = saved;
      this.draft = { ...saved };
      // The portal around this page takes the new brand at once.
      this.emit('portico-portal-changed');
      toast(msg('Brand saved.', { id: 'access.brand.saved' }), { variant: 'success' });
    } catch (error) {
      this.message = applyProblem(error, form).join(' ');
    } finally {
      this.busy = null;
    }
  };

  #policySection(answer: PolicyAnswer) {
    const shown = this.preset === 'custom' ? answer.policy : answer.presets[this.preset];
    const hours = (minutes: number) =>
      minutes % 1440 === 0
        ? plural(minutes / 1440, { one: msg(str`${minutes / 1440} day`, { id: 'access.policy.days.one' }), other: msg(str`${minutes / 1440} days`, { id: 'access.policy.days' }) })
        : minutes % 60 === 0
          ? msg(str`${minutes / 60} h`, { id: 'access.policy.hours' })
          : msg(str`${minutes} min`, { id: 'access.policy.minutes' });
    return html`<section part="policy" class="stack" aria-labelledby="policy-title">
      <h2 id="policy-title">${msg('Sign-in policy', { id: 'access.policy.title' })}</h2>
      <portico-select name="preset" label=${msg('Preset', { id: 'access.policy.preset' })} .value=${this.preset}
        .options=${[
          { value: 'default', label: msg('Default', { id: 'access.policy.default' }) },
          { value: 'strict', label: msg('Strict', { id: 'access.policy.strict' }) },
          ...(presetOf(answer) === 'custom' ? [{ value: 'custom', label: msg('Custom (set through the API)', { id: 'access.policy.custom' }) }] : []),
        ]}
        @portico-change=${(e: CustomEvent<{ value: string }>) => (this.preset = e.detail.value as Preset)}></portico-select>
      <dl>
        <dt>${msg('Sign-in links last', { id: 'access.policy.sign-in-link' })}</dt><dd>${hours(shown.signInLinkMinutes)}</dd>
        <dt>${msg('Invitations last', { id: 'access.policy.invite-link' })}</dt><dd>${hours(shown.inviteLinkMinutes)}</dd>
        <dt>${msg('Sessions last', { id: 'access.policy.session' })}</dt><dd>${hours(shown.sessionHours * 60)}</dd>
        <dt>${msg('Sign out when idle after', { id: 'access.policy.idle' })}</dt><dd>${shown.idleTimeoutMinutes ? hours(shown.idleTimeoutMinutes) : msg('Never', { id: 'access.never' })}</dd>
        <dt>${msg('Two-factor authentication', { id: 'access.sign-in.mfa.title' })}</dt><dd>${shown.mfaRequired ? msg('Required for everyone', { id: 'access.policy.mfa-required' }) : msg('Optional', { id: 'access.policy.mfa-optional' })}</dd>
        <dt>${msg('Wrong codes allowed', { id: 'access.policy.attempts' })}</dt><dd>${shown.codeAttempts}</dd>
      </dl>
      <div class="actions"><portico-button ?disabled=${this.preset === 'custom' || this.preset === presetOf(answer)} ?loading=${this.busy === 'policy'}
        @click=${this.#savePolicy}>${msg('Save policy', { id: 'access.policy.save' })}</portico-button></div>
    </section>`;
  }

  #preview() {
    const primary = this.draft.primaryColor && HEX.test(this.draft.primaryColor) ? this.draft.primaryColor : '#0b5cad';
    const accent = this.draft.accentColor && HEX.test(this.draft.accentColor) ? this.draft.accentColor : '#f59e0b';
    const logo = this.draft.logoUrl && /^(https:|data:image\/(png|svg\+xml))/.test(this.draft.logoUrl) ? this.draft.logoUrl : null;
    return html`<figure part="preview" style="margin:0;border:1px solid var(--portico-color-border,#ccc);border-radius:var(--portico-radius,4px);overflow:hidden">
      <figcaption class="muted" style="padding:var(--portico-space-2,.5rem)">${msg('Preview', { id: 'access.brand.preview' })}</figcaption>
      <div style=${styleMap({ background: primary, color: readableTextOn(primary), padding: '0.75rem', display: 'flex', gap: '0.75rem', alignItems: 'center', fontFamily: this.draft.fontFamily ?? 'inherit' })}>
        ${logo ? html`<img src=${logo} alt="" height="32" />` : nothing}<strong>${this.draft.displayName || msg('Your partner portal', { id: 'access.brand.default-name' })}</strong>
      </div>
      <div style=${styleMap({ padding: '0.75rem', fontFamily: this.draft.fontFamily ?? 'inherit' })}>
        <span style=${styleMap({ background: accent, color: readableTextOn(accent), padding: '0.125rem 0.5rem', borderRadius: '999px' })}>${msg('New', { id: 'access.brand.sample-badge' })}</span>
        ${this.draft.poweredBy === false ? nothing : html`<p class="muted" style="margin:.75rem 0 0">${msg('Powered by Portico', { id: 'access.brand.powered-by' })}</p>`}
      </div>
    </figure>`;
  }

  #brandForm() {
    const d = this.draft;
    return html`<section class="stack" aria-labelledby="brand-title">
      <h2 id="brand-title">${msg('Brand', { id: 'access.brand.title' })}</h2>
      ${this.#preview()}
      <form part="brand-form" novalidate @keydown=${submitOnEnter} @submit=${this.#saveBrand}>
        <portico-field name="displayName" label=${msg('Programme name', { id: 'access.brand.name' })} .value=${d.displayName ?? ''} @portico-input=${this.#edit('displayName')}></portico-field>
        <portico-field name="logoUrl" label=${msg('Logo address', { id: 'access.brand.logo' })} hint=${msg('An https address, or upload a file below', { id: 'access.brand.logo-hint' })}
          .value=${d.logoUrl?.startsWith('data:') ? '' : (d.logoUrl ?? '')} @portico-input=${this.#edit('logoUrl')}></portico-field>
        <label>${msg('Upload a logo (PNG or SVG)', { id: 'access.brand.upload' })} <input type="file" accept="image/png,image/svg+xml" @change=${this.#pickLogo} /></label>
        <portico-field name="primaryColor" label=${msg('Main colour', { id: 'access.brand.primary' })} hint="#0b5cad" .value=${d.primaryColor ?? ''} @portico-input=${this.#edit('primaryColor')}></portico-field>
        <portico-field name="accentColor" label=${msg('Accent colour', { id: 'access.brand.accent' })} hint="#f59e0b" .value=${d.accentColor ?? ''} @portico-input=${this.#edit('accentColor')}></portico-field>
        <portico-field name="fontFamily" label=${msg('Font', { id: 'access.brand.font' })} hint="Inter, system-ui, sans-serif" .value=${d.fontFamily ?? ''} @portico-input=${this.#edit('fontFamily')}></portico-field>
        <portico-checkbox name="poweredBy" label=${msg('Show “Powered by Portico”', { id: 'access.brand.show-powered-by' })} ?checked=${d.poweredBy !== false}
          @portico-change=${(e: CustomEvent<{ checked: boolean }>) => (this.draft = { ...this.draft, poweredBy: e.detail.checked })}></portico-checkbox>
        ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
        <div class="actions"><portico-button type="submit" ?loading=${this.busy === 'brand'}>${msg('Save brand', { id: 'access.brand.save' })}</portico-button></div>
      </form>
    </section>`;
  }

  protected override render() {
    return html`<h1>${msg('Brand and sign-in', { id: 'access.brand.nav' })}</h1>
      ${renderResource(this.policy, (answer) => this.#policySection(answer))}
      ${renderResource(this.brand, () => this.#brandForm())}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-brand-settings': PorticoBrandSettings;
  }
}

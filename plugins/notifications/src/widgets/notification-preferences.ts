import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, ResourceController, clientContext, isProblem, localeContext, renderResource, sessionContext, toast, type Locale, type Session } from '@portico/widgets';
import {
  CHANNELS, DIGESTS, byPlugin, channelLabel, digestLabel, notificationsCall, pageStyles, pluginLabel, problemText, wordsIn, type Channel, type Digest, type KindPreference,
  type Preferences, type PreferencesChange,
} from './shared.js';

/** A row's choice as being changed: a channel, or null for the tenant's default. */
type Choice = Channel | null;

/**
 * How each kind of notification reaches the person (`/settings/notifications`, everyone holding
 * `notifications.use`): the digest (none, daily, weekly), and for each kind their plugins declare,
 * grouped by plugin, in the portal, by email, both or not at all — or the programme's default, marked
 * "Default" while it applies (choosing "Default" again sends null). Security notices are always
 * emailed at once: shown locked. Changes are saved together (`PATCH /notifications/preferences`, only
 * what changed); the server's objection shows at the row it names (`/channels/<kind>`, `/digest`).
 *
 * @csspart digest, plugins, plugin, kind
 */
@customElement('portico-notification-preferences')
export class PorticoNotificationPreferences extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      .form-actions {
        margin-block-start: var(--portico-space-4, 1rem);
      }
    `,
  ];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  /** The rows changed and not saved yet, by kind. */
  @state() accessor channels: Record<string, Choice> = {};
  @state() accessor digest: Digest | null = null;
  @state() accessor saving = false;
  /** The server's objection to a row (by kind), or to the digest (`digest`). */
  @state() accessor fieldErrors: Record<string, string> = {};
  /** The server's objection naming no row. */
  @state() accessor message = '';

  readonly preferences = new ResourceController(this, {
    args: () => [this.client, this.session?.person.id] as const,
    enabled: ([client]) => !!client,
    isEmpty: () => false,
    load: ([client], signal) => notificationsCall(client, 'GET /notifications/preferences', { signal }),
  });

  get dirty(): boolean {
    return this.digest !== null || Object.keys(this.channels).length > 0;
  }

  /** What the row shows: the pending choice, else the saved one ('' for the default). */
  #choice(kind: KindPreference): string {
    if (kind.kind in this.channels) return this.channels[kind.kind] ?? '';
    return kind.chosen ? kind.channel : '';
  }

  #choose(kind: KindPreference, value: string): void {
    const choice: Choice = value === '' ? null : (value as Channel);
    const saved: Choice = kind.chosen ? kind.channel : null;
    const { [kind.kind]: _previous, ...others } = this.channels;
    this.channels = choice === saved ? others : { ...others, [kind.kind]: choice };
    if (this.fieldErrors[kind.kind]) this.fieldErrors = Object.fromEntries(Object.entries(this.fieldErrors).filter(([k]) => k !== kind.kind));
  }

  #chooseDigest(saved: Digest, value: string): void {
    this.digest = value === saved ? null : (value as Digest);
    if (this.fieldErrors.digest) this.fieldErrors = Object.fromEntries(Object.entries(this.fieldErrors).filter(([k]) => k !== 'digest'));
  }

  #undo = () => {
    this.channels = {};
    this.digest = null;
    this.fieldErrors = {};
    this.message = '';
  };

  #save = async () => {
    const change: PreferencesChange = {};
    if (this.digest !== null) change.digest = this.digest;
    if (Object.keys(this.channels).length) change.channels = { ...this.channels };
    this.saving = true;
    this.fieldErrors = {};
    this.message = '';
    try {
      const saved = await notificationsCall(this.client, 'PATCH /notifications/preferences', { body: change });
      this.preferences.value = saved;
      this.channels = {};
      this.digest = null;
      toast(msg('Your notification preferences are saved.', { id: 'notifications.preferences.saved' }), { variant: 'success' });
    } catch (error) {
      if (isProblem(error) && error.errors?.length) {
        const byField: Record<string, string> = {};
        const other: string[] = [];
        for (const fieldError of error.errors) {
          const kind = /(?:^|\/)channels\/([^/]+)$/.exec(fieldError.field)?.[1];
          const key = kind ? decodeURIComponent(kind.replace(/~1/g, '/').replace(/~0/g, '~')) : /(?:^|\/)digest$/.test(fieldError.field) ? 'digest' : null;
          if (key) byField[key] = byField[key] ? `${byField[key]} ${fieldError.message}` : fieldError.message;
          else other.push(fieldError.message);
        }
        this.fieldErrors = byField;
        this.message = other.join(' ');
        await this.updateComplete;
        const first = Object.keys(byField)[0];
        if (first) this.renderRoot.querySelector<HTMLElement>(first === 'digest' ? 'portico-select[name=digest]' : `li[data-kind="${CSS.escape(first)}"] portico-select`)?.focus();
      } else {
        this.message = problemText(error);
      }
    } finally {
      this.saving = false;
    }
  };

  #kind(kind: KindPreference) {
    const name = wordsIn(kind.label, this.locale);
    const choice = this.#choice(kind);
    const isDefault = choice === '';
    if (kind.mandatory) {
      return html`<li part="kind" data-kind=${kind.kind} class="mandatory">
        <div>
          <p class="kind-name">${name}</p>
          <div class="kind-notes"><portico-badge variant="warning">${msg('Always emailed (security)', { id: 'notifications.mandatory' })}</portico-badge></div>
        </div>
        <portico-select name=${kind.kind} label=${msg(str`How you hear of: ${name}`, { id: 'notifications.channel-label' })} disabled
          .value=${kind.channel} .options=${CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))} error=${this.fieldErrors[kind.kind] ?? ''}
          hint=${msg('A security notice: it cannot be turned off.', { id: 'notifications.mandatory.hint' })}></portico-select>
      </li>`;
    }
    // While the default applies the server's channel is the default's; once chosen, what it is shows after saving.
    const defaultLabel = kind.chosen
      ? msg('Default', { id: 'notifications.default' })
      : msg(str`Default (${channelLabel(kind.channel)})`, { id: 'notifications.default-is' });
    const options = [{ value: '', label: defaultLabel }, ...CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))];
    return html`<li part="kind" data-kind=${kind.kind}>
      <div>
        <p class="kind-name">${name}</p>
        ${isDefault ? html`<div class="kind-notes"><portico-badge variant="neutral" data-marker="default">${msg('Default', { id: 'notifications.default' })}</portico-badge></div>` : nothing}
      </div>
      <portico-select name=${kind.kind} label=${msg(str`How you hear of: ${name}`, { id: 'notifications.channel-label' })} .value=${choice} .options=${options}
        error=${this.fieldErrors[kind.kind] ?? ''} @portico-change=${(e: CustomEvent<{ value: string }>) => this.#choose(kind, e.detail.value)}></portico-select>
    </li>`;
  }

  #form(p: Preferences) {
    const digest = this.digest ?? p.digest;
    return html`<p class="muted">${msg('Choose how each kind of notification reaches you. In the portal, they appear under the bell and on the notifications page.', { id: 'notifications.preferences.lead' })}</p>
      <div class="digest" part="digest">
        <portico-select name="digest" label=${msg('Email digest', { id: 'notifications.digest' })} .value=${digest}
          .options=${DIGESTS.map((d) => ({ value: d, label: digestLabel(d) }))} error=${this.fieldErrors.digest ?? ''}
          hint=${msg('A digest gathers the emails of a day or a week into one. Security notices are still emailed at once.', { id: 'notifications.digest.hint' })}
          @portico-change=${(e: CustomEvent<{ value: string }>) => this.#chooseDigest(p.digest, e.detail.value)}></portico-select>
      </div>
      <div part="plugins">
        ${p.kinds.length
          ? byPlugin(p.kinds).map(([pluginId, kinds]) => html`<section class="plugin" part="plugin" data-plugin=${pluginId} aria-labelledby=${`plugin-${pluginId}`}>
              <h2 id=${`plugin-${pluginId}`}>${pluginLabel(pluginId)}</h2>
              <ul class="kinds">${kinds.map((k) => this.#kind(k))}</ul>
            </section>`)
          : html`<portico-empty-state heading=${msg('Nothing to choose yet', { id: 'notifications.preferences.empty' })}>
              ${msg('None of the programme’s features sends you notifications.', { id: 'notifications.preferences.empty.body' })}
            </portico-empty-state>`}
      </div>
      ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
      <div class="actions form-actions">
        <portico-button data-action="save" ?disabled=${!this.dirty} ?loading=${this.saving} @click=${this.#save}>${msg('Save preferences', { id: 'notifications.preferences.save' })}</portico-button>
        <portico-button data-action="undo" variant="secondary" ?disabled=${!this.dirty || this.saving} @click=${this.#undo}>${msg('Undo changes', { id: 'notifications.undo' })}</portico-button>
      </div>`;
  }

  protected override render() {
    return html`<div class="heading">
        <h1>${msg('Notification preferences', { id: 'notifications.preferences.title' })}</h1>
        <div class="actions"><a href="/notifications">${msg('Your notifications', { id: 'notifications.centre-link' })}</a></div>
      </div>
      ${renderResource(this.preferences, (p) => this.#form(p))}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-notification-preferences': PorticoNotificationPreferences;
  }
}

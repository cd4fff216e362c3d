import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clientContext, hasPermission, isProblem, isStaff, localeContext, renderResource, sessionContext, toast, type Locale, type Session,
} from '@portico/widgets';
import { P } from '../permissions.js';
import {
  CHANNELS, DIGESTS, byPlugin, channelLabel, digestLabel, notificationsCall, pageStyles, pluginLabel, problemText, wordsIn, type Channel, type Digest, type KindDefault,
  type NotificationSettings,
} from './shared.js';

interface Loaded {
  kinds: KindDefault[];
  settings: NotificationSettings;
}

function audienceLabel(audience: KindDefault['audience']): string {
  return {
    partner: () => msg('Partners', { id: 'notifications.audience.partner' }),
    staff: () => msg('Staff', { id: 'notifications.audience.staff' }),
    everyone: () => msg('Everyone', { id: 'notifications.audience.everyone' }),
  }[audience]();
}

const sameDefaults = (a: Record<string, Channel>, b: Record<string, Channel>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([kind, channel]) => b[kind] === channel);
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((kind, i) => b[i] === kind);

/**
 * How notifications reach the tenant's people by default (`/settings/notification-defaults`, staff
 * with `notifications.manage`): per kind, grouped by plugin, the channel of those who did not choose
 * (or as its plugin declares it) and whether it is mandatory — always emailed at once, whatever people
 * choose; the security notices their plugins declare mandatory stay so — and the digest people start
 * with. Saved as `PATCH /notifications/settings` with the fields changed; the server's objection shows
 * at the row it names (`/defaults/<kind>`, `/mandatory/N`).
 *
 * @csspart digest, plugins, plugin, kind
 */
@customElement('portico-notification-settings')
export class PorticoNotificationSettings extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      .form-actions {
        margin-block-start: var(--portico-space-4, 1rem);
      }
      .controls {
        display: grid;
        gap: var(--portico-space-2, 0.5rem);
      }
    `,
  ];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  /** The tenant's defaults as being changed. */
  @state() accessor defaults: Record<string, Channel> = {};
  @state() accessor mandatory: string[] = [];
  @state() accessor digest: Digest = 'off';
  @state() accessor saving = false;
  /** The server's objection to a row (by kind), or to the digest (`digest`). */
  @state() accessor fieldErrors: Record<string, string> = {};
  @state() accessor message = '';

  #loaded: Loaded | null = null;

  get #allowed(): boolean {
    return isStaff(this.session) && hasPermission(this.session, P.manage);
  }

  readonly data = new ResourceController(this, {
    args: () => [this.client, this.#allowed] as const,
    enabled: ([client, allowed]) => !!client && allowed,
    isEmpty: () => false,
    load: async ([client], signal): Promise<Loaded> => {
      const [catalog, settings] = await Promise.all([
        notificationsCall(client, 'GET /notifications/kinds', { signal }),
        notificationsCall(client, 'GET /notifications/settings', { signal }),
      ]);
      return { kinds: catalog.kinds, settings };
    },
  });

  get dirty(): boolean {
    const saved = this.#loaded?.settings;
    return !!saved && (!sameDefaults(this.defaults, saved.defaults) || !sameList(this.mandatory, saved.mandatory) || this.digest !== saved.digest);
  }

  protected override willUpdate(): void {
    // A newly loaded (or saved) value becomes the starting point.
    const value = this.data.status === 'ready' ? (this.data.value as Loaded) : null;
    if (value && value !== this.#loaded) {
      this.#loaded = value;
      this.#startFrom(value.settings);
    }
  }

  #startFrom(settings: NotificationSettings): void {
    this.defaults = { ...settings.defaults };
    this.mandatory = [...settings.mandatory];
    this.digest = settings.digest;
  }

  #clearError(key: string): void {
    if (this.fieldErrors[key]) this.fieldErrors = Object.fromEntries(Object.entries(this.fieldErrors).filter(([k]) => k !== key));
  }

  #setDefault(kind: string, value: string): void {
    const { [kind]: _previous, ...others } = this.defaults;
    this.defaults = value ? { ...others, [kind]: value as Channel } : others;
    this.#clearError(kind);
  }

  #setMandatory(kind: string, checked: boolean): void {
    this.mandatory = checked ? (this.mandatory.includes(kind) ? this.mandatory : [...this.mandatory, kind]) : this.mandatory.filter((k) => k !== kind);
    this.#clearError(kind);
  }

  #undo = () => {
    if (this.#loaded) this.#startFrom(this.#loaded.settings);
    this.fieldErrors = {};
    this.message = '';
  };

  #save = async () => {
    const saved = this.#loaded!.settings;
    const change: Partial<NotificationSettings> = {};
    if (!sameDefaults(this.defaults, saved.defaults)) change.defaults = { ...this.defaults };
    if (!sameList(this.mandatory, saved.mandatory)) change.mandatory = [...this.mandatory];
    if (this.digest !== saved.digest) change.digest = this.digest;
    this.saving = true;
    this.fieldErrors = {};
    this.message = '';
    try {
      const settings = await notificationsCall(this.client, 'PATCH /notifications/settings', { body: change });
      const loaded = { kinds: this.#loaded!.kinds, settings };
      this.#loaded = loaded;
      this.data.value = loaded;
      this.#startFrom(settings);
      toast(msg('Notification defaults saved.', { id: 'notifications.settings.saved' }), { variant: 'success' });
    } catch (error) {
      if (isProblem(error) && error.errors?.length) {
        const byField: Record<string, string> = {};
        const other: string[] = [];
        for (const fieldError of error.errors) {
          const kind = /(?:^|\/)defaults\/([^/]+)$/.exec(fieldError.field)?.[1];
          const index = /(?:^|\/)mandatory\/(\d+)$/.exec(fieldError.field)?.[1];
          const key = kind ?? (index !== undefined ? change.mandatory?.[Number(index)] : undefined) ?? (/(?:^|\/)digest$/.test(fieldError.field) ? 'digest' : undefined);
          if (key) byField[key] = byField[key] ? `${byField[key]} ${fieldError.message}` : fieldError.message;
          else other.push(fieldError.message);
        }
        this.fieldErrors = byField;
        this.message = other.join(' ');
      } else {
        this.message = problemText(error);
      }
    } finally {
      this.saving = false;
    }
  };

  #kind(kind: KindDefault) {
    const name = wordsIn(kind.label, this.locale);
    const nameId = `kind-${kind.kind}`;
    const options = [
      { value: '', label: msg(str`As declared: ${channelLabel(kind.declaredChannel)}`, { id: 'notifications.settings.as-declared' }) },
      ...CHANNELS.map((c) => ({ value: c, label: channelLabel(c) })),
    ];
    const error = this.fieldErrors[kind.kind] ?? '';
    return html`<li part="kind" data-kind=${kind.kind}>
      <div>
        <p class="kind-name" id=${nameId}>${name}</p>
        <div class="kind-notes">
          <portico-badge variant="neutral">${audienceLabel(kind.audience)}</portico-badge>
          <code class="muted">${kind.kind}</code>
        </div>
      </div>
      <div class="controls" role="group" aria-labelledby=${nameId}>
        <portico-select name=${kind.kind} label=${msg('Default channel', { id: 'notifications.settings.channel' })} .value=${this.defaults[kind.kind] ?? ''} .options=${options}
          error=${error} @portico-change=${(e: CustomEvent<{ value: string }>) => this.#setDefault(kind.kind, e.detail.value)}></portico-select>
        <portico-checkbox name="mandatory" value=${kind.kind} label=${msg('Mandatory: always emailed at once', { id: 'notifications.settings.mandatory' })}
          ?checked=${kind.declaredMandatory || this.mandatory.includes(kind.kind)} ?disabled=${kind.declaredMandatory}
          hint=${kind.declaredMandatory ? msg('A security notice: its plugin makes it mandatory.', { id: 'notifications.settings.declared-mandatory' }) : ''}
          @portico-change=${(e: CustomEvent<{ checked: boolean }>) => this.#setMandatory(kind.kind, e.detail.checked)}></portico-checkbox>
      </div>
    </li>`;
  }

  #form({ kinds }: Loaded) {
    const dirty = this.dirty;
    return html`<p class="muted">${msg('How each kind of notification reaches people who have not chosen themselves, and which always reach them by email.', { id: 'notifications.settings.lead' })}</p>
      <div class="digest" part="digest">
        <portico-select name="digest" label=${msg('Default digest', { id: 'notifications.settings.digest' })} .value=${this.digest}
          .options=${DIGESTS.map((d) => ({ value: d, label: digestLabel(d) }))} error=${this.fieldErrors.digest ?? ''}
          hint=${msg('For people who have not chosen their own.', { id: 'notifications.settings.digest-hint' })}
          @portico-change=${(e: CustomEvent<{ value: string }>) => ((this.digest = e.detail.value as Digest), this.#clearError('digest'))}></portico-select>
      </div>
      <div part="plugins">
        ${kinds.length
          ? byPlugin(kinds).map(([pluginId, list]) => html`<section class="plugin" part="plugin" data-plugin=${pluginId} aria-labelledby=${`plugin-${pluginId}`}>
              <h2 id=${`plugin-${pluginId}`}>${pluginLabel(pluginId)}</h2>
              <ul class="kinds">${list.map((k) => this.#kind(k))}</ul>
            </section>`)
          : html`<portico-empty-state heading=${msg('No notifications declared', { id: 'notifications.settings.empty' })}>
              ${msg('None of the programme’s plugins declares notifications.', { id: 'notifications.settings.empty.body' })}
            </portico-empty-state>`}
      </div>
      ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
      <div class="actions form-actions">
        <portico-button data-action="save" ?disabled=${!dirty} ?loading=${this.saving} @click=${this.#save}>${msg('Save defaults', { id: 'notifications.settings.save' })}</portico-button>
        <portico-button data-action="undo" variant="secondary" ?disabled=${!dirty || this.saving} @click=${this.#undo}>${msg('Undo changes', { id: 'notifications.undo' })}</portico-button>
      </div>`;
  }

  protected override render() {
    const title = html`<h1>${msg('Notification defaults', { id: 'notifications.settings.title' })}</h1>`;
    if (!this.#allowed) {
      return html`${title}<p role="status">${msg('The notification defaults are changed by the programme’s staff who manage notifications.', { id: 'notifications.settings.not-allowed' })}</p>`;
    }
    return html`${title}${renderResource(this.data, (loaded) => this.#form(loaded))}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-notification-settings': PorticoNotificationSettings;
  }
}

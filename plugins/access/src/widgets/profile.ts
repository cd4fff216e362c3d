import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDateTime, formatRelativeTime, localeContext, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import { pageStyles, problemText, type Profile, type SessionRow } from './shared.js';


const LANGUAGES: { value: Locale; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
  { value: 'es', label: 'Español' },
];

/** The browser's zones, with `current` kept even where the browser does not list it (UTC, say). */
function timeZones(current: string): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? ['UTC', 'Europe/Paris', 'Europe/Madrid', 'Europe/London', 'America/New_York'];
  return zones.includes(current) ? zones : [current, ...zones];
}

/**
 * The signed-in person's own page: name, language (applied at once) and time zone; the devices
 * signed in, with the current one marked; signing one out, or every one after a confirmation.
 *
 * @fires portico-locale-change - The person chose a language (detail `{ locale }`).
 * @fires portico-session-changed - After signing out everywhere (or this device).
 * @csspart profile-form, sessions
 */
@customElement('portico-profile')
export class PorticoProfile extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @state() accessor saving = false;
  @state() accessor revoking: string | null = null;
  @state() accessor formMessage = '';
  @query('#everywhere') private accessor everywhereDialog!: PorticoDialog;

  readonly profile = new ResourceController(this, {
    args: () => [this.client] as const,
    load: ([client], signal) => client.get('/access/profile', { signal }),
    isEmpty: () => false,
  });
  readonly sessions = new ResourceController(this, {
    args: () => [this.client, this.#embedded()] as const,
    load: async ([client, embedded], signal) => (embedded ? { items: [] } : client.get('/access/sessions', { signal })),
  });

  /** Shown on a host site with an embed token: the portal's devices and "sign out everywhere" are not the visitor's business there. */
  #embedded(): boolean {
    return this.session?.via === 'embed';
  }

  #save = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) => form.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)!.value;
    this.saving = true;
    this.formMessage = '';
    clearProblem(form);
    try {
      const saved = await this.client.patch('/access/profile', { body: { name: value('name'), timeZone: value('timeZone') } });
      this.profile.value = saved;
      toast(msg('Your profile is saved.', { id: 'access.profile.saved' }), { variant: 'success' });
    } catch (error) {
      this.formMessage = applyProblem(error, form).join(' ');
    } finally {
      this.saving = false;
    }
  };

  /** A language applies at once: the page switches, and the choice is kept for emails and next visits. */
  #changeLanguage = async (event: CustomEvent<{ value: string }>) => {
    const locale = event.detail.value as Locale;
    this.emit('portico-locale-change', { locale });
    try {
      this.profile.value = await this.client.patch('/access/profile', { body: { locale } });
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    }
  };

  async #revoke(row: SessionRow) {
    this.revoking = row.id;
    try {
      await this.client.delete('/access/sessions/{id}', { params: { id: row.id } });
      if (row.current) {
        this.emit('portico-session-changed');
        return;
      }
      toast(msg('That device is signed out.', { id: 'access.sessions.revoked' }), { variant: 'success' });
      await this.sessions.retry();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.revoking = null;
    }
  }

  #signOutEverywhere = async () => {
    this.saving = true;
    try {
      await this.client.post('/access/sessions/revoke-all', { body: { keepCurrent: false } });
      this.everywhereDialog.close();
      this.emit('portico-session-changed');
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.saving = false;
    }
  };

  #columns(): DataTableColumn<SessionRow>[] {
    return [
      {
        key: 'device',
        label: () => msg('Device', { id: 'access.sessions.device' }),
        render: (row) => html`${row.device}${row.current ? html` <portico-badge variant="info">${msg('This device', { id: 'access.sessions.current' })}</portico-badge>` : nothing}`,
      },
      { key: 'createdAt', label: () => msg('Signed in', { id: 'access.sessions.created' }), render: (row) => formatDateTime(row.createdAt, this.locale) },
      { key: 'lastSeenAt', label: () => msg('Last active', { id: 'access.sessions.last-seen' }), render: (row) => formatRelativeTime(row.lastSeenAt, this.locale) },
      {
        key: 'actions',
        label: () => msg('Actions', { id: 'access.actions' }),
        render: (row) => html`<portico-button variant="secondary" ?loading=${this.revoking === row.id} @click=${() => this.#revoke(row)}>
          ${row.current ? msg('Sign out', { id: 'access.sessions.sign-out' }) : msg('Sign out this device', { id: 'access.sessions.revoke' })}</portico-button>`,
      },
    ];
  }

  #timeZoneSelect(zone: string) {
    return html`<portico-select name="timeZone" label=${msg('Time zone', { id: 'access.profile.time-zone' })} .value=${zone}
      .options=${timeZones(zone).map((value) => ({ value, label: value.replace(/_/g, ' ') }))}></portico-select>`;
  }

  protected override render() {
    return html`<h1>${msg('Your profile', { id: 'access.profile.title' })}</h1>
      ${renderResource(this.profile, (profile) => html`<form part="profile-form" novalidate @keydown=${submitOnEnter} @submit=${this.#save}>
        <p class="muted">${profile.email}</p>
        <portico-field name="name" required autocomplete="name" label=${msg('Name', { id: 'access.profile.name' })} .value=${profile.name}></portico-field>
        <portico-select name="locale" label=${msg('Language', { id: 'access.profile.language' })} .value=${profile.locale ?? this.locale}
          .options=${LANGUAGES} @portico-change=${this.#changeLanguage}></portico-select>
        ${this.#timeZoneSelect(profile.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone)}
        ${this.formMessage ? html`<p class="alert" role="alert">${this.formMessage}</p>` : nothing}
        <div class="actions"><portico-button type="submit" ?loading=${this.saving}>${msg('Save', { id: 'access.save' })}</portico-button></div>
      </form>`)}
      ${this.#embedded() ? nothing : this.#renderSessions()}`;
  }

  #renderSessions() {
    return html`<h2>${msg('Where you are signed in', { id: 'access.sessions.title' })}</h2>
      <div part="sessions">
        ${renderResource(this.sessions, (page) => html`<portico-data-table label=${msg('Signed-in devices', { id: 'access.sessions.table' })}
          .columns=${this.#columns()} .rows=${page.items}></portico-data-table>`)}
        <p class="actions"><portico-button variant="danger" @click=${() => this.everywhereDialog.show()}>${msg('Sign out everywhere', { id: 'access.sessions.everywhere' })}</portico-button></p>
      </div>
      <portico-dialog id="everywhere" label=${msg('Sign out everywhere?', { id: 'access.sessions.everywhere.title' })}>
        <p>${msg('Every device, this one included, will have to sign in again.', { id: 'access.sessions.everywhere.body' })}</p>
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.everywhereDialog.close()}>${msg('Cancel', { id: 'access.cancel' })}</portico-button>
          <portico-button variant="danger" ?loading=${this.saving} @click=${this.#signOutEverywhere}>${msg('Sign out everywhere', { id: 'access.sessions.everywhere' })}</portico-button>
        </div>
      </portico-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-profile': PorticoProfile;
  }
}

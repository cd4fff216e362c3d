import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDateTime, formatRelativeTime, localeContext, renderResource, submitOnEnter, toast,
  type DataTableColumn, type Locale, type PorticoDialog,
} from '@portico/widgets';
import type { ApiKeyAudience, NewApiKey } from '../schemas.js';
import { copyText, pageStyles, problemText, type ApiKey, type PermissionMatrix } from './shared.js';

const audienceLabel = (audience: ApiKeyAudience) =>
  audience === 'members' ? msg('Partner members only', { id: 'access.api-keys.audience.members' }) : msg('Partner members and your staff', { id: 'access.api-keys.audience.staff' });

/**
 * The tenant's secret API keys for its backend: create one (its secret shown once, with copy) for an
 * audience and, if wanted, only some permissions; see when each was last used; revoke one after
 * confirming (the embed tokens it minted end with it).
 *
 * @csspart table, secret
 */
@customElement('portico-api-keys')
export class PorticoApiKeys extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor rows: ApiKey[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor busy = false;
  @state() accessor message = '';
  @state() accessor secret: string | null = null;
  @state() accessor revoking: ApiKey | null = null;
  @state() accessor limited = false;
  @state() accessor catalog: PermissionMatrix | null = null;
  @query('#create') private accessor createDialog!: PorticoDialog;
  @query('#revoke') private accessor revokeDialog!: PorticoDialog;

  readonly keys = new ResourceController(this, {
    args: () => [this.client] as const,
    load: async ([client], signal) => {
      const page = await client.list('/access/api-keys', { signal });
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  #open = () => {
    this.secret = null;
    this.message = '';
    this.limited = false;
    const form = this.renderRoot.querySelector<HTMLFormElement>('#create form');
    if (form) clearProblem(form);
    this.createDialog.show();
  };

  #create = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const name = form.querySelector<HTMLElement & { value: string }>('[name=name]')!.value.trim();
    const audience = (form.querySelector<HTMLElement & { value: string }>('[name=audience]')?.value ?? 'members') as ApiKeyAudience;
    const body: NewApiKey = { name, audience };
    if (this.limited) {
      body.scopes = [...form.querySelectorAll<HTMLElement & { checked: boolean; value: string }>('portico-checkbox[name=scopes]')].filter((c) => c.checked).map((c) => c.value);
    }
    this.busy = true;
    this.message = '';
    clearProblem(form);
    try {
      const created = await this.client.post('/access/api-keys', { body });
      this.secret = created.key;
      await this.keys.retry();
    } catch (error) {
      this.message = applyProblem(error, form).join(' ');
    } finally {
      this.busy = false;
    }
  };

  #revoke = async () => {
    const key = this.revoking!;
    this.busy = true;
    try {
      await this.client.delete('/access/api-keys/{id}', { params: { id: key.id } });
      this.revokeDialog.close();
      toast(msg(str`The key “${key.name}” is revoked.`, { id: 'access.api-keys.revoked' }), { variant: 'success' });
      await this.keys.retry();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = false;
    }
  };

  async #more() {
    const page = await this.client.list('/access/api-keys', { cursor: this.nextCursor }).catch((error: unknown) => (toast(problemText(error), { variant: 'danger' }), null));
    if (page) [this.rows, this.nextCursor] = [[...this.rows, ...page.items], page.nextCursor];
  }

  async #limit(checked: boolean) {
    this.limited = checked;
    if (!checked || this.catalog) return;
    try {
      this.catalog = await this.client.get('/access/permissions');
    } catch (error) {
      this.message = problemText(error);
    }
  }

  #scopesText(k: ApiKey): string {
    return k.scopes === null
      ? msg('Every permission but administrative ones', { id: 'access.api-keys.scopes.default' })
      : k.scopes.length === 1
        ? msg('1 permission', { id: 'access.api-keys.scopes.one' })
        : msg(str`${k.scopes.length} permissions`, { id: 'access.api-keys.scopes.count' });
  }

  #scopesPicker() {
    if (!this.limited) return nothing;
    if (!this.catalog) return this.message ? nothing : html`<portico-skeleton lines="4"></portico-skeleton>`;
    return this.catalog.plugins.map(
      (p) => html`<fieldset><legend>${p.plugin}</legend>
        ${p.permissions.map(
          (perm) => html`<portico-checkbox name="scopes" value=${perm.key} label=${perm.description}
            hint=${perm.administrative ? msg(str`${perm.key} · administrative: never for your staff`, { id: 'access.api-keys.scopes.administrative' }) : perm.key}></portico-checkbox>`,
        )}</fieldset>`,
    );
  }

  #columns(): DataTableColumn<ApiKey>[] {
    return [
      { key: 'name', label: () => msg('Name', { id: 'access.profile.name' }), render: (k) => html`${k.name} <span class="muted">…${k.hint}</span>` },
      {
        key: 'audience',
        label: () => msg('Signs in', { id: 'access.api-keys.audience' }),
        render: (k) => html`${audienceLabel(k.audience)}<br><span class="muted">${this.#scopesText(k)}</span>`,
      },
      { key: 'createdAt', label: () => msg('Created', { id: 'access.created' }), render: (k) => formatDateTime(k.createdAt, this.locale) },
      { key: 'lastUsedAt', label: () => msg('Last used', { id: 'access.api-keys.last-used' }), render: (k) => (k.lastUsedAt ? formatRelativeTime(k.lastUsedAt, this.locale) : msg('Never', { id: 'access.never' })) },
      {
        key: 'actions',
        label: () => msg('Actions', { id: 'access.actions' }),
        render: (k) =>
          k.revokedAt
            ? html`<portico-badge>${msg('Revoked', { id: 'access.api-keys.revoked-badge' })}</portico-badge>`
            : html`<portico-button variant="danger" @click=${() => ((this.revoking = k), this.revokeDialog.show())}>${msg('Revoke', { id: 'access.revoke' })}</portico-button>`,
      },
    ];
  }

  protected override render() {
    return html`<h1>${msg('API keys', { id: 'access.api-keys.title' })}</h1>
      <p class="muted">${msg('Your backend uses a key to sign your visitors in to embedded widgets. Keep keys secret.', { id: 'access.api-keys.lead' })}</p>
      <p class="actions"><portico-button @click=${this.#open}>${msg('Create a key', { id: 'access.api-keys.create' })}</portico-button></p>
      ${renderResource(this.keys, () => html`<portico-data-table part="table" label=${msg('API keys', { id: 'access.api-keys.title' })} .columns=${this.#columns()} .rows=${this.rows}
          ?has-more=${!!this.nextCursor} @portico-load-more=${() => this.#more()}></portico-data-table>`, {
        empty: () => html`<portico-empty-state heading=${msg('No API keys yet', { id: 'access.api-keys.empty' })}>${msg('Create one for the backend that embeds Portico.', { id: 'access.api-keys.empty.body' })}
          <portico-button slot="action" @click=${this.#open}>${msg('Create a key', { id: 'access.api-keys.create' })}</portico-button></portico-empty-state>`,
      })}
      <portico-dialog id="create" label=${msg('Create a key', { id: 'access.api-keys.create' })}>
        ${this.secret
          ? html`<div class="stack"><p>${msg('Copy the key now and store it in your backend: it will not be shown again.', { id: 'access.api-keys.shown-once' })}</p>
              <code part="secret" class="secret">${this.secret}</code>
              <div class="actions">
                <portico-button @click=${async () => toast((await copyText(this.secret!)) ? msg('Key copied.', { id: 'access.api-keys.copied' }) : msg('Copying is blocked here: select the key and copy it yourself.', { id: 'access.api-keys.copy-blocked' }))}>${msg('Copy', { id: 'access.copy' })}</portico-button>
                <portico-button variant="secondary" @click=${() => this.createDialog.close()}>${msg('Done', { id: 'access.done' })}</portico-button>
              </div></div>`
          : html`<form novalidate @keydown=${submitOnEnter} @submit=${this.#create}>
              <portico-field name="name" required label=${msg('Name', { id: 'access.profile.name' })} hint=${msg('What uses it, e.g. CRM backend', { id: 'access.api-keys.name-hint' })}></portico-field>
              <portico-select name="audience" value="members" label=${msg('Signs in', { id: 'access.api-keys.audience' })}
                hint=${msg('Your staff’s embedded widgets never administer people, groups, partners, keys or settings.', { id: 'access.api-keys.audience.hint' })}
                .options=${(['members', 'members-and-staff'] as const).map((a) => ({ value: a, label: audienceLabel(a) }))}></portico-select>
              <portico-checkbox name="limited" ?checked=${this.limited} label=${msg('Only some permissions', { id: 'access.api-keys.limit' })}
                hint=${msg('Otherwise the widgets may do all their people may, but administrative acts.', { id: 'access.api-keys.limit.hint' })}
                @portico-change=${(e: CustomEvent<{ checked: boolean }>) => this.#limit(e.detail.checked)}></portico-checkbox>
              ${this.#scopesPicker()}
              ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
              <div class="actions"><portico-button type="submit" ?loading=${this.busy}>${msg('Create', { id: 'access.create' })}</portico-button>
                <portico-button variant="secondary" @click=${() => this.createDialog.close()}>${msg('Cancel', { id: 'access.cancel' })}</portico-button></div>
            </form>`}
      </portico-dialog>
      <portico-dialog id="revoke" label=${msg('Revoke this key?', { id: 'access.api-keys.revoke.title' })}>
        <p>${this.revoking ? msg(str`“${this.revoking.name}” stops working at once, and the widgets it signed people in to end.`, { id: 'access.api-keys.revoke.body' }) : nothing}</p>
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.revokeDialog.close()}>${msg('Cancel', { id: 'access.cancel' })}</portico-button>
          <portico-button variant="danger" ?loading=${this.busy} @click=${this.#revoke}>${msg('Revoke', { id: 'access.revoke' })}</portico-button>
        </div>
      </portico-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-api-keys': PorticoApiKeys;
  }
}

import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatNumber, hasPermission, localeContext, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import type { NewPartner, PartnerChanges, PartnerStatus } from '../schemas.js';
import { pageStyles, problemText, type Partner } from './shared.js';

function statusLabel(status: PartnerStatus): string {
  return {
    active: () => msg('Active', { id: 'access.people.status.active' }),
    suspended: () => msg('Suspended', { id: 'access.partners.status.suspended' }),
    archived: () => msg('Archived', { id: 'access.partners.status.archived' }),
  }[status]();
}
const VARIANT = { active: 'success', suspended: 'warning', archived: 'neutral' } as const;

/** A country's name in the page's language, from its ISO code. */
function countryName(code: string | null, locale: Locale): string {
  if (!code) return '—';
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The partner organisations of the programme (staff): search, status filter, cursor paging; with
 * `access.partners.manage`, create one and change its name, tier, country or status.
 *
 * @csspart filters, table
 */
@customElement('portico-partners')
export class PorticoPartners extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @state() accessor search = '';
  @state() accessor status: PartnerStatus | '' = '';
  @state() accessor rows: Partner[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor editing: Partner | null = null;
  @state() accessor busy = false;
  @state() accessor message = '';
  @query('#edit') private accessor dialog!: PorticoDialog;

  readonly partners = new ResourceController(this, {
    args: () => [this.client, this.search, this.status] as const,
    enabled: ([client]) => !!client,
    load: async ([client, q, status], signal) => {
      const page = await client.list('/access/partners', { query: { q: q || undefined, status: status || undefined }, signal });
      [this.rows, this.nextCursor] = [page.items, page.nextCursor];
      return page;
    },
  });

  get #manage() {
    return hasPermission(this.session, 'access.partners.manage');
  }

  async #more() {
    try {
      const page = await this.client.list('/access/partners', { query: { q: this.search || undefined, status: this.status || undefined }, cursor: this.nextCursor });
      [this.rows, this.nextCursor] = [[...this.rows, ...page.items], page.nextCursor];
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    }
  }

  #open(partner: Partner | null) {
    this.editing = partner;
    this.message = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#edit form');
    if (form) clearProblem(form);
    this.dialog.show();
  }

  #save = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const read = (name: string) => form.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)?.value.trim() ?? '';
    // The form's values as chosen: the server validates them.
    const body: NewPartner & PartnerChanges = { name: read('name'), tier: read('tier') || null, country: read('country').toUpperCase() || null };
    if (this.editing) body.status = read('status') as PartnerStatus;
    this.busy = true;
    this.message = '';
    clearProblem(form);
    try {
      const client = this.client;
      if (this.editing) await client.patch('/access/partners/{id}', { params: { id: this.editing.id }, body });
      else await client.post('/access/partners', { body });
      this.dialog.close();
      toast(this.editing ? msg(str`${body.name} is saved.`, { id: 'access.partners.saved' }) : msg(str`${body.name} is created.`, { id: 'access.partners.created' }), { variant: 'success' });
      await this.partners.retry();
    } catch (error) {
      this.message = applyProblem(error, form).join(' ');
    } finally {
      this.busy = false;
    }
  };

  #columns(): DataTableColumn<Partner>[] {
    return [
      { key: 'name', label: () => msg('Name', { id: 'access.profile.name' }) },
      { key: 'tier', label: () => msg('Tier', { id: 'access.partners.tier' }), render: (p) => p.tier ?? '—' },
      { key: 'country', label: () => msg('Country', { id: 'access.partners.country' }), render: (p) => countryName(p.country, this.locale) },
      { key: 'memberCount', label: () => msg('People', { id: 'access.people.title' }), align: 'end', render: (p) => formatNumber(p.memberCount, this.locale) },
      { key: 'status', label: () => msg('Status', { id: 'access.mfa.status' }), render: (p) => html`<portico-badge variant=${VARIANT[p.status]}>${statusLabel(p.status)}</portico-badge>` },
      ...(this.#manage
        ? [<DataTableColumn<Partner>>{ key: 'actions', label: () => msg('Actions', { id: 'access.actions' }), render: (p) => html`<portico-button variant="secondary" @click=${() => this.#open(p)}>${msg('Edit', { id: 'access.edit' })}</portico-button>` }]
        : []),
    ];
  }

  protected override render() {
    const p = this.editing;
    const filtered = !!(this.search || this.status);
    return html`<h1>${msg('Partner organisations', { id: 'access.partners.title' })}</h1>
      <div class="toolbar" part="filters">
        <form role="search" @keydown=${submitOnEnter} @submit=${(e: Event) => {
          e.preventDefault();
          this.search = (this.renderRoot.querySelector('[name=q]') as HTMLElement & { value: string }).value.trim();
        }}><portico-field name="q" label=${msg('Search by name', { id: 'access.partners.search' })}></portico-field></form>
        <portico-select name="status" label=${msg('Status', { id: 'access.mfa.status' })} .value=${this.status}
          .options=${[{ value: '', label: msg('Active and suspended', { id: 'access.partners.current' }) }, ...(['active', 'suspended', 'archived'] as const).map((s) => ({ value: s, label: statusLabel(s) }))]}
          @portico-change=${(e: CustomEvent<{ value: string }>) => (this.status = e.detail.value as PartnerStatus | '')}></portico-select>
        ${this.#manage ? html`<portico-button @click=${() => this.#open(null)}>${msg('Add an organisation', { id: 'access.partners.add' })}</portico-button>` : nothing}
      </div>
      ${renderResource(this.partners, () => html`<portico-data-table part="table" label=${msg('Partner organisations', { id: 'access.partners.title' })} .columns=${this.#columns()} .rows=${this.rows}
          ?has-more=${!!this.nextCursor} @portico-load-more=${() => this.#more()}></portico-data-table>`, {
        empty: () => html`<portico-empty-state heading=${filtered ? msg('No organisation matches', { id: 'access.partners.no-match' }) : msg('No partner organisations yet', { id: 'access.partners.empty' })}>
          ${this.#manage && !filtered ? html`<portico-button slot="action" @click=${() => this.#open(null)}>${msg('Add an organisation', { id: 'access.partners.add' })}</portico-button>` : nothing}
        </portico-empty-state>`,
      })}
      <portico-dialog id="edit" label=${p ? msg(str`Edit ${p.name}`, { id: 'access.partners.edit-title' }) : msg('Add an organisation', { id: 'access.partners.add' })}>
        <form novalidate @keydown=${submitOnEnter} @submit=${this.#save}>
          <portico-field name="name" required label=${msg('Name', { id: 'access.profile.name' })} .value=${p?.name ?? ''}></portico-field>
          <portico-field name="tier" label=${msg('Tier', { id: 'access.partners.tier' })} hint=${msg('E.g. Gold; leave empty for none', { id: 'access.partners.tier-hint' })} .value=${p?.tier ?? ''}></portico-field>
          <portico-field name="country" label=${msg('Country code', { id: 'access.partners.country-code' })} hint=${msg('Two letters, e.g. FR', { id: 'access.partners.country-hint' })} .value=${p?.country ?? ''}></portico-field>
          ${p
            ? html`<portico-select name="status" label=${msg('Status', { id: 'access.mfa.status' })} .value=${p.status}
                hint=${msg('A suspended or archived organisation cannot invite or reactivate anyone.', { id: 'access.partners.status-hint' })}
                .options=${(['active', 'suspended', 'archived'] as const).map((s) => ({ value: s, label: statusLabel(s) }))}></portico-select>`
            : nothing}
          ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
          <div class="actions"><portico-button type="submit" ?loading=${this.busy}>${msg('Save', { id: 'access.save' })}</portico-button>
            <portico-button variant="secondary" @click=${() => this.dialog.close()}>${msg('Cancel', { id: 'access.cancel' })}</portico-button></div>
        </form>
      </portico-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-partners': PorticoPartners;
  }
}

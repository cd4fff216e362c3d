import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, hasPermission, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type PorticoDialog, type Session,
} from '@portico/widgets';
import { loadPartners, pageStyles, partnerPicker, problemText, type Assignee, type Client, type Partner } from './shared.js';


/**
 * Staff: the client companies of a partner organisation (picked from the list), with who looks after
 * each; an assignment left to someone outside the organisation is flagged and can be removed after
 * confirming. With `team.clients.manage`, register a client (field errors from the server) and
 * archive or restore one.
 *
 * @attr partner-id - The organisation shown.
 * @fires portico-team-changed - A client was registered, archived, restored or a leftover removed (detail: `{ clientId, action }`).
 * @csspart table
 */
@customElement('portico-team-clients')
export class PorticoTeamClients extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @property({ attribute: 'partner-id' }) accessor partnerId = '';
  @state() accessor partners: Partner[] = [];
  @state() accessor rows: Client[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;
  @state() accessor busy = '';
  @state() accessor formMessage = '';
  @state() accessor leftover: { client: Client; assignee: Assignee } | null = null;
  @query('#register') private accessor registerDialog!: PorticoDialog;
  @query('#leftover') private accessor leftoverDialog!: PorticoDialog;
  #partnersAsked = false;

  readonly clients = new ResourceController(this, {
    args: () => [this.client, this.partnerId] as const,
    enabled: ([client, partnerId]) => !!client && !!partnerId,
    load: async ([client, partnerId], signal) => {
      const page = await client.list('/team/clients', { query: { partnerId }, signal });
      this.rows = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  protected override willUpdate(): void {
    if (this.client && !this.#partnersAsked) {
      this.#partnersAsked = true;
      void loadPartners(this.client).then((p) => (this.partners = p));
    }
  }

  get #canRegister(): boolean {
    return hasPermission(this.session, 'team.clients.manage');
  }

  async #loadMore() {
    this.loadingMore = true;
    try {
      const page = await this.client.list('/team/clients', { query: { partnerId: this.partnerId }, cursor: this.nextCursor });
      this.rows = [...this.rows, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  #openRegister = () => {
    this.formMessage = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#register form');
    if (form) {
      clearProblem(form);
      for (const field of form.querySelectorAll<HTMLElement & { value: string }>('portico-field')) field.value = '';
    }
    this.registerDialog.show();
  };

  #register = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const read = (name: string) => form.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)?.value.trim() ?? '';
    const body = { name: read('name'), domain: read('domain') || null, country: read('country').toUpperCase() || null, partnerId: this.partnerId };
    this.busy = 'register';
    this.formMessage = '';
    clearProblem(form);
    try {
      const created = await this.client.post('/team/clients', { body });
      this.registerDialog.close();
      toast(msg(str`${body.name} is registered.`, { id: 'team.partner-clients.registered' }), { variant: 'success' });
      this.emit('portico-team-changed', { clientId: created?.id, action: 'registered' });
      await this.clients.retry();
    } catch (error) {
      this.formMessage = applyProblem(error, form).join(' ');
    } finally {
      this.busy = '';
    }
  };

  async #setStatus(client: Client, status: Client['status']) {
    this.busy = client.id;
    try {
      await this.client.patch('/team/clients/{id}', { params: { id: client.id }, body: { status } });
      toast(status === 'archived'
        ? msg(str`${client.name} is archived.`, { id: 'team.partner-clients.archived' })
        : msg(str`${client.name} is active again.`, { id: 'team.partner-clients.restored' }), { variant: 'success' });
      this.emit('portico-team-changed', { clientId: client.id, action: status === 'archived' ? 'archived' : 'restored' });
      await this.clients.retry();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = '';
    }
  }

  #removeLeftover = async () => {
    const { client, assignee } = this.leftover!;
    this.busy = 'leftover';
    try {
      await this.client.delete('/team/clients/{id}/assignments/{personId}', { params: { id: client.id, personId: assignee.personId } });
      this.leftoverDialog.close();
      toast(msg(str`${assignee.name} no longer looks after ${client.name}.`, { id: 'team.partner-clients.leftover-removed' }), { variant: 'success' });
      this.emit('portico-team-changed', { clientId: client.id, action: 'unassigned' });
      await this.clients.retry();
    } catch (error) {
      this.leftoverDialog.close();
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = '';
    }
  };

  #assignees(client: Client) {
    if (!client.assignees.length) return html`<span class="muted">${msg('Nobody', { id: 'team.partner-clients.nobody' })}</span>`;
    return html`<ul class="plain">${client.assignees.map((a) => html`<li>
      ${a.crossOrganisation
        ? html`${a.name} <portico-badge variant="danger">${msg('Outside the organisation', { id: 'team.partner-clients.cross' })}</portico-badge>
            <portico-button variant="text" label=${msg(str`Remove assignment: ${a.name}`, { id: 'team.partner-clients.remove-leftover.for' })}
              @click=${() => ((this.leftover = { client, assignee: a }), this.leftoverDialog.show())}>${msg('Remove assignment', { id: 'team.partner-clients.remove-leftover' })}</portico-button>`
        : html`<a href=${`/team/members/${a.personId}/clients`}>${a.name}</a>`}
    </li>`)}</ul>`;
  }

  #columns(): DataTableColumn<Client>[] {
    return [
      {
        key: 'name', label: () => msg('Client', { id: 'team.clients.client' }),
        render: (c) => html`<strong>${c.name}</strong>${c.status === 'archived' ? html` <portico-badge>${msg('Archived', { id: 'team.clients.archived' })}</portico-badge>` : nothing}`,
      },
      { key: 'domain', label: () => msg('Domain', { id: 'team.clients.domain' }), render: (c) => c.domain ?? '—' },
      { key: 'country', label: () => msg('Country', { id: 'team.clients.country' }), render: (c) => c.country ?? '—' },
      { key: 'assignees', label: () => msg('Looked after by', { id: 'team.partner-clients.assignees' }), render: (c) => this.#assignees(c) },
      ...(this.#canRegister
        ? [<DataTableColumn<Client>>{
            key: 'actions',
            label: () => msg('Actions', { id: 'team.actions' }),
            render: (c: Client) => c.status === 'active'
              ? html`<portico-button variant="secondary" ?loading=${this.busy === c.id} label=${msg(str`Archive: ${c.name}`, { id: 'team.partner-clients.archive.for' })}
                  @click=${() => this.#setStatus(c, 'archived')}>${msg('Archive', { id: 'team.partner-clients.archive' })}</portico-button>`
              : html`<portico-button variant="secondary" ?loading=${this.busy === c.id} label=${msg(str`Restore: ${c.name}`, { id: 'team.partner-clients.restore.for' })}
                  @click=${() => this.#setStatus(c, 'active')}>${msg('Restore', { id: 'team.partner-clients.restore' })}</portico-button>`,
          }]
        : []),
    ];
  }

  protected override render() {
    const registerButton = (slot?: string) =>
      this.#canRegister && this.partnerId ? html`<portico-button slot=${slot ?? nothing} @click=${this.#openRegister}>${msg('Register a client', { id: 'team.partner-clients.register' })}</portico-button>` : nothing;
    return html`<h1>${msg('Partners’ clients', { id: 'team.partner-clients.title' })}</h1>
      <div class="toolbar">
        ${partnerPicker(this.partners, this.partnerId, (value) => (this.partnerId = value), false)}
        ${registerButton()}
      </div>
      ${!this.partnerId
        ? html`<p class="muted">${msg('Choose an organisation to see its clients.', { id: 'team.partner-clients.choose' })}</p>`
        : renderResource(this.clients, () => html`<portico-data-table part="table" label=${msg('Clients', { id: 'team.clients' })} .columns=${this.#columns()} .rows=${this.rows}
            ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore} @portico-load-more=${() => this.#loadMore()}></portico-data-table>`, {
            empty: () => html`<portico-empty-state heading=${msg('No clients yet', { id: 'team.partner-clients.empty' })}>
              ${msg('Register the organisation’s client companies, then assign them to its members.', { id: 'team.partner-clients.empty.body' })}
              ${registerButton('action')}
            </portico-empty-state>`,
          })}
      <portico-dialog id="register" label=${msg('Register a client', { id: 'team.partner-clients.register' })}>
        <form novalidate @keydown=${submitOnEnter} @submit=${this.#register}>
          <portico-field name="name" required autocomplete="off" label=${msg('Name', { id: 'team.name' })}></portico-field>
          <portico-field name="domain" autocomplete="off" hint=${msg('For example contoso.com', { id: 'team.partner-clients.domain-hint' })} label=${msg('Domain', { id: 'team.clients.domain' })}></portico-field>
          <portico-field name="country" autocomplete="off" hint=${msg('Two letters, for example US', { id: 'team.partner-clients.country-hint' })} label=${msg('Country', { id: 'team.clients.country' })}></portico-field>
          ${this.formMessage ? html`<p class="alert" role="alert">${this.formMessage}</p>` : nothing}
          <div class="actions">
            <portico-button type="submit" ?loading=${this.busy === 'register'}>${msg('Register', { id: 'team.partner-clients.register.confirm' })}</portico-button>
            <portico-button variant="secondary" @click=${() => this.registerDialog.close()}>${msg('Cancel', { id: 'team.cancel' })}</portico-button>
          </div>
        </form>
      </portico-dialog>
      <portico-dialog id="leftover" label=${msg('Remove this assignment?', { id: 'team.partner-clients.leftover.title' })}>
        <p>${this.leftover ? msg(str`${this.leftover.assignee.name} is outside the organisation of ${this.leftover.client.name} and stops looking after it.`, { id: 'team.partner-clients.leftover.body' }) : nothing}</p>
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.leftoverDialog.close()}>${msg('Cancel', { id: 'team.cancel' })}</portico-button>
          <portico-button variant="danger" ?loading=${this.busy === 'leftover'} @click=${this.#removeLeftover}>${msg('Remove assignment', { id: 'team.partner-clients.remove-leftover' })}</portico-button>
        </div>
      </portico-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-team-clients': PorticoTeamClients;
  }
}

import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, clientContext, formatDate, hasPermission, isStaff, localeContext, renderResource, sessionContext, toast,
  type DataTableColumn, type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import { escalationNotice, escalationOf, loadSupport, organisationInactive, pageStyles, problemText, type AssignedClient, type Client, type Member, type Support } from './shared.js';

/** A client of the member's organisation, as the assignment picker reads it. */
type OrganisationClient = Client;

/**
 * The client companies a member looks after: one's own ("my clients", without `member-id`) or, for
 * those holding `team.manage`, any member's of the organisation. Those may also assign another client
 * of the organisation to the member, and take one away after confirming.
 *
 * @attr member-id - The member whose clients are shown; omitted: the signed-in person's own.
 * @fires portico-team-changed - A client was assigned or unassigned (detail: `{ clientId, personId, action }`).
 * @csspart table, escalation
 */
@customElement('portico-member-clients')
export class PorticoMemberClients extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  @property({ attribute: 'member-id' }) accessor memberId = '';
  @state() accessor member: Member | null = null;
  @state() accessor busy = false;
  @state() accessor unassigning: AssignedClient | null = null;
  @state() accessor choices: OrganisationClient[] = [];
  @state() accessor choice = '';
  @state() accessor choicesLoading = false;
  @state() accessor formMessage = '';
  @state() accessor refusal: { title: string; detail?: string } | null = null;
  @state() accessor support: Support | null = null;
  @query('#assign') private accessor assignDialog!: PorticoDialog;
  @query('#unassign') private accessor unassignDialog!: PorticoDialog;

  readonly clients = new ResourceController(this, {
    args: () => [this.client, this.memberId] as const,
    enabled: ([client]) => !!client,
    load: async ([client, memberId], signal) => {
      if (!memberId) {
        this.member = null;
        return client.get('/team/me/clients', { signal });
      }
      const [member, clients] = await Promise.all([
        client.get('/team/members/{id}', { params: { id: memberId }, signal }),
        client.get('/team/members/{id}/clients', { params: { id: memberId }, signal }),
      ]);
      this.member = member;
      return clients;
    },
  });

  get #personId(): string {
    return this.memberId || this.session?.person.id || '';
  }

  get #manage(): boolean {
    return hasPermission(this.session, 'team.manage') && !organisationInactive(this.session) && (!isStaff(this.session) || !!this.member);
  }

  async #refused(error: unknown, inDialog: boolean) {
    if (escalationOf(error)) {
      const problem = error as { title: string; detail?: string };
      this.refusal = { title: problem.title, detail: problem.detail };
      this.support ??= await loadSupport(this.client);
      this.assignDialog.close();
    } else if (inDialog) {
      this.formMessage = problemText(error);
    } else {
      toast(problemText(error), { variant: 'danger' });
    }
  }

  #openAssign = async () => {
    this.formMessage = '';
    this.choice = '';
    this.choices = [];
    this.assignDialog.show();
    this.choicesLoading = true;
    try {
      const partnerId = isStaff(this.session) ? this.member?.partnerId : undefined;
      const page = await this.client.list('/team/clients', { query: { status: 'active', limit: 100, partnerId } });
      const personId = this.#personId;
      this.choices = page.items.filter((c) => !c.assignees.some((a) => a.personId === personId));
      this.choice = this.choices[0]?.id ?? '';
    } catch (error) {
      this.formMessage = problemText(error);
    } finally {
      this.choicesLoading = false;
    }
  };

  #assign = async (event: Event) => {
    event.preventDefault();
    if (!this.choice) return;
    const chosen = this.choices.find((c) => c.id === this.choice);
    this.busy = true;
    this.formMessage = '';
    try {
      await this.client.post('/team/clients/{id}/assignments', { params: { id: this.choice }, body: { personId: this.#personId } });
      this.assignDialog.close();
      toast(msg(str`${chosen?.name ?? ''} is assigned.`, { id: 'team.clients.assigned' }), { variant: 'success' });
      this.emit('portico-team-changed', { clientId: this.choice, personId: this.#personId, action: 'assigned' });
      await this.clients.retry();
    } catch (error) {
      await this.#refused(error, true);
    } finally {
      this.busy = false;
    }
  };

  #unassign = async () => {
    const client = this.unassigning!;
    this.busy = true;
    try {
      await this.client.delete('/team/clients/{id}/assignments/{personId}', { params: { id: client.id, personId: this.#personId } });
      this.unassignDialog.close();
      toast(msg(str`${client.name} is no longer assigned.`, { id: 'team.clients.unassigned' }), { variant: 'success' });
      this.emit('portico-team-changed', { clientId: client.id, personId: this.#personId, action: 'unassigned' });
      await this.clients.retry();
    } catch (error) {
      this.unassignDialog.close();
      await this.#refused(error, false);
    } finally {
      this.busy = false;
    }
  };

  #columns(): DataTableColumn<AssignedClient>[] {
    return [
      {
        key: 'name', label: () => msg('Client', { id: 'team.clients.client' }),
        render: (c) => html`<strong>${c.name}</strong>${c.status === 'archived' ? html` <portico-badge>${msg('Archived', { id: 'team.clients.archived' })}</portico-badge>` : nothing}`,
      },
      { key: 'domain', label: () => msg('Domain', { id: 'team.clients.domain' }), render: (c) => c.domain ?? '—' },
      { key: 'country', label: () => msg('Country', { id: 'team.clients.country' }), render: (c) => c.country ?? '—' },
      { key: 'assignedAt', label: () => msg('Assigned', { id: 'team.clients.assigned-at' }), render: (c) => formatDate(c.assignedAt, this.locale) },
      ...(this.#manage
        ? [<DataTableColumn<AssignedClient>>{
            key: 'actions',
            label: () => msg('Actions', { id: 'team.actions' }),
            render: (c: AssignedClient) => html`<portico-button variant="danger" label=${msg(str`Unassign: ${c.name}`, { id: 'team.clients.unassign.for' })}
              @click=${() => ((this.unassigning = c), this.unassignDialog.show())}>${msg('Unassign', { id: 'team.clients.unassign' })}</portico-button>`,
          }]
        : []),
    ];
  }

  #heading(): string {
    if (!this.memberId) return msg('My clients', { id: 'team.clients.mine' });
    return this.member ? msg(str`Clients of ${this.member.name}`, { id: 'team.clients.of' }) : msg('Clients', { id: 'team.clients' });
  }

  protected override render() {
    const assignButton = (slot?: string) =>
      this.#manage ? html`<portico-button slot=${slot ?? nothing} @click=${this.#openAssign}>${msg('Assign a client', { id: 'team.clients.assign' })}</portico-button>` : nothing;
    return html`<h1>${this.#heading()}</h1>
      <ul class="links">
        <li><a href="/team">${msg('Back to the team', { id: 'team.back' })}</a></li>
        <li><a href="/team/help">${msg('A client is missing or wrongly assigned?', { id: 'team.clients.wrong' })}</a></li>
      </ul>
      ${this.refusal ? escalationNotice(this.refusal, this.support, () => (this.refusal = null)) : nothing}
      ${this.#manage && this.clients.status === 'ready' ? html`<div class="toolbar">${assignButton()}</div>` : nothing}
      ${renderResource(this.clients, (value) => html`<portico-data-table part="table" label=${this.#heading()} .columns=${this.#columns()} .rows=${value.items}></portico-data-table>`, {
        empty: () => html`<portico-empty-state heading=${msg('No clients assigned', { id: 'team.clients.empty' })}>
          ${this.#manage
            ? msg('Assign a client of the organisation to this member.', { id: 'team.clients.empty.manage' })
            : msg('Your administrators assign the clients you look after.', { id: 'team.clients.empty.body' })}
          ${assignButton('action')}
        </portico-empty-state>`,
      })}
      <portico-dialog id="assign" label=${msg('Assign a client', { id: 'team.clients.assign' })}>
        <form novalidate @submit=${this.#assign}>
          ${this.choicesLoading
            ? html`<portico-skeleton></portico-skeleton>`
            : this.choices.length
              ? html`<portico-select name="clientId" required label=${msg('Client', { id: 'team.clients.client' })} .value=${this.choice}
                  .options=${this.choices.map((c) => ({ value: c.id, label: c.name }))}
                  @portico-change=${(e: CustomEvent<{ value: string }>) => (this.choice = e.detail.value)}></portico-select>`
              : this.formMessage ? nothing : html`<p>${msg('Every active client of the organisation is already assigned to this member.', { id: 'team.clients.none-left' })}</p>`}
          ${this.formMessage ? html`<p class="alert" role="alert">${this.formMessage}</p>` : nothing}
          <div class="actions">
            <portico-button type="submit" ?loading=${this.busy} ?disabled=${!this.choice}>${msg('Assign', { id: 'team.clients.assign.confirm' })}</portico-button>
            <portico-button variant="secondary" @click=${() => this.assignDialog.close()}>${msg('Cancel', { id: 'team.cancel' })}</portico-button>
          </div>
        </form>
      </portico-dialog>
      <portico-dialog id="unassign" label=${msg('Unassign this client?', { id: 'team.clients.unassign.title' })}>
        <p>${this.unassigning ? msg(str`${this.unassigning.name} will no longer be looked after by this member. You can assign it again later.`, { id: 'team.clients.unassign.body' }) : nothing}</p>
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.unassignDialog.close()}>${msg('Cancel', { id: 'team.cancel' })}</portico-button>
          <portico-button variant="danger" ?loading=${this.busy} @click=${this.#unassign}>${msg('Unassign', { id: 'team.clients.unassign' })}</portico-button>
        </div>
      </portico-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-member-clients': PorticoMemberClients;
  }
}

import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, renderResource, submitOnEnter, toast,
  type DataTableColumn, type PorticoDialog,
} from '@portico/widgets';
import { memberPicker, permissionChecklist } from './group-parts.js';
import { pageStyles, problemText, type GroupMember, type PartnerGroup, type PartnerPermissions } from './shared.js';

/**
 * A partner admin's own organisation's access groups: create one, rename and describe it, pick its
 * permissions from those the programme lets them delegate (grouped by plugin; the server refuses
 * anything else), choose its members among the organisation's people, delete it once nobody is in it.
 * Needs `access.partner-groups.manage` (partner admins). Permissions are described in the reader's
 * language (group-parts.ts).
 *
 * @csspart table
 */
@customElement('portico-partner-groups')
export class PorticoPartnerGroups extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @state() accessor editing: PartnerGroup | null = null;
  @state() accessor catalog: PartnerPermissions | null = null;
  @state() accessor members: GroupMember[] = [];
  @state() accessor candidates: GroupMember[] = [];
  @state() accessor busy = false;
  @state() accessor message = '';
  @query('#edit') private accessor editDialog!: PorticoDialog;
  @query('#members') private accessor membersDialog!: PorticoDialog;
  @query('#delete') private accessor deleteDialog!: PorticoDialog;

  readonly groups = new ResourceController(this, {
    args: () => [this.client] as const,
    load: ([client], signal) => client.get('/access/partner-groups', { signal }),
    isEmpty: (page) => page.items.length === 0,
  });

  async #openEdit(group: PartnerGroup | null) {
    this.editing = group;
    this.message = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#edit form');
    if (form) clearProblem(form);
    this.editDialog.show();
    if (!this.catalog) {
      try {
        this.catalog = await this.client.get('/access/partner-permissions');
      } catch (error) {
        this.message = problemText(error);
      }
    }
  }

  #save = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const read = (name: string) => form.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)?.value.trim() ?? '';
    const permissions = [...form.querySelectorAll<HTMLElement & { checked: boolean; value: string }>('portico-checkbox')].filter((c) => c.checked).map((c) => c.value);
    const body = { name: read('name'), description: read('description'), permissions };
    this.busy = true;
    this.message = '';
    clearProblem(form);
    try {
      if (this.editing) await this.client.patch('/access/partner-groups/{id}', { params: { id: this.editing.id }, body });
      else await this.client.post('/access/partner-groups', { body });
      this.editDialog.close();
      toast(msg(str`The group “${body.name}” is saved.`, { id: 'access.groups.saved' }), { variant: 'success' });
      await this.groups.retry();
    } catch (error) {
      this.message = applyProblem(error, form).join(' ');
    } finally {
      this.busy = false;
    }
  };

  async #openMembers(group: PartnerGroup) {
    this.editing = group;
    this.members = [];
    this.candidates = [];
    this.message = '';
    this.membersDialog.show();
    try {
      this.members = (await this.client.get('/access/partner-groups/{id}', { params: { id: group.id } })).members ?? [];
    } catch (error) {
      this.message = problemText(error);
    }
  }

  #findPeople = async (event: Event) => {
    event.preventDefault();
    const q = this.renderRoot.querySelector<HTMLElement & { value: string }>('#members [name=q]')!.value.trim();
    if (!q) return;
    try {
      // A partner admin's people list is their organisation's.
      const page = await this.client.list('/access/people', { query: { q, kind: 'member', status: 'active', limit: 20 } });
      this.candidates = page.items.filter((p) => !this.members.some((m) => m.id === p.id));
    } catch (error) {
      this.message = problemText(error);
    }
  };

  #saveMembers = async () => {
    this.busy = true;
    try {
      await this.client.put('/access/partner-groups/{id}/members', { params: { id: this.editing!.id }, body: { personIds: this.members.map((m) => m.id) } });
      this.membersDialog.close();
      toast(msg('Members saved.', { id: 'access.groups.members-saved' }), { variant: 'success' });
      await this.groups.retry();
    } catch (error) {
      this.message = problemText(error);
    } finally {
      this.busy = false;
    }
  };

  #delete = async () => {
    this.busy = true;
    try {
      await this.client.delete('/access/partner-groups/{id}', { params: { id: this.editing!.id } });
      this.deleteDialog.close();
      toast(msg('Group deleted.', { id: 'access.groups.deleted' }), { variant: 'success' });
      await this.groups.retry();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = false;
    }
  };

  #columns(): DataTableColumn<PartnerGroup>[] {
    return [
      {
        key: 'name',
        label: () => msg('Name', { id: 'access.profile.name' }),
        render: (g) => html`${g.name}${g.description ? html`<br /><span class="muted">${g.description}</span>` : nothing}`,
      },
      { key: 'permissions', label: () => msg('Permissions', { id: 'access.matrix.nav' }), render: (g) => (g.permissions.length ? g.permissions.join(', ') : '—') },
      { key: 'memberCount', label: () => msg('Members', { id: 'access.groups.members' }), align: 'end' },
      {
        key: 'actions',
        label: () => msg('Actions', { id: 'access.actions' }),
        render: (g) => html`<div class="actions">
          <portico-button variant="secondary" label=${msg(str`Edit ${g.name}`, { id: 'access.partners.edit-title' })} @click=${() => this.#openEdit(g)}>${msg('Edit', { id: 'access.edit' })}</portico-button>
          <portico-button variant="secondary" label=${msg(str`Members of ${g.name}`, { id: 'access.groups.members-title' })} @click=${() => this.#openMembers(g)}>${msg('Members', { id: 'access.groups.members' })}</portico-button>
          <portico-button variant="danger" ?disabled=${g.memberCount > 0} @click=${() => ((this.editing = g), this.deleteDialog.show())}
            label=${g.memberCount > 0 ? msg('Delete (remove its members first)', { id: 'access.groups.delete-blocked' }) : msg('Delete', { id: 'access.delete' })}>${msg('Delete', { id: 'access.delete' })}</portico-button>
        </div>`,
      },
    ];
  }

  #editForm() {
    const g = this.editing;
    return html`<form novalidate @keydown=${submitOnEnter} @submit=${this.#save}>
      <portico-field name="name" required label=${msg('Name', { id: 'access.profile.name' })} .value=${g?.name ?? ''}></portico-field>
      <portico-field name="description" label=${msg('Description', { id: 'access.groups.description' })} .value=${g?.description ?? ''}></portico-field>
      ${this.catalog
        ? this.catalog.plugins.length
          ? permissionChecklist(this.catalog.plugins, g?.permissions ?? [])
          : html`<p class="muted">${msg('The programme lets you delegate no permission at the moment.', { id: 'access.partner-groups.nothing-delegable' })}</p>`
        : this.message
          ? nothing
          : html`<portico-skeleton lines="4"></portico-skeleton>`}
      ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
      <div class="actions"><portico-button type="submit" ?loading=${this.busy}>${msg('Save', { id: 'access.save' })}</portico-button>
        <portico-button variant="secondary" @click=${() => this.editDialog.close()}>${msg('Cancel', { id: 'access.cancel' })}</portico-button></div>
    </form>`;
  }

  #membersForm() {
    return memberPicker({
      members: this.members,
      candidates: this.candidates,
      findLabel: msg('Find people of your organisation to add', { id: 'access.partner-groups.find' }),
      message: this.message,
      onRemove: (m) => (this.members = this.members.filter((x) => x.id !== m.id)),
      onAdd: (c) => ((this.members = [...this.members, c]), (this.candidates = this.candidates.filter((x) => x.id !== c.id))),
      onFind: this.#findPeople,
    });
  }

  protected override render() {
    return html`<h1>${msg('Your organisation’s access groups', { id: 'access.partner-groups.title' })}</h1>
      <p class="muted">${msg('A group adds permissions to the people in it, beside their role. You can delegate only what the programme allows and what you hold yourself.', { id: 'access.partner-groups.lead' })}</p>
      <p class="actions"><portico-button @click=${() => this.#openEdit(null)}>${msg('Create a group', { id: 'access.groups.create' })}</portico-button></p>
      ${renderResource(
        this.groups,
        (page) => html`<portico-data-table part="table" label=${msg('Your organisation’s access groups', { id: 'access.partner-groups.title' })}
          .rowKey=${(g: PartnerGroup) => g.id} .columns=${this.#columns()} .rows=${page.items}></portico-data-table>`,
        {
          empty: () => html`<portico-empty-state heading=${msg('No groups yet', { id: 'access.partner-groups.empty' })}>${msg(
            'Create one to give some of your people more than their role, such as every deal of the organisation.',
            { id: 'access.partner-groups.empty.body' },
          )}</portico-empty-state>`,
        },
      )}
      <portico-dialog id="edit" label=${this.editing ? msg(str`Edit ${this.editing.name}`, { id: 'access.partners.edit-title' }) : msg('Create a group', { id: 'access.groups.create' })}>${this.#editForm()}</portico-dialog>
      <portico-dialog id="members" label=${this.editing ? msg(str`Members of ${this.editing.name}`, { id: 'access.groups.members-title' }) : ''}>
        ${this.#membersForm()}
        <div slot="footer" class="actions"><portico-button ?loading=${this.busy} @click=${this.#saveMembers}>${msg('Save', { id: 'access.save' })}</portico-button>
          <portico-button variant="secondary" @click=${() => this.membersDialog.close()}>${msg('Cancel', { id: 'access.cancel' })}</portico-button></div>
      </portico-dialog>
      <portico-dialog id="delete" label=${msg('Delete this group?', { id: 'access.groups.delete-title' })}>
        <p>${this.editing ? msg(str`“${this.editing.name}” will be gone for good.`, { id: 'access.groups.delete-body' }) : nothing}</p>
        <div slot="footer" class="actions"><portico-button variant="secondary" @click=${() => this.deleteDialog.close()}>${msg('Cancel', { id: 'access.cancel' })}</portico-button>
          <portico-button variant="danger" ?loading=${this.busy} @click=${this.#delete}>${msg('Delete', { id: 'access.delete' })}</portico-button></div>
      </portico-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-partner-groups': PorticoPartnerGroups;
  }
}

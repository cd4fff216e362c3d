import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, hasPermission, renderResource, sessionContext, submitOnEnter, toast,
  type DataTableColumn, type PorticoDialog, type Session,
} from '@portico/widgets';
import type { GroupAudience, NewGroup } from '../schemas.js';
import { memberPicker, permissionChecklist } from './group-parts.js';
import { pageStyles, problemText, roleDescription, roleLabel, type Group, type GroupMember, type PermissionMatrix } from './shared.js';

const audienceLabel = (audience: GroupAudience) =>
  audience === 'staff' ? msg('Staff', { id: 'access.people.staff' }) : msg('Partner members', { id: 'access.groups.partner-members' });

/**
 * Access groups next to the built-in roles: create one, rename it, change its permissions with a
 * checklist grouped by plugin, choose its members, delete it once nobody is in it. Built-in roles
 * are shown read-only. Changes need `access.groups.manage`.
 *
 * @csspart table
 */
@customElement('portico-access-groups')
export class PorticoAccessGroups extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @state() accessor editing: Group | null = null;
  @state() accessor catalog: PermissionMatrix | null = null;
  @state() accessor members: GroupMember[] = [];
  @state() accessor candidates: GroupMember[] = [];
  @state() accessor busy = false;
  @state() accessor message = '';
  @query('#edit') private accessor editDialog!: PorticoDialog;
  @query('#members') private accessor membersDialog!: PorticoDialog;
  @query('#delete') private accessor deleteDialog!: PorticoDialog;

  readonly groups = new ResourceController(this, {
    args: () => [this.client] as const,
    load: ([client], signal) => client.get('/access/groups', { signal }),
  });

  get #manage() {
    return hasPermission(this.session, 'access.groups.manage');
  }

  async #openEdit(group: Group | null) {
    this.editing = group;
    this.message = '';
    const form = this.renderRoot.querySelector<HTMLFormElement>('#edit form');
    if (form) clearProblem(form);
    this.editDialog.show();
    if (!this.catalog) {
      try {
        this.catalog = await this.client.get('/access/permissions');
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
    // The form's values as chosen (the audience as the select holds it): the server validates them.
    const body = { name: read('name'), description: read('description'), permissions } as NewGroup;
    if (!this.editing) body.audience = read('audience') as GroupAudience;
    this.busy = true;
    this.message = '';
    clearProblem(form);
    try {
      const client = this.client;
      if (this.editing) await client.patch('/access/groups/{id}', { params: { id: this.editing.id! }, body });
      else await client.post('/access/groups', { body });
      this.editDialog.close();
      toast(msg(str`The group “${body.name}” is saved.`, { id: 'access.groups.saved' }), { variant: 'success' });
      await this.groups.retry();
    } catch (error) {
      this.message = applyProblem(error, form).join(' ');
    } finally {
      this.busy = false;
    }
  };

  async #openMembers(group: Group) {
    this.editing = group;
    this.members = [];
    this.candidates = [];
    this.message = '';
    this.membersDialog.show();
    try {
      this.members = (await this.client.get('/access/groups/{id}', { params: { id: group.id! } })).members ?? [];
    } catch (error) {
      this.message = problemText(error);
    }
  }

  #findPeople = async (event: Event) => {
    event.preventDefault();
    const q = this.renderRoot.querySelector<HTMLElement & { value: string }>('#members [name=q]')!.value.trim();
    if (!q) return;
    try {
      const kind = this.editing!.audience === 'staff' ? 'staff' : 'member';
      const page = await this.client.list('/access/people', { query: { q, kind, status: 'active', limit: 20 } });
      this.candidates = page.items.filter((p) => !this.members.some((m) => m.id === p.id));
    } catch (error) {
      this.message = problemText(error);
    }
  };

  #saveMembers = async () => {
    this.busy = true;
    try {
      await this.client.put('/access/groups/{id}/members', { params: { id: this.editing!.id! }, body: { personIds: this.members.map((m) => m.id) } });
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
      await this.client.delete('/access/groups/{id}', { params: { id: this.editing!.id! } });
      this.deleteDialog.close();
      toast(msg('Group deleted.', { id: 'access.groups.deleted' }), { variant: 'success' });
      await this.groups.retry();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = false;
    }
  };

  #columns(): DataTableColumn<Group>[] {
    return [
      {
        key: 'name',
        label: () => msg('Name', { id: 'access.profile.name' }),
        render: (g) => html`${g.builtIn ? roleLabel(g.name) : g.name}
          ${g.builtIn ? html` <portico-badge>${msg('Built-in role', { id: 'access.groups.built-in' })}</portico-badge>` : nothing}
          ${!g.builtIn && g.partnerId ? html` <portico-badge>${msg('A partner organisation’s own', { id: 'access.groups.organisation-own' })}</portico-badge>` : nothing}
          ${g.description ? html`<br /><span class="muted">${g.builtIn ? roleDescription(g.name, g.description) : g.description}</span>` : nothing}`,
      },
      { key: 'audience', label: () => msg('For', { id: 'access.groups.audience' }), render: (g) => audienceLabel(g.audience) },
      { key: 'permissions', label: () => msg('Permissions', { id: 'access.matrix.nav' }), align: 'end', render: (g) => g.permissions.length },
      { key: 'memberCount', label: () => msg('Members', { id: 'access.groups.members' }), align: 'end' },
      ...(this.#manage
        ? [<DataTableColumn<Group>>{
            key: 'actions',
            label: () => msg('Actions', { id: 'access.actions' }),
            render: (g) =>
              g.builtIn
                ? html``
                : html`<div class="actions">
                    <portico-button variant="secondary" @click=${() => this.#openEdit(g)}>${msg('Edit', { id: 'access.edit' })}</portico-button>
                    <portico-button variant="secondary" @click=${() => this.#openMembers(g)}>${msg('Members', { id: 'access.groups.members' })}</portico-button>
                    <portico-button variant="danger" ?disabled=${g.memberCount > 0} @click=${() => ((this.editing = g), this.deleteDialog.show())}
                      label=${g.memberCount > 0 ? msg('Delete (remove its members first)', { id: 'access.groups.delete-blocked' }) : msg('Delete', { id: 'access.delete' })}>${msg('Delete', { id: 'access.delete' })}</portico-button>
                  </div>`,
          }]
        : []),
    ];
  }

  #editForm() {
    const g = this.editing;
    return html`<form novalidate @keydown=${submitOnEnter} @submit=${this.#save}>
      <portico-field name="name" required label=${msg('Name', { id: 'access.profile.name' })} .value=${g?.name ?? ''}></portico-field>
      <portico-field name="description" label=${msg('Description', { id: 'access.groups.description' })} .value=${g?.description ?? ''}></portico-field>
      ${g ? nothing : html`<portico-select name="audience" label=${msg('For', { id: 'access.groups.audience' })} value="staff"
          .options=${(['staff', 'partner'] as const).map((a) => ({ value: a, label: audienceLabel(a) }))}></portico-select>`}
      ${this.catalog
        ? permissionChecklist(this.catalog.plugins, g?.permissions ?? [])
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
      findLabel: msg('Find people to add', { id: 'access.groups.find' }),
      message: this.message,
      onRemove: (m) => (this.members = this.members.filter((x) => x.id !== m.id)),
      onAdd: (c) => ((this.members = [...this.members, c]), (this.candidates = this.candidates.filter((x) => x.id !== c.id))),
      onFind: this.#findPeople,
    });
  }

  protected override render() {
    return html`<h1>${msg('Access groups', { id: 'access.groups.title' })}</h1>
      <p class="muted">${msg('Built-in roles come with Portico. Groups add permissions to the people in them.', { id: 'access.groups.lead' })}</p>
      ${this.#manage ? html`<p class="actions"><portico-button @click=${() => this.#openEdit(null)}>${msg('Create a group', { id: 'access.groups.create' })}</portico-button></p>` : nothing}
      ${renderResource(this.groups, (page) => html`<portico-data-table part="table" label=${msg('Access groups', { id: 'access.groups.title' })}
          .rowKey=${(g: Group) => g.id ?? g.name} .columns=${this.#columns()} .rows=${page.items}></portico-data-table>`)}
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
    'portico-access-groups': PorticoAccessGroups;
  }
}

/**
 * What the staff's access groups page and a partner admin's groups page show alike: the permissions a
 * group may hold, as checkboxes grouped by plugin, and the picker of its members (those in it, a
 * search, the people found). Each page keeps its own state and calls; these only render.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { submitOnEnter } from '@portico/widgets';
import { permissionDescription, type GroupMember } from './shared.js';

interface CatalogPlugin {
  plugin: string;
  permissions: readonly { key: string; description: string }[];
}

/** A checkbox per permission, in a fieldset per plugin; those the group holds are ticked. */
export function permissionChecklist(plugins: readonly CatalogPlugin[], held: readonly string[]) {
  return plugins.map((p) => html`<fieldset><legend>${p.plugin}</legend>
    ${p.permissions.map((perm) => html`<portico-checkbox name="permissions" value=${perm.key} label=${permissionDescription(perm)} hint=${perm.key}
      ?checked=${held.includes(perm.key)}></portico-checkbox>`)}</fieldset>`);
}

export interface MemberPicker {
  members: readonly GroupMember[];
  candidates: readonly GroupMember[];
  /** The search field's label (whose people may be found). */
  findLabel: string;
  message: string;
  onRemove(member: GroupMember): void;
  onAdd(candidate: GroupMember): void;
  onFind(event: Event): void;
}

export function memberPicker(p: MemberPicker) {
  return html`<div class="stack">
    ${p.members.length
      ? html`<ul>${p.members.map((m) => html`<li>${m.name} <span class="muted">${m.email}</span>
          <portico-button variant="text" label=${msg(str`Remove ${m.name}`, { id: 'access.groups.remove-member' })}
            @click=${() => p.onRemove(m)}>${msg('Remove', { id: 'access.people.remove' })}</portico-button></li>`)}</ul>`
      : html`<p class="muted">${msg('Nobody is in this group.', { id: 'access.groups.no-members' })}</p>`}
    <form class="toolbar" role="search" @keydown=${submitOnEnter} @submit=${p.onFind}>
      <portico-field name="q" label=${p.findLabel}></portico-field>
      <portico-button type="submit" variant="secondary">${msg('Search', { id: 'access.search' })}</portico-button>
    </form>
    ${p.candidates.length
      ? html`<ul>${p.candidates.map((c) => html`<li>${c.name} <span class="muted">${c.email}</span>
          <portico-button variant="text" label=${msg(str`Add ${c.name}`, { id: 'access.groups.add-member' })}
            @click=${() => p.onAdd(c)}>${msg('Add', { id: 'access.add' })}</portico-button></li>`)}</ul>`
      : nothing}
    ${p.message ? html`<p class="alert" role="alert">${p.message}</p>` : nothing}
  </div>`;
}

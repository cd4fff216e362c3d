import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, ResourceController, clientContext, renderResource } from '@portico/widgets';
import { pageStyles, roleLabel, tableStyles, type PermissionMatrix, permissionDescription } from './shared.js';

/**
 * Who holds each permission, plugin by plugin: the built-in roles, the access groups, and the people
 * (the first fifty by name, with the role or group that grants it). A filter narrows to one plugin.
 *
 * @csspart table
 */
@customElement('portico-permissions-matrix')
export class PorticoPermissionsMatrix extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles, tableStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @state() accessor plugin = '';

  readonly matrix = new ResourceController(this, {
    args: () => [this.client] as const,
    load: ([client], signal) => client.get('/access/permissions', { signal }),
    isEmpty: (m) => m.plugins.length === 0,
  });

  #holders(perm: PermissionMatrix['plugins'][number]['permissions'][number]) {
    if (perm.peopleCount === 0) return html`<span class="muted">${msg('Nobody', { id: 'access.matrix.nobody' })}</span>`;
    const more = perm.peopleCount - perm.people.length;
    const count = perm.peopleCount === 1 ? msg('1 person', { id: 'access.matrix.one-person' }) : msg(str`${perm.peopleCount} people`, { id: 'access.matrix.people-count' });
    return html`<details><summary style="white-space:nowrap">${count}</summary>
      <ul>${perm.people.map((p) => html`<li>${p.name} <span class="muted">(${roleLabel(p.via)})</span></li>`)}</ul>
      ${more > 0 ? html`<p class="muted">${msg(str`and ${more} more`, { id: 'access.matrix.more' })}</p>` : nothing}</details>`;
  }

  protected override render() {
    return html`<h1>${msg('Who holds which permission', { id: 'access.matrix.title' })}</h1>
      ${renderResource(this.matrix, (matrix) => html`<div class="toolbar">
          <portico-select name="plugin" label=${msg('Plugin', { id: 'access.matrix.plugin' })} .value=${this.plugin}
            .options=${[{ value: '', label: msg('All', { id: 'access.all' }) }, ...matrix.plugins.map((p) => ({ value: p.plugin, label: p.plugin }))]}
            @portico-change=${(e: CustomEvent<{ value: string }>) => (this.plugin = e.detail.value)}></portico-select>
        </div>
        ${matrix.plugins
          .filter((p) => !this.plugin || p.plugin === this.plugin)
          .map((p) => html`<h2>${p.plugin}</h2>
            <div class="scroll"><table part="table">
              <caption class="visually-hidden">${msg(str`Permissions of ${p.plugin}`, { id: 'access.matrix.caption' })}</caption>
              <thead><tr>
                <th scope="col">${msg('Permission', { id: 'access.matrix.permission' })}</th>
                <th scope="col">${msg('Roles', { id: 'access.matrix.roles' })}</th>
                <th scope="col">${msg('Groups', { id: 'access.matrix.groups' })}</th>
                <th scope="col">${msg('People', { id: 'access.people.title' })}</th>
              </tr></thead>
              <tbody>${p.permissions.map((perm) => html`<tr>
                <th scope="row">${permissionDescription(perm)}<br /><code class="muted">${perm.key}</code></th>
                <td>${perm.roles.length ? perm.roles.map(roleLabel).join(', ') : '—'}</td>
                <td>${perm.groups.length ? perm.groups.map((g) => g.name).join(', ') : '—'}</td>
                <td>${this.#holders(perm)}</td>
              </tr>`)}</tbody>
            </table></div>`)}`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-permissions-matrix': PorticoPermissionsMatrix;
  }
}

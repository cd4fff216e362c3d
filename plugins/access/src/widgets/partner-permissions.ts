import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, ResourceController, clientContext, renderResource, submitOnEnter } from '@portico/widgets';
import { pageStyles, problemText, roleLabel, tableStyles, type PartnerPermissions, type PermissionExplanation, permissionDescription } from './shared.js';

type Holder = PartnerPermissions['plugins'][number]['permissions'][number]['people'][number];

/**
 * For a partner admin: the permissions they may delegate, plugin by plugin (each with the plugin's
 * sentence, in English: plugins declare no translation ids for them), which of their organisation's
 * groups and people hold each and through what, and "why can this person do this?" for one person and
 * one permission. Needs `access.partner-groups.manage`.
 *
 * @csspart table
 */
@customElement('portico-partner-permissions')
export class PorticoPartnerPermissions extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles, tableStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @state() accessor explanation: (PermissionExplanation & { personName: string }) | null = null;
  @state() accessor message = '';
  @state() accessor busy = false;

  readonly data = new ResourceController(this, {
    args: () => [this.client] as const,
    load: async ([client], signal) => {
      const [permissions, people] = await Promise.all([
        client.get('/access/partner-permissions', { signal }),
        client.list('/access/people', { query: { kind: 'member', status: 'active', limit: 100 }, signal }),
      ]);
      return { permissions, people: people.items.map((p) => ({ id: p.id, name: p.name })) };
    },
    isEmpty: (d) => d.permissions.plugins.length === 0,
  });

  #via(holder: Holder) {
    return holder.via.map((v) => roleLabel(v)).join(', ');
  }

  #explain = async (event: Event, people: { id: string; name: string }[]) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const read = (name: string) => form.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)?.value ?? '';
    const personId = read('person');
    const permission = read('permission');
    if (!personId || !permission) return;
    this.busy = true;
    this.message = '';
    this.explanation = null;
    try {
      const answer = await this.client.get('/access/partner-permissions/{permission}/people/{personId}', { params: { permission, personId } });
      this.explanation = { ...answer, personName: people.find((p) => p.id === personId)?.name ?? '' };
    } catch (error) {
      this.message = problemText(error);
    } finally {
      this.busy = false;
    }
  };

  #explanationText() {
    const e = this.explanation;
    if (!e) return nothing;
    if (!e.holds) return html`<p role="status">${msg(str`${e.personName} does not hold ${e.permission}.`, { id: 'access.partner-permissions.not-held' })}</p>`;
    return html`<div role="status"><p>${msg(str`${e.personName} holds ${e.permission} through:`, { id: 'access.partner-permissions.held-through' })}</p>
      <ul>${e.grantedBy.map((g) => html`<li>${g.kind === 'role'
        ? msg(str`their role, ${roleLabel(g.name)}`, { id: 'access.partner-permissions.via-role' })
        : g.managedBy === 'organisation'
          ? msg(str`the group “${g.name}” of your organisation`, { id: 'access.partner-permissions.via-group' })
          : msg(str`the group “${g.name}”, managed by the programme`, { id: 'access.partner-permissions.via-programme-group' })}</li>`)}</ul></div>`;
  }

  protected override render() {
    return html`<h1>${msg('Who holds which permission in your organisation', { id: 'access.partner-permissions.title' })}</h1>
      <p class="muted">${msg('The permissions you may give through your groups, and who holds each already, through their role or a group.', { id: 'access.partner-permissions.lead' })}</p>
      ${renderResource(
        this.data,
        ({ permissions, people }) => html`<section aria-labelledby="why">
            <h2 id="why">${msg('Why can this person do this?', { id: 'access.partner-permissions.why' })}</h2>
            <form class="toolbar" @keydown=${submitOnEnter} @submit=${(e: Event) => this.#explain(e, people)}>
              <portico-select name="person" label=${msg('Person', { id: 'access.partner-permissions.person' })} .value=${people[0]?.id ?? ''}
                .options=${people.map((p) => ({ value: p.id, label: p.name }))}></portico-select>
              <portico-select name="permission" label=${msg('Permission', { id: 'access.matrix.permission' })} .value=${permissions.plugins[0]?.permissions[0]?.key ?? ''}
                .options=${permissions.plugins.flatMap((p) => p.permissions.map((perm) => ({ value: perm.key, label: `${permissionDescription(perm)} (${perm.key})` })))}></portico-select>
              <portico-button type="submit" variant="secondary" ?loading=${this.busy}>${msg('Explain', { id: 'access.partner-permissions.explain' })}</portico-button>
            </form>
            ${this.#explanationText()}
            ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
          </section>
          ${permissions.plugins.map((p) => html`<h2>${p.plugin}</h2>
            <div class="scroll"><table part="table">
              <caption class="visually-hidden">${msg(str`Permissions of ${p.plugin}`, { id: 'access.matrix.caption' })}</caption>
              <thead><tr>
                <th scope="col">${msg('Permission', { id: 'access.matrix.permission' })}</th>
                <th scope="col">${msg('Roles', { id: 'access.matrix.roles' })}</th>
                <th scope="col">${msg('Your groups', { id: 'access.partner-permissions.groups' })}</th>
                <th scope="col">${msg('People', { id: 'access.people.title' })}</th>
              </tr></thead>
              <tbody>${p.permissions.map((perm) => html`<tr>
                <th scope="row">${permissionDescription(perm)}<br /><code class="muted">${perm.key}</code></th>
                <td>${perm.roles.length ? perm.roles.map(roleLabel).join(', ') : '—'}</td>
                <td>${perm.groups.length ? perm.groups.map((g) => g.name).join(', ') : '—'}</td>
                <td>${perm.people.length
                  ? html`<ul>${perm.people.map((h) => html`<li>${h.name} <span class="muted">(${this.#via(h)})</span></li>`)}</ul>`
                  : html`<span class="muted">${msg('Nobody', { id: 'access.matrix.nobody' })}</span>`}</td>
              </tr>`)}</tbody>
            </table></div>`)}`,
        {
          empty: () => html`<portico-empty-state heading=${msg('Nothing to delegate', { id: 'access.partner-permissions.empty' })}>${msg(
            'The programme lets you delegate no permission at the moment.',
            { id: 'access.partner-groups.nothing-delegable' },
          )}</portico-empty-state>`,
        },
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-partner-permissions': PorticoPartnerPermissions;
  }
}

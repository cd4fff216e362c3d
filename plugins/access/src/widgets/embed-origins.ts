import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import { PorticoElement, ResourceController, clientContext, isProblem, renderResource, submitOnEnter, toast } from '@portico/widgets';
import { pageStyles, problemText } from './shared.js';

/**
 * The sites allowed to embed the widgets (exact origins such as `https://partners.example.com`): add,
 * remove, save. The server checks each origin; its complaint is shown next to the list.
 *
 * @csspart list
 */
@customElement('portico-embed-origins')
export class PorticoEmbedOrigins extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @state() accessor origins: string[] = [];
  @state() accessor busy = false;
  @state() accessor message = '';
  @state() accessor dirty = false;

  readonly saved = new ResourceController(this, {
    args: () => [this.client] as const,
    load: async ([client], signal) => {
      const answer = await client.get('/access/tenant/embed-origins', { signal });
      this.origins = answer.origins;
      return answer;
    },
    isEmpty: () => false,
  });

  #add = (event: Event) => {
    event.preventDefault();
    const field = this.renderRoot.querySelector<HTMLElement & { value: string; error: string }>('[name=origin]')!;
    const value = field.value.trim().replace(/\/+$/, '');
    if (!value) return;
    if (this.origins.includes(value)) {
      field.error = msg('This origin is already in the list.', { id: 'access.embed.duplicate' });
      return;
    }
    field.error = '';
    field.value = '';
    this.origins = [...this.origins, value];
    this.dirty = true;
  };

  #remove(origin: string) {
    this.origins = this.origins.filter((o) => o !== origin);
    this.dirty = true;
  }

  #save = async () => {
    this.busy = true;
    this.message = '';
    try {
      this.origins = (await this.client.put('/access/tenant/embed-origins', { body: { origins: this.origins } })).origins;
      this.dirty = false;
      toast(msg('Allowed sites saved.', { id: 'access.embed.saved' }), { variant: 'success' });
    } catch (error) {
      this.message = isProblem(error) && error.errors?.length ? error.errors.map((e) => e.message).join(' ') : problemText(error);
    } finally {
      this.busy = false;
    }
  };

  protected override render() {
    return html`<h1>${msg('Embedding', { id: 'access.embed.nav' })}</h1>
      <p class="muted">${msg('Only these sites may show Portico widgets and mint sign-in tokens for them. Give the exact origin, e.g. https://partners.example.com.', { id: 'access.embed.lead' })}</p>
      ${renderResource(this.saved, () => html`<div class="stack">
        ${this.origins.length
          ? html`<ul part="list">${this.origins.map((origin) => html`<li><code>${origin}</code>
              <portico-button variant="text" label=${msg('Remove', { id: 'access.people.remove' }) + ' ' + origin} @click=${() => this.#remove(origin)}>${msg('Remove', { id: 'access.people.remove' })}</portico-button></li>`)}</ul>`
          : html`<p>${msg('No site may embed the widgets yet.', { id: 'access.embed.none' })}</p>`}
        <form class="toolbar" novalidate @keydown=${submitOnEnter} @submit=${this.#add}>
          <portico-field name="origin" label=${msg('Site origin', { id: 'access.embed.origin' })} placeholder="https://partners.example.com"></portico-field>
          <portico-button type="submit" variant="secondary">${msg('Add', { id: 'access.add' })}</portico-button>
        </form>
        ${this.message ? html`<p class="alert" role="alert">${this.message}</p>` : nothing}
        <div class="actions"><portico-button ?disabled=${!this.dirty} ?loading=${this.busy} @click=${this.#save}>${msg('Save', { id: 'access.save' })}</portico-button></div>
      </div>`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-embed-origins': PorticoEmbedOrigins;
  }
}

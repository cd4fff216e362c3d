import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, hasPermission, isProblem, localeContext, readField, renderResource, sessionContext,
  type DataTableColumn, type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import { P } from '../permissions.js';
import {
  endpointBadge, endpointForm, eventsOnTheirField, eventsText, lastDelivery, pageStyles, problemText, readEvents, secretPanel, webhooksCall,
  type CatalogueEvent, type Endpoint,
} from './shared.js';

/**
 * The programme's webhook endpoints (`/settings/webhooks`, staff holding `webhooks.read`): each one's
 * URL and description, the events it hears ("All events" for `*`), whether it is enabled, disabled
 * (and why) or failing since when, what waits for it and how its last delivery went; each URL opens
 * the endpoint's page. Staff holding `webhooks.manage` add an endpoint — its URL, description and
 * events from the catalogue, by plugin, or all of them, present and future — and see its signing
 * secret this once, with Copy.
 *
 * @csspart table, secret-panel, secret, events
 */
@customElement('portico-webhook-endpoints')
export class PorticoWebhookEndpoints extends PorticoElement {
  static override styles = [...PorticoElement.styles, pageStyles];

  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  /** The add dialog's form is shown (it is made anew each time, so it starts empty). */
  @state() accessor adding = false;
  @state() accessor allEvents = false;
  @state() accessor catalogue: CatalogueEvent[] | null = null;
  @state() accessor busy = false;
  @state() accessor message = '';
  /** The new endpoint's secret, shown once. */
  @state() accessor secret: string | null = null;
  @query('#add') private accessor addDialog!: PorticoDialog;

  readonly endpoints = new ResourceController(this, {
    args: () => [this.client] as const,
    load: ([client], signal) => webhooksCall(client, 'GET /webhooks/endpoints', { signal }),
  });

  get #canManage(): boolean {
    return hasPermission(this.session, P.manage);
  }

  async #loadCatalogue() {
    if (this.catalogue) return;
    try {
      this.catalogue = (await webhooksCall(this.client, 'GET /webhooks/events')).items;
    } catch (error) {
      this.catalogue = [];
      this.message = problemText(error);
    }
  }

  #open = () => {
    this.secret = null;
    this.message = '';
    this.allEvents = false;
    this.adding = true;
    this.addDialog.show();
    void this.#loadCatalogue();
  };

  #close = () => {
    this.addDialog.close();
  };

  #onClosed = () => {
    // The secret is gone for good once the dialog closes.
    this.adding = false;
    this.secret = null;
  };

  #add = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    clearProblem(form);
    this.message = '';
    const body = { url: readField(form, 'url'), description: readField(form, 'description'), events: readEvents(form) };
    const missing = [
      ...(body.url ? [] : [{ field: '/url', message: msg('Give the URL that receives the deliveries.', { id: 'webhooks.form.url-required' }) }]),
      ...(body.events.length ? [] : [{ field: '/events', message: msg('Choose at least one event, or all of them.', { id: 'webhooks.form.events-required' }) }]),
    ];
    if (missing.length) {
      applyProblem({ status: 400, title: '', errors: missing }, form);
      return;
    }
    this.busy = true;
    try {
      const created = await webhooksCall(this.client, 'POST /webhooks/endpoints', { body });
      this.secret = created.secret;
      void this.endpoints.retry();
    } catch (error) {
      const unmatched = applyProblem(eventsOnTheirField(error), form);
      this.message = isProblem(error) ? unmatched.join(' ') : problemText(error);
    } finally {
      this.busy = false;
    }
  };

  #columns(): DataTableColumn<Endpoint>[] {
    return [
      {
        key: 'url',
        label: () => msg('Endpoint', { id: 'webhooks.list.endpoint' }),
        render: (e) => html`<a class="url" href=${`/settings/webhooks/${e.id}`}>${e.url}</a>${e.description ? html`<br /><span class="muted">${e.description}</span>` : nothing}`,
      },
      { key: 'events', label: () => msg('Events', { id: 'webhooks.form.events' }), render: (e) => eventsText(e.events) },
      { key: 'status', label: () => msg('Status', { id: 'webhooks.list.status' }), render: (e) => endpointBadge(e, this.locale) },
      { key: 'pending', label: () => msg('Waiting', { id: 'webhooks.list.pending' }), render: (e) => String(e.pending) },
      { key: 'last', label: () => msg('Last delivery', { id: 'webhooks.list.last' }), render: (e) => lastDelivery(e, this.locale) },
    ];
  }

  #addButton(slot?: string) {
    return html`<portico-button slot=${slot ?? nothing} @click=${this.#open}>${msg('Add an endpoint', { id: 'webhooks.add' })}</portico-button>`;
  }

  protected override render() {
    const manage = this.#canManage;
    return html`<div class="heading">
        <h1>${msg('Webhooks', { id: 'webhooks.title' })}</h1>
        ${manage ? html`<div class="actions">${this.#addButton()}</div>` : nothing}
      </div>
      <p class="muted">${msg('Portico POSTs each event your endpoints ask for, signed following Standard Webhooks, and retries when they do not answer.', { id: 'webhooks.list.lead' })}</p>
      ${renderResource(
        this.endpoints,
        (page) => html`<portico-data-table part="table" label=${msg('Webhook endpoints', { id: 'webhooks.list.label' })} .columns=${this.#columns()} .rows=${page.items}></portico-data-table>`,
        {
          empty: () => html`<portico-empty-state heading=${msg('No endpoint yet', { id: 'webhooks.list.empty' })}>
            ${msg('Add one to let your systems hear deals, questions, courses…', { id: 'webhooks.list.empty.body' })}
            ${manage ? this.#addButton('action') : nothing}
          </portico-empty-state>`,
        },
      )}
      ${manage
        ? html`<portico-dialog id="add" label=${this.secret ? msg('Endpoint added', { id: 'webhooks.add.done' }) : msg('Add an endpoint', { id: 'webhooks.add' })} @portico-close=${this.#onClosed}>
            ${this.secret
              ? secretPanel(this.secret, this.#close)
              : this.adding
                ? endpointForm({
                    catalogue: this.catalogue,
                    allEvents: this.allEvents,
                    onAll: (checked) => (this.allEvents = checked),
                    message: this.message,
                    busy: this.busy,
                    submitLabel: msg('Add the endpoint', { id: 'webhooks.add.submit' }),
                    onSubmit: this.#add,
                    onCancel: this.#close,
                  })
                : nothing}
          </portico-dialog>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-webhook-endpoints': PorticoWebhookEndpoints;
  }
}

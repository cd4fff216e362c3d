import { css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str } from '@lit/localize';
import type { PorticoClient } from '@portico/sdk';
import {
  PorticoElement, ResourceController, applyProblem, clearProblem, clientContext, formatDateTime, hasPermission, isProblem, localeContext, readField, renderResource, sessionContext,
  submitOnEnter, toast, type DataTableColumn, type Locale, type PorticoDialog, type Session,
} from '@portico/widgets';
import { P } from '../permissions.js';
import {
  DELIVERY_STATUSES, deliveryBadge, deliveryStatusLabel, endpointBadge, endpointForm, eventsOnTheirField, eventsText, isNoSecret, lastDelivery, pageStyles, problemText, readEvents,
  secretPanel, webhooksCall, type CatalogueEvent, type Delivery, type DeliveryDetail, type DeliveryStatus, type Endpoint,
} from './shared.js';

/** A delivery's JSON body, indented; a body that is not JSON as it is. */
function pretty(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/**
 * One webhook endpoint (`/settings/webhooks/:endpointId`, staff holding `webhooks.read`): its URL,
 * description, events, state, secret (and, while a rotation's overlap lasts, until when the old one
 * still signs), and its deliveries, newest first, filtered by status, page by page: event type,
 * status, attempts, last answer's code, duration, when it was made and, while pending, when it is
 * next tried. Opening a delivery shows the body as sent, the last answer and every attempt. Staff
 * holding `webhooks.manage` edit the endpoint, disable and enable it, rotate its secret (the new one
 * shown this once; the old one signs on for the overlap asked, 0 for none), delete it after
 * confirming, and replay a delivery.
 *
 * @attr endpoint-id - The endpoint shown.
 * @csspart details, deliveries, delivery, secret-panel, secret
 */
@customElement('portico-webhook-endpoint')
export class PorticoWebhookEndpoint extends PorticoElement {
  static override styles = [
    ...PorticoElement.styles,
    pageStyles,
    css`
      .attempts {
        margin: 0;
        padding-inline-start: 1.25rem;
      }
      section.details {
        border: 1px solid var(--portico-color-border, #ddd);
        border-radius: var(--portico-radius, 4px);
        padding: var(--portico-space-4, 1rem);
      }
    `,
  ];

  @property({ attribute: 'endpoint-id' }) accessor endpointId: string | undefined = undefined;
  @consume({ context: clientContext, subscribe: true }) @state() accessor client = undefined as unknown as PorticoClient;
  @consume({ context: sessionContext, subscribe: true }) @state() accessor session: Session | null = null;
  @consume({ context: localeContext, subscribe: true }) @state() accessor locale: Locale = 'en';
  /** The deliveries' status filter ('' for all). */
  @state() accessor status: DeliveryStatus | '' = '';
  @state() accessor deliveries: Delivery[] = [];
  @state() accessor nextCursor: string | null = null;
  @state() accessor loadingMore = false;
  @state() accessor busy = '';
  /** A sentence about the last action that failed outside a form (a 409 `no-secret`). */
  @state() accessor notice = '';
  @state() accessor editing = false;
  @state() accessor allEvents = false;
  @state() accessor catalogue: CatalogueEvent[] | null = null;
  @state() accessor formMessage = '';
  /** The rotated secret, shown once, and until when the old one signs. */
  @state() accessor rotated: { secret: string; previousUntil: string | null } | null = null;
  @state() accessor rotating = false;
  /** The delivery opened, its detail (null while it loads) and what failed. */
  @state() accessor opened: Delivery | null = null;
  @state() accessor openedDetail: DeliveryDetail | null = null;
  @state() accessor openedError = '';
  @query('#edit') private accessor editDialog!: PorticoDialog;
  @query('#rotate') private accessor rotateDialog!: PorticoDialog;
  @query('#delete') private accessor deleteDialog!: PorticoDialog;
  @query('#delivery') private accessor deliveryDialog!: PorticoDialog;

  readonly endpoint = new ResourceController(this, {
    args: () => [this.client, this.endpointId] as const,
    isEmpty: () => false,
    load: ([client, id], signal) => webhooksCall(client, 'GET /webhooks/endpoints/{id}', { params: { id: id! }, signal }),
  });

  readonly deliveryPage = new ResourceController(this, {
    args: () => [this.client, this.endpointId, this.status] as const,
    enabled: ([client, id]) => !!client && !!id,
    load: async ([client, id, status], signal) => {
      const page = await webhooksCall(client, 'GET /webhooks/endpoints/{id}/deliveries', { params: { id: id! }, query: { status: status || undefined, limit: 20 }, signal });
      this.deliveries = page.items;
      this.nextCursor = page.nextCursor;
      return page;
    },
  });

  get #canManage(): boolean {
    return hasPermission(this.session, P.manage);
  }

  /** Shows what the server answered of the endpoint, without loading the page again. */
  #replace(endpoint: Endpoint) {
    this.endpoint.value = endpoint;
    this.requestUpdate();
  }

  async #more() {
    this.loadingMore = true;
    try {
      const page = await webhooksCall(this.client, 'GET /webhooks/endpoints/{id}/deliveries', {
        params: { id: this.endpointId! },
        query: { status: this.status || undefined, limit: 20, cursor: this.nextCursor ?? undefined },
      });
      this.deliveries = [...this.deliveries, ...page.items];
      this.nextCursor = page.nextCursor;
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.loadingMore = false;
    }
  }

  // --- edit ---

  async #loadCatalogue() {
    if (this.catalogue) return;
    try {
      this.catalogue = (await webhooksCall(this.client, 'GET /webhooks/events')).items;
    } catch (error) {
      this.catalogue = [];
      this.formMessage = problemText(error);
    }
  }

  #openEdit = (endpoint: Endpoint) => {
    this.formMessage = '';
    this.allEvents = endpoint.events.includes('*');
    this.editing = true;
    this.editDialog.show();
    void this.#loadCatalogue();
  };

  #save = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    clearProblem(form);
    this.formMessage = '';
    const body = { url: readField(form, 'url'), description: readField(form, 'description'), events: readEvents(form) };
    const missing = [
      ...(body.url ? [] : [{ field: '/url', message: msg('Give the URL that receives the deliveries.', { id: 'webhooks.form.url-required' }) }]),
      ...(body.events.length ? [] : [{ field: '/events', message: msg('Choose at least one event, or all of them.', { id: 'webhooks.form.events-required' }) }]),
    ];
    if (missing.length) {
      applyProblem({ status: 400, title: '', errors: missing }, form);
      return;
    }
    this.busy = 'edit';
    try {
      this.#replace(await webhooksCall(this.client, 'PATCH /webhooks/endpoints/{id}', { params: { id: this.endpointId! }, body }));
      this.editDialog.close();
      toast(msg('The endpoint is saved.', { id: 'webhooks.edit.saved' }), { variant: 'success' });
    } catch (error) {
      const unmatched = applyProblem(eventsOnTheirField(error), form);
      this.formMessage = isProblem(error) ? unmatched.join(' ') : problemText(error);
    } finally {
      this.busy = '';
    }
  };

  // --- disable, enable ---

  async #setEnabled(enabled: boolean) {
    this.busy = 'enabled';
    this.notice = '';
    try {
      this.#replace(await webhooksCall(this.client, 'PATCH /webhooks/endpoints/{id}', { params: { id: this.endpointId! }, body: { enabled } }));
      toast(
        enabled
          ? msg('The endpoint is enabled: what waited for it is being sent.', { id: 'webhooks.enabled' })
          : msg('The endpoint is disabled: nothing is sent to it until it is enabled.', { id: 'webhooks.disabled' }),
        { variant: 'success' },
      );
    } catch (error) {
      this.notice = enabled && isNoSecret(error)
        ? msg('This endpoint has no signing secret yet: rotate its secret first, then enable it.', { id: 'webhooks.no-secret' })
        : problemText(error);
    } finally {
      this.busy = '';
    }
  }

  // --- rotate ---

  #openRotate = () => {
    this.rotated = null;
    this.formMessage = '';
    this.rotating = true;
    this.rotateDialog.show();
  };

  #rotate = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    clearProblem(form);
    this.formMessage = '';
    const raw = readField(form, 'overlapHours');
    const overlapHours = Number(raw === '' ? '24' : raw);
    if (!Number.isInteger(overlapHours) || overlapHours < 0 || overlapHours > 168) {
      applyProblem({ status: 400, title: '', errors: [{ field: '/overlapHours', message: msg('A whole number of hours, from 0 to 168.', { id: 'webhooks.rotate.hours-invalid' }) }] }, form);
      return;
    }
    this.busy = 'rotate';
    try {
      const { endpoint, secret } = await webhooksCall(this.client, 'POST /webhooks/endpoints/{id}/rotate-secret', { params: { id: this.endpointId! }, body: { overlapHours } });
      this.#replace(endpoint);
      this.rotated = { secret, previousUntil: endpoint.previousSecretExpiresAt };
    } catch (error) {
      const unmatched = applyProblem(error, form);
      this.formMessage = isProblem(error) ? unmatched.join(' ') : problemText(error);
    } finally {
      this.busy = '';
    }
  };

  #onRotateClosed = () => {
    this.rotating = false;
    this.rotated = null;
  };

  // --- delete ---

  #delete = async () => {
    this.busy = 'delete';
    try {
      await webhooksCall(this.client, 'DELETE /webhooks/endpoints/{id}', { params: { id: this.endpointId! } });
      this.deleteDialog.close();
      toast(msg('The endpoint is deleted.', { id: 'webhooks.deleted' }), { variant: 'success' });
      this.emit('portico-navigate', { path: '/settings/webhooks' });
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = '';
    }
  };

  // --- deliveries ---

  #open = async (delivery: Delivery) => {
    this.opened = delivery;
    this.openedDetail = null;
    this.openedError = '';
    this.deliveryDialog.show();
    try {
      const detail = await webhooksCall(this.client, 'GET /webhooks/deliveries/{id}', { params: { id: delivery.id } });
      if (this.opened?.id === delivery.id) this.openedDetail = detail;
    } catch (error) {
      if (this.opened?.id === delivery.id) this.openedError = problemText(error);
    }
  };

  #replay = async (delivery: Delivery) => {
    this.busy = 'replay';
    try {
      await webhooksCall(this.client, 'POST /webhooks/deliveries/{id}/replay', { params: { id: delivery.id } });
      toast(msg('Sent again: the replay waits behind what the endpoint already has.', { id: 'webhooks.replayed' }), { variant: 'success' });
      this.deliveryDialog.close();
      void this.deliveryPage.retry();
    } catch (error) {
      toast(problemText(error), { variant: 'danger' });
    } finally {
      this.busy = '';
    }
  };

  #columns(): DataTableColumn<Delivery>[] {
    const dash = html`<span class="muted">—</span>`;
    return [
      {
        key: 'eventType',
        label: () => msg('Event', { id: 'webhooks.delivery.event' }),
        render: (d) => html`<code>${d.eventType}</code>${d.replayOf ? html`<br /><span class="muted">${msg('A replay', { id: 'webhooks.delivery.replay-of' })}</span>` : nothing}`,
      },
      {
        key: 'status',
        label: () => msg('Status', { id: 'webhooks.list.status' }),
        render: (d) => html`${deliveryBadge(d.status)}${d.status === 'pending' && d.nextAttemptAt
          ? html`<br /><span class="muted">${msg(str`Next attempt at ${formatDateTime(d.nextAttemptAt, this.locale)}`, { id: 'webhooks.delivery.next' })}</span>`
          : nothing}`,
      },
      { key: 'attempts', label: () => msg('Attempts', { id: 'webhooks.delivery.attempts' }), render: (d) => String(d.attempts) },
      { key: 'responseStatus', label: () => msg('Response', { id: 'webhooks.delivery.response' }), render: (d) => (d.responseStatus === null ? dash : String(d.responseStatus)) },
      { key: 'durationMs', label: () => msg('Duration', { id: 'webhooks.delivery.duration' }), render: (d) => (d.durationMs === null ? dash : msg(str`${d.durationMs} ms`, { id: 'webhooks.delivery.ms' })) },
      { key: 'createdAt', label: () => msg('Created', { id: 'webhooks.created' }), render: (d) => formatDateTime(d.createdAt, this.locale) },
      {
        key: 'open',
        label: () => msg('Details', { id: 'webhooks.delivery.details' }),
        render: (d) => html`<portico-button variant="secondary" label=${msg(str`Open the delivery of ${d.eventType}`, { id: 'webhooks.delivery.open-label' })} @click=${() => this.#open(d)}>${msg('Open', { id: 'webhooks.delivery.open' })}</portico-button>`,
      },
    ];
  }

  #deliveries() {
    const options = [
      { value: '', label: msg('All', { id: 'webhooks.all' }) },
      ...DELIVERY_STATUSES.map((s) => ({ value: s, label: deliveryStatusLabel(s) })),
    ];
    return html`<section part="deliveries" aria-labelledby="deliveries-heading">
      <h2 id="deliveries-heading">${msg('Deliveries', { id: 'webhooks.deliveries' })}</h2>
      <div class="toolbar">
        <portico-select name="status" label=${msg('Status', { id: 'webhooks.list.status' })} .value=${this.status} .options=${options}
          @portico-change=${(e: CustomEvent<{ value: string }>) => (this.status = e.detail.value as DeliveryStatus | '')}></portico-select>
      </div>
      ${renderResource(
        this.deliveryPage,
        () => html`<portico-data-table label=${msg('Deliveries', { id: 'webhooks.deliveries' })} .columns=${this.#columns()} .rows=${this.deliveries}
          ?has-more=${!!this.nextCursor} ?loading=${this.loadingMore} @portico-load-more=${() => this.#more()}></portico-data-table>`,
        {
          empty: () => html`<portico-empty-state heading=${this.status ? msg('No delivery matches', { id: 'webhooks.deliveries.no-match' }) : msg('No delivery yet', { id: 'webhooks.deliveries.empty' })}>
            ${this.status
              ? msg('Try another status.', { id: 'webhooks.deliveries.no-match.body' })
              : msg('Deliveries appear here as the events this endpoint hears happen.', { id: 'webhooks.deliveries.empty.body' })}
          </portico-empty-state>`,
        },
      )}
    </section>`;
  }

  #details(e: Endpoint) {
    const manage = this.#canManage;
    return html`<section class="details" part="details" aria-labelledby="details-heading">
      <h2 id="details-heading">${msg('Endpoint', { id: 'webhooks.list.endpoint' })}</h2>
      <dl>
        <dt>${msg('URL', { id: 'webhooks.form.url' })}</dt><dd class="url">${e.url}</dd>
        <dt>${msg('Description', { id: 'webhooks.form.description' })}</dt><dd>${e.description || html`<span class="muted">—</span>`}</dd>
        <dt>${msg('Events', { id: 'webhooks.form.events' })}</dt>
        <dd>${e.events.includes('*')
          ? msg('All events, present and future', { id: 'webhooks.form.all-events' })
          : html`<ul class="plain">${e.events.map((type) => html`<li><code>${type}</code></li>`)}</ul>`}</dd>
        <dt>${msg('Status', { id: 'webhooks.list.status' })}</dt><dd>${endpointBadge(e, this.locale)}</dd>
        <dt>${msg('Waiting', { id: 'webhooks.list.pending' })}</dt><dd>${e.pending}</dd>
        <dt>${msg('Last delivery', { id: 'webhooks.list.last' })}</dt><dd>${lastDelivery(e, this.locale)}</dd>
        <dt>${msg('Signing secret', { id: 'webhooks.secret' })}</dt>
        <dd>${e.hasSecret
          ? msg('Set', { id: 'webhooks.secret.set' })
          : html`<span class="muted">${msg('None yet: rotate the secret to make one.', { id: 'webhooks.secret.none' })}</span>`}
          ${e.previousSecretExpiresAt
            ? html`<br /><span class="muted">${msg(str`Old secret valid until ${formatDateTime(e.previousSecretExpiresAt, this.locale)}`, { id: 'webhooks.secret.old-until' })}</span>`
            : nothing}</dd>
        <dt>${msg('Created', { id: 'webhooks.created' })}</dt><dd>${formatDateTime(e.createdAt, this.locale)}</dd>
      </dl>
      ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing}
      ${manage
        ? html`<div class="actions">
            <portico-button variant="secondary" @click=${() => this.#openEdit(e)}>${msg('Edit', { id: 'webhooks.edit' })}</portico-button>
            ${e.enabled
              ? html`<portico-button variant="secondary" ?loading=${this.busy === 'enabled'} @click=${() => this.#setEnabled(false)}>${msg('Disable', { id: 'webhooks.disable' })}</portico-button>`
              : html`<portico-button variant="secondary" ?loading=${this.busy === 'enabled'} @click=${() => this.#setEnabled(true)}>${msg('Enable', { id: 'webhooks.enable' })}</portico-button>`}
            <portico-button variant="secondary" @click=${this.#openRotate}>${msg('Rotate the secret', { id: 'webhooks.rotate' })}</portico-button>
            <portico-button variant="danger" @click=${() => this.deleteDialog.show()}>${msg('Delete', { id: 'webhooks.delete' })}</portico-button>
          </div>`
        : nothing}
    </section>`;
  }

  #deliveryDialog() {
    const d = this.opened;
    const detail = this.openedDetail;
    return html`<portico-dialog id="delivery" label=${d ? msg(str`Delivery of ${d.eventType}`, { id: 'webhooks.delivery.title' }) : ''}
      @portico-close=${() => ((this.opened = null), (this.openedDetail = null))}>
      ${d
        ? html`<div class="stack" part="delivery">
            <dl>
              <dt>${msg('Status', { id: 'webhooks.list.status' })}</dt><dd>${deliveryBadge(d.status)}</dd>
              <dt>${msg('Attempts', { id: 'webhooks.delivery.attempts' })}</dt><dd>${d.attempts}</dd>
              <dt>${msg('Created', { id: 'webhooks.created' })}</dt><dd>${formatDateTime(d.createdAt, this.locale)}</dd>
              ${d.status === 'pending' && d.nextAttemptAt
                ? html`<dt>${msg('Next attempt', { id: 'webhooks.delivery.next-attempt' })}</dt><dd>${formatDateTime(d.nextAttemptAt, this.locale)}</dd>`
                : nothing}
            </dl>
            ${this.openedError
              ? html`<p class="alert" role="alert">${this.openedError}</p>`
              : !detail
                ? html`<portico-skeleton lines="6"></portico-skeleton>`
                : html`<h3>${msg('Body as sent', { id: 'webhooks.delivery.body' })}</h3>
                    <pre tabindex="0" class="body">${pretty(detail.body)}</pre>
                    <h3>${msg('Last response', { id: 'webhooks.delivery.last-response' })}</h3>
                    ${detail.responseBody
                      ? html`<pre tabindex="0" class="response">${detail.responseBody}</pre>`
                      : html`<p class="muted">${msg('No response body.', { id: 'webhooks.delivery.no-response' })}</p>`}
                    <h3>${msg('Attempts', { id: 'webhooks.delivery.attempts' })}</h3>
                    ${detail.history.length
                      ? html`<ol class="attempts">${detail.history.map((a) => html`<li>
                          ${formatDateTime(a.at, this.locale)} ·
                          ${a.responseStatus === null ? msg('No answer', { id: 'webhooks.delivery.no-answer' }) : msg(str`HTTP ${a.responseStatus}`, { id: 'webhooks.delivery.http' })} ·
                          ${msg(str`${a.durationMs} ms`, { id: 'webhooks.delivery.ms' })}${a.error ? html` · <span class="alert">${a.error}</span>` : nothing}
                        </li>`)}</ol>`
                      : html`<p class="muted">${msg('Not tried yet.', { id: 'webhooks.delivery.not-tried' })}</p>`}`}
            <div class="actions">
              ${this.#canManage
                ? html`<portico-button ?loading=${this.busy === 'replay'} @click=${() => this.#replay(d)}>${msg('Replay', { id: 'webhooks.delivery.replay' })}</portico-button>`
                : nothing}
              <portico-button variant="secondary" @click=${() => this.deliveryDialog.close()}>${msg('Close', { id: 'webhooks.close' })}</portico-button>
            </div>
          </div>`
        : nothing}
    </portico-dialog>`;
  }

  #dialogs(e: Endpoint) {
    const until = this.rotated?.previousUntil;
    return html`<portico-dialog id="edit" label=${msg('Edit the endpoint', { id: 'webhooks.edit.title' })} @portico-close=${() => (this.editing = false)}>
        ${this.editing
          ? endpointForm({
              catalogue: this.catalogue,
              endpoint: e,
              allEvents: this.allEvents,
              onAll: (checked) => (this.allEvents = checked),
              message: this.formMessage,
              busy: this.busy === 'edit',
              submitLabel: msg('Save', { id: 'webhooks.save' }),
              onSubmit: this.#save,
              onCancel: () => this.editDialog.close(),
            })
          : nothing}
      </portico-dialog>
      <portico-dialog id="rotate" label=${msg('Rotate the secret', { id: 'webhooks.rotate' })} @portico-close=${this.#onRotateClosed}>
        ${this.rotated
          ? secretPanel(
              this.rotated.secret,
              () => this.rotateDialog.close(),
              html`<p part="overlap">${until
                ? msg(str`The old secret stays valid until ${formatDateTime(until, this.locale)}: deliveries carry both signatures until then.`, { id: 'webhooks.rotate.overlap' })
                : msg('The old secret no longer works.', { id: 'webhooks.rotate.no-overlap' })}</p>`,
            )
          : this.rotating
            ? html`<form novalidate @keydown=${submitOnEnter} @submit=${this.#rotate}>
                <p>${msg('A new signing secret is made. Give it to your receiver; meanwhile the old one can keep signing.', { id: 'webhooks.rotate.lead' })}</p>
                <portico-field name="overlapHours" type="number" min="0" max="168" step="1" value="24" label=${msg('Hours the old secret keeps working', { id: 'webhooks.rotate.hours' })}
                  hint=${msg('0 stops the old secret at once.', { id: 'webhooks.rotate.hours-hint' })}></portico-field>
                ${this.formMessage ? html`<p class="alert" role="alert">${this.formMessage}</p>` : nothing}
                <div class="actions">
                  <portico-button type="submit" ?loading=${this.busy === 'rotate'}>${msg('Rotate', { id: 'webhooks.rotate.submit' })}</portico-button>
                  <portico-button variant="secondary" @click=${() => this.rotateDialog.close()}>${msg('Cancel', { id: 'webhooks.cancel' })}</portico-button>
                </div>
              </form>`
            : nothing}
      </portico-dialog>
      <portico-dialog id="delete" label=${msg('Delete this endpoint?', { id: 'webhooks.delete.title' })}>
        <p>${msg(str`Nothing more is sent to ${e.url}, and its deliveries are deleted with it.`, { id: 'webhooks.delete.body' })}</p>
        <div slot="footer" class="actions">
          <portico-button variant="secondary" @click=${() => this.deleteDialog.close()}>${msg('Cancel', { id: 'webhooks.cancel' })}</portico-button>
          <portico-button variant="danger" ?loading=${this.busy === 'delete'} @click=${this.#delete}>${msg('Delete', { id: 'webhooks.delete' })}</portico-button>
        </div>
      </portico-dialog>
      ${this.#deliveryDialog()}`;
  }

  protected override render() {
    return renderResource(
      this.endpoint,
      (e) => html`<div class="heading">
          <h1 class="url">${e.description || e.url}</h1>
          <div class="actions"><a href="/settings/webhooks">${msg('All endpoints', { id: 'webhooks.back' })}</a></div>
        </div>
        ${this.#details(e)}
        ${this.#deliveries()}
        ${this.#canManage ? this.#dialogs(e) : this.#deliveryDialog()}`,
      {
        // An endpoint one may not see reads as one that does not exist.
        error: (error, retry) => html`<portico-error-state .error=${{ status: 0, title: problemText(error) }} .retryable=${!isProblem(error) || error.status !== 404}
          @portico-retry=${retry}></portico-error-state>`,
      },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portico-webhook-endpoint': PorticoWebhookEndpoint;
  }
}

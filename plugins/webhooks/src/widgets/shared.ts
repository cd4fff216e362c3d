/**
 * What the webhooks elements share: the API's shapes (from the plugin's public schemas), the webhooks
 * routes the elements call with their answers' types, status labels and badges, the endpoint form
 * (URL, description, events from the catalogue), the shown-once secret panel, how a failed call
 * reads, and page styles.
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Locale, Static } from '@portico/core';
import type { Page, PorticoClient, RawOptions } from '@portico/sdk';
import { formatDateTime, isProblem, pageStyles as kitPageStyles, problemTexts, toast } from '@portico/widgets';
import type {
  Attempt as AttemptSchema, Catalogue as CatalogueSchema, CatalogueEvent as CatalogueEventSchema, Delivery, DeliveryDetail, DeliveryStatus, Endpoint, EndpointChanges,
  EndpointWithSecret as EndpointWithSecretSchema, NewEndpoint,
} from '../public.js';

/** The API's shapes, typed from the schemas the server validates with (types only: nothing of the server is bundled). */
export type { Delivery, DeliveryDetail, DeliveryStatus, Endpoint, EndpointChanges, NewEndpoint };
export type EndpointWithSecret = Static<typeof EndpointWithSecretSchema>;
export type CatalogueEvent = Static<typeof CatalogueEventSchema>;
export type Catalogue = Static<typeof CatalogueSchema>;
export type Attempt = Static<typeof AttemptSchema>;

/**
 * The webhooks routes the elements call, `METHOD /path` with `{name}` parameters, and what each
 * answers. The elements call them with `client.call<T>()` through `webhooksCall`, typed here from the
 * plugin's own schemas, so they do not wait for the SDK's generated types; the browser tests' fakes
 * are typed from the same table.
 */
export interface WebhooksAnswers {
  'GET /webhooks/endpoints': Page<Endpoint>;
  'POST /webhooks/endpoints': EndpointWithSecret;
  'GET /webhooks/endpoints/{id}': Endpoint;
  'PATCH /webhooks/endpoints/{id}': Endpoint;
  'DELETE /webhooks/endpoints/{id}': void;
  'POST /webhooks/endpoints/{id}/rotate-secret': EndpointWithSecret;
  'GET /webhooks/endpoints/{id}/deliveries': Page<Delivery>;
  'GET /webhooks/deliveries/{id}': DeliveryDetail;
  'POST /webhooks/deliveries/{id}/replay': Delivery;
  'GET /webhooks/events': Catalogue;
}
export type WebhooksRoute = keyof WebhooksAnswers;

/** Calls one webhooks route: `webhooksCall(client, 'GET /webhooks/endpoints/{id}', { params: { id } })`. */
export function webhooksCall<R extends WebhooksRoute>(client: PorticoClient, route: R, options: RawOptions = {}): Promise<WebhooksAnswers[R]> {
  const space = route.indexOf(' ');
  return client.call<WebhooksAnswers[R]>(route.slice(0, space) as 'GET', route.slice(space + 1), options);
}

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const satisfies readonly DeliveryStatus[];

export function deliveryStatusLabel(status: DeliveryStatus): string {
  return {
    pending: () => msg('Pending', { id: 'webhooks.delivery.status.pending' }),
    succeeded: () => msg('Succeeded', { id: 'webhooks.delivery.status.succeeded' }),
    failed: () => msg('Failed', { id: 'webhooks.delivery.status.failed' }),
  }[status]();
}

export function deliveryBadge(status: DeliveryStatus) {
  const variant = { pending: 'info', succeeded: 'success', failed: 'danger' } as const;
  return html`<portico-badge variant=${variant[status]}>${deliveryStatusLabel(status)}</portico-badge>`;
}

/** Why an endpoint is disabled, in the reader's language (the server's `disabledReason` is English). */
function disabledWhy(endpoint: Pick<Endpoint, 'disabledReason' | 'disabledBy' | 'failingSince'>, locale: Locale): string | null {
  switch (endpoint.disabledBy) {
    case 'staff':
      return msg('Disabled by the programme’s staff.', { id: 'webhooks.disabled-by.staff' });
    case 'failing':
      return endpoint.failingSince
        ? msg(str`Every delivery failed since ${formatDateTime(endpoint.failingSince, locale)}.`, { id: 'webhooks.disabled-by.failing' })
        : endpoint.disabledReason;
    case 'setup':
      return msg('Demo endpoint: give it an address of yours, rotate its secret, then enable it.', { id: 'webhooks.disabled-by.setup' });
    default:
      return endpoint.disabledReason;
  }
}

/** An endpoint's state: enabled, disabled (and why), or failing since when. */
export function endpointBadge(endpoint: Pick<Endpoint, 'enabled' | 'disabledReason' | 'disabledBy' | 'failingSince'>, locale: Locale) {
  if (!endpoint.enabled) {
    const why = disabledWhy(endpoint, locale);
    return html`<portico-badge variant="neutral">${msg('Disabled', { id: 'webhooks.status.disabled' })}</portico-badge>${why
      ? html`<br /><span class="muted">${why}</span>`
      : nothing}`;
  }
  if (endpoint.failingSince) {
    const since = formatDateTime(endpoint.failingSince, locale);
    return html`<portico-badge variant="warning">${msg(str`Failing since ${since}`, { id: 'webhooks.status.failing' })}</portico-badge>`;
  }
  return html`<portico-badge variant="success">${msg('Enabled', { id: 'webhooks.status.enabled' })}</portico-badge>`;
}

/** The events an endpoint hears, as a person reads them. */
export function eventsText(events: readonly string[]): string {
  return events.includes('*') ? msg('All events', { id: 'webhooks.events.all' }) : events.join(', ');
}

/** How the last delivery went: status, HTTP code and time; "None yet" before the first. */
export function lastDelivery(endpoint: Pick<Endpoint, 'lastDelivery'>, locale: Locale) {
  const last = endpoint.lastDelivery;
  if (!last) return html`<span class="muted">${msg('None yet', { id: 'webhooks.last.none' })}</span>`;
  return html`${deliveryBadge(last.status)} ${last.responseStatus !== null ? html`<span>${last.responseStatus}</span>` : nothing}
    <br /><span class="muted">${formatDateTime(last.at, locale)}</span>`;
}

/** A person's readable explanation of a failed call. */
export const problemText = problemTexts({
  generic: () => msg('Something went wrong. Check your connection and try again.', { id: 'webhooks.error.generic' }),
  byStatus: { 404: () => msg('This endpoint does not exist, or it was deleted.', { id: 'webhooks.error.not-found' }) },
});

/** Whether a refusal to enable says the endpoint has no secret yet (409 `no-secret`). */
export function isNoSecret(error: unknown): boolean {
  return isProblem(error) && error.status === 409 && /no-secret$/.test(String((error as { type?: unknown }).type ?? 'no-secret'));
}

/**
 * The server names an event that is not in the catalogue `/events/N`: the error belongs to the events
 * as a whole (their first checkbox), as `applyProblem` matches fields by name.
 */
export function eventsOnTheirField(error: unknown): unknown {
  if (!isProblem(error) || !error.errors?.length) return error;
  return { ...error, status: error.status, title: error.title, detail: error.detail, errors: error.errors.map((e) => ({ ...e, field: e.field.replace(/^(\/(?:body\/)?events)\/\d+$/, '$1') })) };
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The signing secret, shown this once, with Copy and a plain warning; `extra` is said under it (the overlap). */
export function secretPanel(secret: string, done: () => void, extra: unknown = nothing) {
  const copy = async () =>
    toast((await copyText(secret))
      ? msg('Secret copied.', { id: 'webhooks.secret.copied' })
      : msg('Copying is blocked here: select the secret and copy it yourself.', { id: 'webhooks.secret.copy-blocked' }));
  return html`<div class="stack" part="secret-panel">
    <p class="notice" role="alert"><strong>${msg('Copy the signing secret now: it will not be shown again.', { id: 'webhooks.secret.once' })}</strong>
      ${msg('Your receiver checks each delivery’s signature with it.', { id: 'webhooks.secret.why' })}</p>
    <code part="secret" class="secret">${secret}</code>
    ${extra}
    <div class="actions">
      <portico-button @click=${copy}>${msg('Copy the secret', { id: 'webhooks.secret.copy' })}</portico-button>
      <portico-button variant="secondary" @click=${done}>${msg('Done', { id: 'webhooks.done' })}</portico-button>
    </div>
  </div>`;
}

export interface EndpointFormOptions {
  /** The catalogue of events, null while it loads. */
  catalogue: CatalogueEvent[] | null;
  /** What the form starts from (editing), or nothing (adding). */
  endpoint?: Pick<Endpoint, 'url' | 'description' | 'events'>;
  /** Whether "All events, present and future" is ticked. */
  allEvents: boolean;
  onAll: (checked: boolean) => void;
  message: string;
  busy: boolean;
  submitLabel: string;
  onSubmit: (event: Event) => void;
  onCancel: () => void;
}

/** The catalogue's events by plugin, in the catalogue's order. */
function byPlugin(catalogue: readonly CatalogueEvent[]): [string, CatalogueEvent[]][] {
  const groups = new Map<string, CatalogueEvent[]>();
  for (const event of catalogue) groups.set(event.pluginId, [...(groups.get(event.pluginId) ?? []), event]);
  return [...groups];
}

/**
 * The endpoint's form: fields named as the API names them (`url`, `description`, `events`), so a 400
 * naming `/url` or `/events` shows on its control. The events are checkboxes by plugin; "All events,
 * present and future" (`*`) comes first and stands for them all.
 */
export function endpointForm(o: EndpointFormOptions) {
  const wanted = new Set(o.endpoint?.events ?? []);
  return html`<form novalidate @submit=${o.onSubmit}>
    <portico-field name="url" type="text" required autocomplete="off" label=${msg('URL', { id: 'webhooks.form.url' })} .value=${o.endpoint?.url ?? ''}
      hint=${msg('Where deliveries are POSTed, e.g. https://crm.example.com/hooks/portico', { id: 'webhooks.form.url-hint' })}></portico-field>
    <portico-field name="description" autocomplete="off" label=${msg('Description', { id: 'webhooks.form.description' })} .value=${o.endpoint?.description ?? ''}
      hint=${msg('What listens there, e.g. Deals into our CRM', { id: 'webhooks.form.description-hint' })}></portico-field>
    <fieldset part="events">
      <legend>${msg('Events', { id: 'webhooks.form.events' })}</legend>
      <portico-checkbox name="events" value="*" ?checked=${o.allEvents} label=${msg('All events, present and future', { id: 'webhooks.form.all-events' })}
        hint=${msg('Events that plugins add later are delivered too.', { id: 'webhooks.form.all-events-hint' })}
        @portico-change=${(e: CustomEvent<{ checked: boolean }>) => o.onAll(e.detail.checked)}></portico-checkbox>
      ${o.catalogue
        ? byPlugin(o.catalogue).map(([pluginId, events]) => html`<fieldset class="plugin-events">
            <legend>${pluginId}</legend>
            ${events.map((event) => html`<portico-checkbox name="events" value=${event.type} label=${event.type} ?checked=${!o.allEvents && wanted.has(event.type)} ?disabled=${o.allEvents}></portico-checkbox>`)}
          </fieldset>`)
        : html`<portico-skeleton lines="4"></portico-skeleton>`}
    </fieldset>
    ${o.message ? html`<p class="alert" role="alert">${o.message}</p>` : nothing}
    <div class="actions">
      <portico-button type="submit" ?loading=${o.busy}>${o.submitLabel}</portico-button>
      <portico-button variant="secondary" @click=${o.onCancel}>${msg('Cancel', { id: 'webhooks.cancel' })}</portico-button>
    </div>
  </form>`;
}

/** The events ticked in an endpoint form: `['*']` when all are, else the event types ticked. */
export function readEvents(form: ParentNode): string[] {
  const boxes = [...form.querySelectorAll<HTMLElement & { checked: boolean; value: string }>('portico-checkbox[name=events]')];
  if (boxes.some((b) => b.value === '*' && b.checked)) return ['*'];
  return boxes.filter((b) => b.checked && !(b as HTMLElement & { disabled?: boolean }).disabled).map((b) => b.value);
}

/** The kit's page layout with the webhooks pages' form width, secrets, bodies and notices. */
export const pageStyles = css`
  ${kitPageStyles}
  form {
    max-width: 44rem;
  }
  a {
    color: var(--portico-color-primary, #0b57d0);
  }
  .url {
    word-break: break-all;
  }
  .secret,
  pre {
    font-family: ui-monospace, monospace;
    padding: var(--portico-space-2, 0.5rem);
    border: 1px solid var(--portico-color-border, #ccc);
    border-radius: var(--portico-radius, 4px);
    background: var(--portico-color-surface-alt, #f5f5f5);
  }
  .secret {
    word-break: break-all;
  }
  pre {
    margin: 0;
    max-height: 20rem;
    overflow: auto;
    white-space: pre-wrap;
    word-break: break-word;
  }
  .notice {
    margin: 0;
    border: 1px solid var(--portico-color-warning, #8a5a00);
    border-inline-start-width: 4px;
    border-radius: var(--portico-radius, 4px);
    padding: var(--portico-space-3, 0.75rem) var(--portico-space-4, 1rem);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--portico-space-2, 0.5rem);
  }
  fieldset.plugin-events {
    padding-inline-start: var(--portico-space-4, 1rem);
  }
  legend {
    font-weight: 600;
    margin-block-end: var(--portico-space-2, 0.5rem);
  }
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
`;

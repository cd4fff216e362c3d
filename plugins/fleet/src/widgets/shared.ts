/**
 * What the fleet elements share: the API's shapes (from the server's schemas), the fleet routes the
 * elements call with their answers' types, labels and badges, capability labels, how a mandate
 * change reads (its difference), how a failed call reads, and page styles.
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Locale } from '@portico/core';
import type { Page, PorticoClient, RawOptions } from '@portico/sdk';
import { formatDate, pageStyles as kitPageStyles, problemTexts } from '@portico/widgets';
import { capabilityLabel, type Capability } from '../capabilities.js';
import type {
  ActivityEntry, ClientDetail, ClientStatus, ClientSummary, Health, Invitation, InvitationStatus, Mandate, MandateChange, MandateChangeResult, MandateStatus,
  MandateVersion, NewInvitation, Proposal, TermsDiff,
} from '../schemas.js';
import type { FleetSettings } from '../settings.js';

/** The API's shapes, typed from the schemas the server validates with (types only: nothing of the server is bundled). */
export type {
  ActivityEntry, ClientDetail, ClientStatus, ClientSummary, Health, Invitation, InvitationStatus, Mandate, MandateChange, MandateChangeResult, MandateStatus,
  MandateVersion, NewInvitation, Proposal, TermsDiff, FleetSettings,
};
export type { Terms } from '../schemas.js';

/**
 * The fleet routes the elements call, `METHOD /path` with `{name}` parameters, and what each answers.
 * The SDK's generated types do not know the fleet's routes yet, so the elements call them with
 * `client.call<T>()` through `fleetCall`, typed here from the plugin's own schemas; the browser tests'
 * fakes are typed from the same table.
 */
export interface FleetAnswers {
  'GET /fleet/clients': Page<ClientSummary>;
  'POST /fleet/clients': ClientDetail;
  'GET /fleet/clients/{id}': ClientDetail;
  'PATCH /fleet/clients/{id}': ClientDetail;
  'GET /fleet/clients/{id}/activity': Page<ActivityEntry>;
  'GET /fleet/clients/{id}/mandate': Mandate;
  'PATCH /fleet/clients/{id}/mandate': MandateChangeResult;
  'GET /fleet/clients/{id}/mandate/versions': Page<MandateVersion>;
  'GET /fleet/mandate-proposals': Page<Proposal>;
  'POST /fleet/mandate-proposals/{id}/approve': Proposal;
  'POST /fleet/mandate-proposals/{id}/decline': Proposal;
  'POST /fleet/mandate-proposals/{id}/withdraw': Proposal;
  'GET /fleet/invitations': Page<Invitation>;
  'POST /fleet/invitations': Invitation;
  'POST /fleet/invitations/{id}/resend': Invitation;
  'POST /fleet/invitations/{id}/revoke': Invitation;
  'GET /fleet/settings': FleetSettings;
}
export type FleetRoute = keyof FleetAnswers;

/** Calls one fleet route: `fleetCall(client, 'GET /fleet/clients/{id}', { params: { id } })`. */
export function fleetCall<R extends FleetRoute>(client: PorticoClient, route: R, options: RawOptions = {}): Promise<FleetAnswers[R]> {
  const space = route.indexOf(' ');
  return client.call<FleetAnswers[R]>(route.slice(0, space) as 'GET', route.slice(space + 1), options);
}

/** The tenant's capabilities (for labels and the scope checkboxes); the defaults when the settings cannot be read. */
export async function loadCapabilities(client: PorticoClient, signal?: AbortSignal): Promise<Capability[]> {
  try {
    return (await fleetCall(client, 'GET /fleet/settings', { signal })).capabilities;
  } catch {
    return [];
  }
}

export const capability = (key: string, capabilities: readonly Capability[], locale: Locale) => capabilityLabel(key, capabilities, locale);

/** A day (`YYYY-MM-DD`) as the person reads it, the same day wherever they are. */
export function formatDay(day: string, locale: Locale): string {
  return formatDate(`${day}T12:00:00.000Z`, locale, { timeZone: 'UTC' });
}

/** Today as YYYY-MM-DD where the browser is. */
export function localToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export const MANDATE_STATUSES = ['active', 'suspended', 'ended'] as const satisfies readonly MandateStatus[];
export const HEALTHS = ['healthy', 'attention', 'critical'] as const satisfies readonly Health[];
export const INVITATION_STATUSES = ['sent', 'resent', 'accepted', 'declined', 'revoked', 'expired'] as const satisfies readonly InvitationStatus[];

export function mandateStatusLabel(status: MandateStatus): string {
  return {
    active: () => msg('Active', { id: 'fleet.mandate.status.active' }),
    suspended: () => msg('Suspended', { id: 'fleet.mandate.status.suspended' }),
    ended: () => msg('Ended', { id: 'fleet.mandate.status.ended' }),
  }[status]();
}

export function mandateBadge(status: MandateStatus | null) {
  if (!status) return html`<portico-badge>${msg('No mandate', { id: 'fleet.mandate.none' })}</portico-badge>`;
  const variant = { active: 'success', suspended: 'warning', ended: 'neutral' } as const;
  return html`<portico-badge variant=${variant[status]}>${mandateStatusLabel(status)}</portico-badge>`;
}

export function healthLabel(health: Health | 'unknown'): string {
  return {
    healthy: () => msg('Healthy', { id: 'fleet.health.healthy' }),
    attention: () => msg('Needs attention', { id: 'fleet.health.attention' }),
    critical: () => msg('Critical', { id: 'fleet.health.critical' }),
    unknown: () => msg('Unknown', { id: 'fleet.health.unknown' }),
  }[health]();
}

export function healthBadge(health: Health | null) {
  if (!health) return html`<span class="muted">${healthLabel('unknown')}</span>`;
  const variant = { healthy: 'success', attention: 'warning', critical: 'danger' } as const;
  return html`<portico-badge variant=${variant[health]}>${healthLabel(health)}</portico-badge>`;
}

export function clientStatusLabel(status: ClientStatus): string {
  return status === 'active' ? msg('Active', { id: 'fleet.client.status.active' }) : msg('Archived', { id: 'fleet.client.status.archived' });
}

export function invitationStatusLabel(status: InvitationStatus | 'pending'): string {
  return {
    pending: () => msg('Pending', { id: 'fleet.invitation.status.pending' }),
    sent: () => msg('Sent', { id: 'fleet.invitation.status.sent' }),
    resent: () => msg('Sent again', { id: 'fleet.invitation.status.resent' }),
    accepted: () => msg('Accepted', { id: 'fleet.invitation.status.accepted' }),
    declined: () => msg('Declined', { id: 'fleet.invitation.status.declined' }),
    revoked: () => msg('Revoked', { id: 'fleet.invitation.status.revoked' }),
    expired: () => msg('Expired', { id: 'fleet.invitation.status.expired' }),
  }[status]();
}

export function invitationBadge(status: InvitationStatus) {
  const variant = { sent: 'info', resent: 'info', accepted: 'success', declined: 'danger', revoked: 'neutral', expired: 'warning' } as const;
  return html`<portico-badge variant=${variant[status]}>${invitationStatusLabel(status)}</portico-badge>`;
}

/** An invitation the contact may still answer. */
export const isPending = (invitation: Pick<Invitation, 'status'>) => invitation.status === 'sent' || invitation.status === 'resent';

export function changeLabel(change: MandateVersion['change']): string {
  return {
    created: () => msg('Created', { id: 'fleet.change.created' }),
    reduced: () => msg('Reduced', { id: 'fleet.change.reduced' }),
    extended: () => msg('Extended', { id: 'fleet.change.extended' }),
    ended: () => msg('Ended', { id: 'fleet.change.ended' }),
    expired: () => msg('Expired', { id: 'fleet.change.expired' }),
    fed: () => msg('Set by the product', { id: 'fleet.change.fed' }),
  }[change]();
}

/** A validity as a sentence: "From 1 Jan 2026, open-ended" or "From … until …". */
export function validity(terms: { validFrom: string; validUntil: string | null }, locale: Locale): string {
  const from = formatDay(terms.validFrom, locale);
  if (!terms.validUntil) return msg(str`From ${from}, with no end`, { id: 'fleet.validity.open' });
  const until = formatDay(terms.validUntil, locale);
  return msg(str`From ${from} until ${until}`, { id: 'fleet.validity.until' });
}

/** A mandate change as a list of what it adds, takes out and moves; nothing when the difference is empty. */
export function diffList(diff: TermsDiff, capabilities: readonly Capability[], locale: Locale) {
  const lines: string[] = [];
  const day = (value: string | null) => (value ? formatDay(value, locale) : msg('no end', { id: 'fleet.diff.no-end' }));
  for (const key of diff.scope?.added ?? []) lines.push(msg(str`Adds: ${capability(key, capabilities, locale)}`, { id: 'fleet.diff.added' }));
  for (const key of diff.scope?.removed ?? []) lines.push(msg(str`Takes out: ${capability(key, capabilities, locale)}`, { id: 'fleet.diff.removed' }));
  if (diff.validFrom) lines.push(msg(str`Starts: ${day(diff.validFrom.from)} → ${day(diff.validFrom.to)}`, { id: 'fleet.diff.valid-from' }));
  if (diff.validUntil) lines.push(msg(str`Ends: ${day(diff.validUntil.from)} → ${day(diff.validUntil.to)}`, { id: 'fleet.diff.valid-until' }));
  if (diff.status) {
    const from = diff.status.from ? mandateStatusLabel(diff.status.from) : '—';
    lines.push(msg(str`Status: ${from} → ${mandateStatusLabel(diff.status.to)}`, { id: 'fleet.diff.status' }));
  }
  if (!lines.length) return nothing;
  return html`<ul class="diff">${lines.map((line) => html`<li>${line}</li>`)}</ul>`;
}

/** A person's readable explanation of a failed call. */
export const problemText = problemTexts({
  generic: () => msg('Something went wrong. Check your connection and try again.', { id: 'fleet.error.generic' }),
  byStatus: { 404: () => msg('This client does not exist, or you cannot see it.', { id: 'fleet.error.not-found' }) },
});

/** The kit's page layout with the fleet pages' form width, term lists, differences and links. */
export const pageStyles = css`
  ${kitPageStyles}
  form {
    max-width: 40rem;
  }
  a {
    color: var(--portico-color-primary, #0b57d0);
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
    gap: var(--portico-space-4, 1rem);
  }
  section.card {
    border: 1px solid var(--portico-color-border, #ddd);
    border-radius: var(--portico-radius, 4px);
    padding: var(--portico-space-4, 1rem);
  }
  section.card h2 {
    margin-block-start: 0;
  }
  dl.terms {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--portico-space-1, 0.25rem) var(--portico-space-3, 0.75rem);
    margin: 0;
  }
  dl.terms dd {
    margin: 0;
  }
  .plain,
  .diff {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .plain {
    list-style: none;
    padding: 0;
  }
  .notice {
    border: 1px solid var(--portico-color-warning, #8a5a00);
    border-inline-start-width: 4px;
    border-radius: var(--portico-radius, 4px);
    padding: var(--portico-space-3, 0.75rem) var(--portico-space-4, 1rem);
    margin-block-end: var(--portico-space-4, 1rem);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--portico-space-2, 0.5rem);
  }
  legend {
    font-weight: 600;
    margin-block-end: var(--portico-space-2, 0.5rem);
  }
`;

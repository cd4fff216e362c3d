/**
 * What the team elements share: the shapes the server answers with (from its schemas), labels, problem texts, the escalation notice that
 * points to the tenant's support, and the staff's organisation picker.
 */
import { css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Static } from '@portico/core';
import type { PorticoClient } from '@portico/sdk';
import { pageStyles as kitPageStyles, problemTexts, type Session } from '@portico/widgets';
import type {
  AssignedClient as AssignedClientSchema,
  Assignee as AssigneeSchema,
  Client as ClientSchema,
  Escalations as EscalationsSchema,
  Invitation as InvitationSchema,
  Member as MemberSchema,
  NewInvitation as NewInvitationSchema,
  PartnerRole as PartnerRoleSchema,
} from '../schemas.js';

/** The API's shapes, typed from the schemas the server validates with (types only: nothing of the server is bundled). */
export type Member = Static<typeof MemberSchema>;
export type Activity = Member['activity'];
export type Invitation = Static<typeof InvitationSchema>;
export type NewInvitation = Static<typeof NewInvitationSchema>;
export type PartnerRole = Static<typeof PartnerRoleSchema>;
export type Client = Static<typeof ClientSchema>;
export type Assignee = Static<typeof AssigneeSchema>;
export type AssignedClient = Static<typeof AssignedClientSchema>;
export type Escalations = Static<typeof EscalationsSchema>;
export type Support = Escalations['support'];
/** A partner organisation as the access plugin lists it (`GET /access/partners`), from its public face. */
import type { Partner } from '@portico/plugin-access/public';
export type { Partner };
export type { Page } from '@portico/sdk';

export const SELF_SERVICE_ROLES = ['partner_admin', 'partner_user'] as const;
/** While one's organisation is suspended or archived, the server refuses every change to its team. */
export const organisationInactive = (session: Session | null | undefined) =>
  !!session?.partner && !!session.partner.status && session.partner.status !== 'active';

export function roleLabel(role: string): string {
  const labels: Record<string, () => string> = {
    partner_admin: () => msg('Partner admin', { id: 'team.role.partner_admin' }),
    principal: () => msg('Principal', { id: 'team.role.principal' }),
    salesperson: () => msg('Salesperson', { id: 'team.role.salesperson' }),
    technical: () => msg('Technical', { id: 'team.role.technical' }),
    partner_user: () => msg('Partner user', { id: 'team.role.partner_user' }),
  };
  return labels[role]?.() ?? role;
}

export function activityLabel(activity: Activity): string {
  return {
    'active-this-week': () => msg('Active this week', { id: 'team.activity.active' }),
    inactive: () => msg('Inactive', { id: 'team.activity.inactive' }),
    unknown: () => msg('Never signed in', { id: 'team.activity.unknown' }),
  }[activity]();
}

export const problemText = problemTexts({
  generic: () => msg('Something went wrong. Check your connection and try again.', { id: 'team.error.generic' }),
});

/** An answer at an escalation boundary: its key (`last-partner-admin`, `organisation-inactive`, …), else null. */
export function escalationOf(error: unknown): string | null {
  const type = (error as { type?: unknown } | null)?.type;
  const match = typeof type === 'string' ? /\/problems\/escalation\/([a-z-]+)$/.exec(type) : null;
  return match ? match[1] : null;
}

/** The tenant's support contact (the SDK keeps no problem extensions, so it is read from the boundaries route). */
export async function loadSupport(client: PorticoClient): Promise<Support | null> {
  try {
    return (await client.get('/team/escalations')).support;
  } catch {
    return null;
  }
}

/** How to reach support, and what never to send it. */
export function supportContact(support: Support | null | undefined) {
  const ways = [
    support?.email ? html`<a href=${`mailto:${support.email}`} data-external>${support.email}</a>` : nothing,
    support?.url ? html`<a href=${support.url} target="_blank" rel="noopener noreferrer" data-external>${msg('Support site', { id: 'team.support.site' })}</a>` : nothing,
  ];
  return html`<p class="support">
      ${support?.email || support?.url
        ? html`${msg('Contact support:', { id: 'team.support.contact' })} ${ways[0]}${support?.email && support?.url ? ' · ' : ''}${ways[1]}`
        : msg('Ask the programme’s team for its support contact.', { id: 'team.support.none' })}
    </p>
    <p class="muted">${msg('Never send passwords, API keys, screenshots showing secrets or your customers’ personal data in a support request.', { id: 'team.support.no-secrets' })}</p>`;
}

/** A refusal only support can lift: its title and detail, the contact, and a link to all such boundaries. */
export function escalationNotice(notice: { title: string; detail?: string }, support: Support | null | undefined, onDismiss?: () => void) {
  return html`<section class="notice" role="alert" part="escalation">
    <h2>${notice.title}</h2>
    ${notice.detail ? html`<p>${notice.detail}</p>` : nothing}
    ${supportContact(support)}
    <p><a href="/team/help">${msg('What only support can do', { id: 'team.help.title' })}</a></p>
    ${onDismiss ? html`<portico-button variant="secondary" @click=${onDismiss}>${msg('Dismiss', { id: 'team.dismiss' })}</portico-button>` : nothing}
  </section>`;
}

/** Staff choose the organisation they look at; `allowAll` adds "All organisations". */
export function partnerPicker(partners: readonly Partner[], value: string, onChange: (value: string) => void, allowAll: boolean) {
  const options = [
    ...(allowAll || !value ? [{ value: '', label: allowAll ? msg('All organisations', { id: 'team.partner.all' }) : msg('Choose an organisation', { id: 'team.partner.choose' }) }] : []),
    ...partners.map((p) => ({ value: p.id, label: p.name })),
  ];
  return html`<portico-select name="partnerId" label=${msg('Organisation', { id: 'team.partner' })} .value=${value} .options=${options}
    @portico-change=${(e: CustomEvent<{ value: string }>) => onChange(e.detail.value)}></portico-select>`;
}

export async function loadPartners(client: PorticoClient): Promise<Partner[]> {
  try {
    return (await client.list('/access/partners', { query: { limit: 100 } })).items;
  } catch {
    // Without the list, staff still see the whole programme; the server checks whatever is asked.
    return [];
  }
}

/** The kit's page layout with the team pages' tighter section headings, narrower forms, notices and links. */
export const pageStyles = css`
  ${kitPageStyles}
  h2 {
    margin: 0 0 var(--portico-space-2, 0.5rem);
  }
  form {
    max-width: 36rem;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space-4, 1rem);
    margin: 0 0 var(--portico-space-4, 1rem);
    padding: 0;
    list-style: none;
  }
  .actions {
    align-items: center;
  }
  .notice,
  .banner {
    border: 1px solid var(--portico-color-warning, #8a5a00);
    border-inline-start-width: 4px;
    border-radius: var(--portico-radius, 4px);
    padding: var(--portico-space-3, 0.75rem) var(--portico-space-4, 1rem);
    margin-block-end: var(--portico-space-4, 1rem);
    background: var(--portico-color-surface-alt, #f7f7f7);
  }
  .notice p,
  .banner p {
    margin: var(--portico-space-1, 0.25rem) 0;
  }
  .plain,
  .boundaries {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .boundaries {
    display: grid;
    gap: var(--portico-space-4, 1rem);
  }
  .boundaries > li {
    border-block-end: 1px solid var(--portico-color-border, #ddd);
    padding-block-end: var(--portico-space-3, 0.75rem);
  }
  a {
    color: var(--portico-color-primary, #0b57d0);
  }
`;

/**
 * Inviting a person from the command line (`portico invite`, `portico create-tenant --admin-email`):
 * an operator's act, for the tenant's first administrator or anyone after. The invitation itself is
 * the identity provider's own (the access plugin's among the built-ins): the same rules, the same
 * emailed link, the same audit event, recorded as done by `system:cli` rather than by a person.
 */
import type { Knex } from 'knex';
import { HttpProblem, isPartnerRole, isStaffRole, PARTNER_ROLES, STAFF_ROLES, type Actor, type AuditCatalog, type IdentityProvider, type InvitedPerson, type KeyRing, type MailMessage } from '@portico/core';
import { writeAudit } from './audit.js';
import { queueMail } from './mail/mail-queue.js';

export const INVITE_ROLES: readonly string[] = [...STAFF_ROLES, ...PARTNER_ROLES];

/** The `actorKind` of audit events recorded for invitations made with the CLI. */
export const CLI_ACTOR_KIND = 'system:cli';

export interface CliInvitation {
  email: string;
  /** Default: the part of the address before the @. */
  name?: string;
  role: string;
  /** A partner organisation's id or exact name; required for (and only for) a partner role. */
  partner?: string;
}

/** Input that cannot be right whatever the database holds (exit 2). */
export class InviteUsageError extends Error {
  override name = 'InviteUsageError';
}

/** Refused by the tenant's data: unknown tenant or organisation, address taken (exit 1). */
export class InviteRefusedError extends Error {
  override name = 'InviteRefusedError';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks what can be checked before opening the database. */
export function checkInvitation(input: CliInvitation): void {
  if (!EMAIL.test(input.email) || input.email.length > 254) throw new InviteUsageError(`"${input.email}" is not an email address.`);
  if (!INVITE_ROLES.includes(input.role)) {
    throw new InviteUsageError(`Unknown role "${input.role}": use a staff role (${STAFF_ROLES.join(', ')}) or, with --partner, a partner role (${PARTNER_ROLES.join(', ')}).`);
  }
  if (isPartnerRole(input.role) && !input.partner) throw new InviteUsageError(`The partner role "${input.role}" needs --partner <organisation id or name>.`);
  if (isStaffRole(input.role) && input.partner) throw new InviteUsageError(`"${input.role}" is a staff role: staff belong to no organisation, so leave out --partner.`);
  if (input.name !== undefined && !input.name.trim()) throw new InviteUsageError('--name must not be blank.');
}

export interface InviteDeps {
  keys: KeyRing;
  publicUrl: string;
  /** Who invites: the registered identity provider and its plugin (none: nobody can be invited). */
  identity: { pluginId: string; provider: IdentityProvider } | null;
  /** The declared audit actions, which the invitation's audit entry must be one of. */
  auditCatalog: AuditCatalog;
}

export interface CliInviteResult {
  person: InvitedPerson;
  /** The invitation as queued for mailing, and its row in `outbound_mail`. */
  mail: MailMessage;
  mailId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Invites a person into the tenant in `trx`, which must already be scoped to the tenant
 * (`app.tenant_id`). The mail is queued in the same transaction; send it after commit.
 */
export async function inviteFromCli(trx: Knex.Transaction, deps: InviteDeps, tenant: { id: string; slug: string }, input: CliInvitation): Promise<CliInviteResult> {
  checkInvitation(input);
  let partnerId: string | undefined;
  if (input.partner) {
    const partners = trx('partners').where({ tenantId: tenant.id });
    if (UUID.test(input.partner)) partners.where((q) => q.where({ id: input.partner }).orWhere({ name: input.partner }));
    else partners.where({ name: input.partner });
    const found: { id: string }[] = await partners.select('id');
    if (found.length === 0) throw new InviteRefusedError(`Tenant "${tenant.slug}" has no partner organisation "${input.partner}".`);
    if (found.length > 1) throw new InviteRefusedError(`Tenant "${tenant.slug}" has ${found.length} organisations named "${input.partner}"; give its id.`);
    partnerId = found[0].id;
  }

  // The operator stands in for a tenant administrator, the only one who may invite staff; the audit
  // trail records the CLI, not a person.
  const actor: Actor = { kind: 'staff', tenantId: tenant.id, personId: null, partnerId: null, roles: ['tenant_admin'], permissions: new Set(), via: 'cli' };
  if (!deps.identity) throw new InviteRefusedError('No registered plugin provides identity (sign-in), so nobody can be invited. Add the access plugin to portico.config.');
  const identity = deps.identity;
  const queued: { mail?: MailMessage; id?: string } = {};
  let person: InvitedPerson;
  try {
    person = await identity.provider.invite(
      {
        db: trx,
        tenant,
        keys: deps.keys,
        publicUrl: deps.publicUrl,
        actor,
        audit: (entry) => writeAudit(trx, deps.auditCatalog, { pluginId: identity.pluginId, tenantId: tenant.id, actor: null, ip: null, requestId: null, actorKind: CLI_ACTOR_KIND }, entry),
        sendMail: async (message) => {
          queued.id = await queueMail(trx, tenant.id, message);
          queued.mail = message;
        },
      },
      { email: input.email, name: input.name?.trim() || input.email.split('@')[0], role: input.role, partnerId },
    );
  } catch (error) {
    if (error instanceof HttpProblem && error.status < 500) throw new InviteRefusedError(error.detail ?? error.message);
    throw error;
  }
  if (!queued.mail || !queued.id) throw new Error('The identity provider invited the person but sent no invitation.');
  return { person, mail: queued.mail, mailId: queued.id };
}

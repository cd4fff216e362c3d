/** Built-in roles exist in every tenant; tenants add access groups of their own beside them. */
export const PARTNER_ROLES = ['partner_admin', 'principal', 'salesperson', 'technical', 'partner_user'] as const;
export const STAFF_ROLES = ['tenant_admin', 'partner_manager', 'support'] as const;

export type PartnerRole = (typeof PARTNER_ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];
export type BuiltInRole = PartnerRole | StaffRole;

export const BUILT_IN_ROLES: readonly BuiltInRole[] = [...PARTNER_ROLES, ...STAFF_ROLES];

export interface PermissionDeclaration {
  /** One sentence for the permissions matrix: what holding it lets a person do. */
  description: string;
  /** Built-in roles that hold it by default. `tenant_admin` holds every permission but a partner's own acts. */
  grantedTo?: readonly BuiltInRole[];
  /**
   * Power over the programme itself: its people, access groups, partners, API keys or settings.
   * An embed token never carries it for a staff person, and a key's default scopes leave it out
   * (see docs/security.md, "API keys and embed tokens").
   */
  administrative?: boolean;
  /**
   * Held only by a tenant's backend, through an API key whose scopes name it (a data feed pushing
   * client companies, say): no role or access group ever holds it, nor any embed token.
   */
  backend?: true;
  /**
   * A partner's own act (taking a course, asking a question, registering a deal): the vendor's staff
   * never do it, so no staff person holds it — not the tenant administrator, not through a staff
   * group — and no page that needs it is offered to them. Granted to partner roles only.
   */
  partnerAct?: true;
}

/** A permission key is `<plugin id>.<action>`, e.g. `deals.submit`. */
export const PERMISSION_KEY = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9_.-]*$/;

export function isPartnerRole(role: string): role is PartnerRole {
  return (PARTNER_ROLES as readonly string[]).includes(role);
}

/** Whether a permission is a partner's own act (`partnerAct: true`), which no staff person holds. */
export function partnerSideOnly(permission: Pick<PermissionDeclaration, 'partnerAct'> | undefined): boolean {
  return permission?.partnerAct === true;
}

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

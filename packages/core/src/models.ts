/**
 * Objection models of the core schema (migrations/ at the repository root). The database is set up
 * with snake_case columns and camelCase properties (knexSnakeCaseMappers) for every query.
 * Always query through the request's transaction: `Partner.query(ctx.db)`.
 */
import { Model } from 'objection';

export type PartnerStatus = 'active' | 'suspended' | 'archived';
export type PersonKind = 'staff' | 'member';
export type PersonStatus = 'invited' | 'active' | 'deactivated' | 'removed';

export interface Brand {
  displayName?: string;
  logoUrl?: string;
  primaryColor?: string;
  accentColor?: string;
  fontFamily?: string;
  poweredBy?: boolean;
}

export class Tenant extends Model {
  static override tableName = 'tenants';
  declare id: string;
  declare slug: string;
  declare name: string;
  declare status: 'active' | 'suspended';
  declare brand: Brand;
  declare settings: Record<string, Record<string, unknown>>;
  declare embedOrigins: string[];
  declare domains: string[];
  declare defaultLocale: string;
  declare createdAt: Date;
  declare updatedAt: Date;
}

export class Partner extends Model {
  static override tableName = 'partners';
  declare id: string;
  declare tenantId: string;
  declare name: string;
  declare status: PartnerStatus;
  declare tier: string | null;
  declare country: string | null;
  declare createdAt: Date;
  declare updatedAt: Date;
}

export class Person extends Model {
  static override tableName = 'people';
  declare id: string;
  declare tenantId: string;
  declare kind: PersonKind;
  declare email: string;
  declare name: string;
  declare status: PersonStatus;
  declare locale: string | null;
  declare timeZone: string | null;
  declare externalId: string | null;
  declare lastSeenAt: Date | null;
  declare createdAt: Date;
  declare updatedAt: Date;
}

/** A person's place: a partner organisation with one partner role, or the tenant's staff with a staff role. */
export class Membership extends Model {
  static override tableName = 'memberships';
  declare id: string;
  declare tenantId: string;
  declare personId: string;
  declare partnerId: string | null;
  declare role: string;
  declare createdAt: Date;
  declare updatedAt: Date;
}

export class AuditEvent extends Model {
  static override tableName = 'audit_events';
  declare id: string;
  declare tenantId: string;
  declare partnerId: string | null;
  declare actorPersonId: string | null;
  declare actorKind: string | null;
  declare action: string;
  declare targetType: string;
  declare targetId: string | null;
  declare before: unknown;
  declare after: unknown;
  declare ip: string | null;
  declare requestId: string | null;
  declare createdAt: Date;
}

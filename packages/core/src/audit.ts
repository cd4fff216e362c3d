/**
 * The audit trail as part of the contract: a plugin declares every action it writes (`ctx.audit`),
 * each with what people read for it in every language Portico speaks, and how to name its own kinds
 * of target. The audit log and its CSV then say "Deal submitted — Acme renewal" where the record holds
 * `deals.deal.submitted` and an id. Writing an action that no registered plugin declares is refused
 * (like emitting an undeclared event), so a label can never be missing.
 *
 *     audit: defineAudit({
 *       actions: {
 *         'deals.deal.submitted': { en: 'Deal submitted', fr: 'Affaire soumise', es: 'Oportunidad enviada' },
 *       },
 *       targets: {
 *         deal: {
 *           async name({ db }, ids) {
 *             const rows = await db('deals').whereIn('id', ids).select('id', 'customer_name', 'title');
 *             return new Map(rows.map((r) => [r.id, `${r.customerName} — ${r.title}`]));
 *           },
 *         },
 *       },
 *     }),
 */
import type { Knex } from 'knex';
import type { TenantRef } from './plugin.js';
import type { Locale } from './schemas.js';

/** What people read for an audit action, in every language Portico speaks. */
export type AuditLabel = Readonly<Record<Locale, string>>;

/** What a target namer is handed: the reading request's transaction (tenant-scoped) and its language. */
export interface AuditNamingContext {
  db: Knex.Transaction;
  tenant: TenantRef;
  /** The language of the page being read, for a name that needs words of its own ("Session of …"). */
  locale: Locale;
}

/**
 * Names one kind of target: the ids of a whole page of the trail at once (each a UUID, each asked
 * once), answered with ONE query of the declaring plugin's own tables (or core's: people, partners,
 * clients). An id left out of the answer (the object is gone) shows without a name.
 */
export interface AuditTargetDeclaration {
  name(ctx: AuditNamingContext, ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

export interface AuditDeclaration {
  /**
   * Every action the plugin writes, `<plugin>.<object>.<verb>` (e.g. `deals.deal.submitted`), with its
   * label. `<plugin>.settings.updated`, written by the settings route, is labelled by the registry.
   */
  actions: Readonly<Record<string, AuditLabel>>;
  /**
   * How to name the plugin's own target types (`targetType` of its entries), e.g. `deal`. The entries
   * of an action are named by the namers of the plugin that declares the action; the targets core
   * owns (`person`, `partner`, `client`, `tenant`) are named by core unless the plugin names them.
   */
  targets?: Readonly<Record<string, AuditTargetDeclaration>>;
}

/** Types a plugin's audit declaration; returns it unchanged. */
export function defineAudit<const A extends AuditDeclaration>(declaration: A): A {
  return declaration;
}

/** One declared action, as the catalogue lists it. */
export interface AuditActionInfo {
  action: string;
  pluginId: string;
  label: AuditLabel;
}

/** An entry of the trail as naming needs it. */
export interface AuditTargetRef {
  action: string;
  targetType: string;
  targetId: string | null;
}

/** Every audit action the registered plugins declare, and their target namers (what the audit log reads). */
export interface AuditCatalog {
  /** The declared actions, sorted by action. */
  actions(): readonly AuditActionInfo[];
  has(action: string): boolean;
  /** The action's label in `locale`; null for an action no registered plugin declares (a removed plugin's records). */
  label(action: string, locale: Locale): string | null;
  /**
   * The names of the entries' targets, keyed by `targetKey(entry)`: one call of each namer concerned,
   * in `ctx.db`. Targets without an id, without a namer or no longer there are left out.
   */
  nameTargets(ctx: AuditNamingContext, entries: Iterable<AuditTargetRef>): Promise<Map<string, string>>;
  /** The key of an entry's target in what `nameTargets` answers. */
  targetKey(entry: AuditTargetRef): string;
}

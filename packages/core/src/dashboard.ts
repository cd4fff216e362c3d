/**
 * The portal's home as a dashboard: what needs the signed-in person, from every plugin, without the
 * portal knowing any of them. A plugin contributes summaries to `dashboardSummaries`; the built-in
 * `portal` plugin answers `GET /api/v1/portal/dashboard` with those whose permission (and audience)
 * the caller holds, each run once, and `<portico-dashboard>` shows them, each count linking to the page
 * that lists what it counts:
 *
 *     contributes: [contribute(dashboardSummaries, {
 *       key: 'review', permission: P.review, audience: 'staff', title: { en: 'Deals', fr: 'Opportunités', es: 'Oportunidades' },
 *       async summarise({ db, tenant }) {
 *         const [{ pending }] = await db('deals').where({ tenantId: tenant.id, status: 'pending' }).count({ pending: '*' });
 *         return [{ key: 'to-review', count: Number(pending), link: '/deals/review', tone: 'attention',
 *           label: { en: { one: '{count} deal to review', other: '{count} deals to review' }, fr: …, es: … } }];
 *       },
 *     })]
 *
 * Browser-safe; the answer's schema is in dashboard-schemas.ts (apart, so that a widget taking the
 * permission's name from here does not bring TypeBox along).
 */
import type { Knex } from 'knex';
import type { Actor } from './actor.js';
import { defineExtensionPoint } from './extensions.js';
import type { EnabledPlugins, Logger, TenantRef } from './plugin.js';
import type { Locale } from './schemas.js';

/**
 * A counted phrase in every language, in the forms `Intl.PluralRules` names: `one`, and `other` for
 * every other category of the language; `{count}` stands for the number, formatted for the reader.
 */
export type DashboardLabel = Readonly<Record<Locale, { readonly one: string; readonly other: string }>>;

/** One count of a summary: "3 deals to review", linking to the page that lists those three. */
export interface DashboardItem {
  /** Unique within the summary, e.g. `to-review`. */
  key: string;
  /** How many; items counting nothing are not shown. */
  count: number;
  label: DashboardLabel;
  /**
   * The portal path of the page that lists exactly what is counted (with the query parameters that
   * page reads, e.g. `/deals?status=pending`): the count and the page must agree, so a summary counts
   * with the same rule of who sees what as the page's own route.
   */
  link: string;
  /** `attention`: the person is expected to act on it; `info` (the default): worth knowing. */
  tone?: 'attention' | 'info';
}

/** What a summary is handed: the request, seen as its contributing plugin. */
export interface DashboardContext<Settings = Record<string, unknown>> {
  /** The request's transaction (tenant-scoped), inside a savepoint of this summary's own: read only. */
  db: Knex.Transaction;
  tenant: TenantRef;
  /** Who asks: signed in, holding the summary's permission. */
  actor: Actor;
  /** The moment the dashboard stands for. */
  now: Date;
  /** The contributing plugin's settings for the tenant, defaults filled in. */
  settings(): Promise<Settings>;
  /** Which of the plugins the contributing plugin declares are enabled. */
  plugins: EnabledPlugins;
  log: Logger;
}

/** A plugin's summary: one section of the dashboard. */
export interface DashboardSummary<Settings = any> {
  /** Unique within the plugin, e.g. `review`; the section's key is `<plugin>.<key>`. */
  key: string;
  /** Only callers holding it are shown the section (and only for them is it made). */
  permission: string;
  /** Partners' people (`partner`), the tenant's staff and API keys (`staff`), or both (the default). */
  audience?: 'partner' | 'staff' | 'everyone';
  /** The section's heading. */
  title: Readonly<Record<Locale, string>>;
  /**
   * The counts, scoped to the caller as the linked pages scope them (a partner's person: their
   * organisation's, or their own; staff: the tenant's). Make ONE query of the plugin's own tables (and
   * core's): every signed-in home page runs every summary. A throw leaves the section out as failed
   * and the rest of the dashboard unharmed.
   */
  summarise(ctx: DashboardContext<Settings>): Promise<readonly DashboardItem[]>;
}

/** The permission of `GET /api/v1/portal/dashboard`, held by every built-in role (the portal plugin declares it). */
export const DASHBOARD_PERMISSION = 'portal.dashboard';

/** Where plugins contribute their summaries; read by the portal. */
export const dashboardSummaries = defineExtensionPoint<DashboardSummary>('portal.dashboard');

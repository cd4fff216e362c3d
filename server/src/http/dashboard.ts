/**
 * `GET /api/v1/portal/dashboard`: the signed-in person's home, made of the summaries plugins
 * contribute to `dashboardSummaries` (see @portico/core's dashboard.ts). A route of the built-in
 * `portal` plugin, which knows no plugin: it runs the summaries whose permission and audience the
 * caller holds, in registration order, each once per request, each in a savepoint of the request's
 * transaction — so that a summary that fails (a query error aborts a PostgreSQL transaction) is
 * logged and answered as a failed section, and the others still run.
 */
import type { Knex } from 'knex';
import {
  DASHBOARD_PERMISSION,
  dashboardSummaries,
  defineRoute,
  LOCALES,
  PortalDashboard,
  type Actor,
  type ContributedValue,
  type DashboardItem,
  type DashboardItemView,
  type DashboardSection,
  type DashboardSummary,
  type RouteContext,
} from '@portico/core';
import type { Registry } from '../registry/registry.js';
import { settingsSnapshot, type SettingsSnapshot } from '../settings.js';

const LINK = /^\/(?!\/)/;

/** Whether the summary is for this kind of caller: partners' people, staff (and API keys), or both. */
export function inAudience(summary: Pick<DashboardSummary, 'audience'>, actor: Actor): boolean {
  const audience = summary.audience ?? 'everyone';
  if (audience === 'everyone') return true;
  return audience === 'partner' ? actor.kind === 'member' : actor.kind !== 'member';
}

/** An item as answered; one the answer's schema would refuse throws, saying why (its section then counts as failed). */
function itemView(item: DashboardItem): DashboardItemView {
  if (!item || typeof item.key !== 'string' || !item.key) throw new Error('an item has no key');
  if (!Number.isSafeInteger(item.count) || item.count < 0) throw new Error(`item "${item.key}" counts ${String(item.count)}, not a whole number`);
  if (typeof item.link !== 'string' || !LINK.test(item.link)) throw new Error(`item "${item.key}" links to ${String(item.link)}, not a portal path`);
  for (const locale of LOCALES) {
    const forms = item.label?.[locale];
    if (typeof forms?.one !== 'string' || typeof forms.other !== 'string') throw new Error(`item "${item.key}" has no ${locale} label`);
  }
  const label = Object.fromEntries(LOCALES.map((locale) => [locale, { one: item.label[locale].one, other: item.label[locale].other }])) as DashboardItemView['label'];
  return { key: item.key, count: item.count, label, link: item.link, ...(item.tone ? { tone: item.tone } : {}) };
}

/** What one request has made so far: each section once, however often it is asked for. */
const made = new WeakMap<Knex.Transaction, Map<string, Promise<DashboardSection>>>();

interface DashboardRequest {
  db: Knex.Transaction;
  tenant: RouteContext['tenant'];
  actor: Actor;
  log: RouteContext['log'];
  now: Date;
  settings: SettingsSnapshot;
}

async function makeSection(registry: Registry, req: DashboardRequest, { pluginId, value: summary }: ContributedValue<DashboardSummary>): Promise<DashboardSection> {
  const key = `${pluginId}.${summary.key}`;
  // A language the plugin left out reads in English, rather than failing the whole answer.
  const title = Object.fromEntries(LOCALES.map((locale) => [locale, summary.title?.[locale] ?? summary.title?.en ?? key])) as DashboardSection['title'];
  const section = { key, pluginId, title };
  try {
    // A savepoint of its own: a failed query rolls back to it, and the request's transaction goes on.
    const items = await req.db.transaction((savepoint) =>
      summary.summarise({
        db: savepoint,
        tenant: req.tenant,
        actor: req.actor,
        now: req.now,
        settings: () => req.settings.of(req.tenant.id, pluginId),
        plugins: registry.pluginsFor(pluginId),
        log: req.log,
      }),
    );
    if (!Array.isArray(items)) throw new Error('summarise answered no list of items');
    return { ...section, items: items.map(itemView).filter((item) => item.count > 0) };
  } catch (err) {
    req.log.error({ err, summary: key }, 'a dashboard summary failed');
    return { ...section, items: [], error: true };
  }
}

/** The caller's sections, in registration order: the summaries whose permission and audience they hold. */
export async function dashboardOf(registry: Registry, req: DashboardRequest): Promise<DashboardSection[]> {
  let sections = made.get(req.db);
  if (!sections) made.set(req.db, (sections = new Map()));
  const answer: DashboardSection[] = [];
  const taken = new Set<string>();
  for (const contribution of registry.extensions.of(dashboardSummaries)) {
    const { pluginId, value: summary } = contribution;
    const key = `${pluginId}.${summary.key}`;
    // A key given twice by one plugin: the first one counts.
    if (taken.has(key) || !req.actor.permissions.has(summary.permission) || !inAudience(summary, req.actor)) continue;
    taken.add(key);
    let section = sections.get(key);
    if (!section) {
      section = makeSection(registry, req, contribution);
      sections.set(key, section);
    }
    // One at a time: savepoints of one transaction nest, they do not run side by side.
    answer.push(await section);
  }
  return answer;
}

export function dashboardRoute(registry: () => Registry) {
  return defineRoute({
    method: 'GET',
    path: '/portal/dashboard',
    name: 'dashboard.get',
    summary: 'What needs me: the counts each plugin summarises for the signed-in caller',
    description:
      'The home page of the portal (`<portico-dashboard>`): one section per summary a plugin contributes to `portal.dashboard` whose permission (and audience: partners, staff) the caller holds, ' +
      'in the order the plugins are registered. Each count is scoped as the page it links to is (a partner\'s person: their organisation\'s or their own; staff: the tenant\'s) and `link` opens that page filtered to what is counted; counts of zero are left out. ' +
      'A summary that fails is logged and answered with `error: true` and no items; the other sections are unharmed. Labels come in every language, in plural forms.',
    permission: DASHBOARD_PERMISSION,
    schemas: { response: PortalDashboard },
    async handler({ db, tenant, actor, log }) {
      const reg = registry();
      return { sections: await dashboardOf(reg, { db, tenant, actor: actor!, log, now: new Date(), settings: settingsSnapshot(db, reg) }) };
    },
  });
}

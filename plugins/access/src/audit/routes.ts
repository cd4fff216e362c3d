/**
 * The audit trail: read it page by page, or take it away as CSV. Staff read the tenant's whole trail;
 * a partner admin reads their organisation's. Exporting is itself audited: it is a read of sensitive data.
 */
import type { Actor, RouteContext, RouteDefinition } from '@portico/core';
import { defineRoute, Page } from '@portico/core';
import { P } from '../permissions.js';
import { AUDIT_FILTERS, AuditActionList, AuditActionsQuery, AuditEvent, AuditExportQuery, AuditListQuery } from '../schemas.js';
import { declaredActions, exportEvents, listEvents, readerLocale, type AuditFilters, type AuditReading } from './service.js';

/** Exports are heavy: a person may start this many per minute. */
const EXPORTS_PER_MINUTE = 20;

function filtersOf(query: Record<string, unknown>): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of AUDIT_FILTERS) {
    if (typeof query[key] === 'string') filters[key] = query[key] as string;
  }
  return filters;
}

/** Labels and names in the language asked for, else the reader's own, else the tenant's. */
async function readingOf(ctx: Pick<RouteContext, 'db' | 'actor' | 'tenant' | 'auditCatalog'>, locale: AuditListQuery['locale']): Promise<AuditReading> {
  return { catalog: ctx.auditCatalog, tenant: ctx.tenant, locale: await readerLocale(ctx.db, ctx.actor as Actor, ctx.tenant.id, locale) };
}

export const auditRoutes: RouteDefinition<any>[] = [
  defineRoute({
    method: 'GET',
    path: '/access/audit',
    name: 'audit.list',
    summary: 'Read the audit trail, newest first',
    description:
      'Staff read the whole tenant; a partner member reads only the events of their organisation (`partnerId` cannot widen that). ' +
      'Each event carries its action’s label and its target’s name, in `locale` (default: the reader’s language).',
    permission: P.auditRead,
    schemas: { query: AuditListQuery, response: Page(AuditEvent) },
    async handler(ctx) {
      const { db, actor, query } = ctx;
      return listEvents(db, actor as Actor, filtersOf(query), { cursor: query.cursor, limit: query.limit }, await readingOf(ctx, query.locale));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/access/audit/actions',
    name: 'audit.actions',
    summary: 'List the audit actions the registered plugins declare, with their labels',
    description: 'What the trail may hold and what each action is called in `locale` (default: the reader’s language), sorted by action: the choices of the log’s action filter.',
    permission: P.auditRead,
    schemas: { query: AuditActionsQuery, response: AuditActionList },
    async handler(ctx) {
      const { locale } = await readingOf(ctx, ctx.query.locale);
      return { items: declaredActions(ctx.auditCatalog, locale) };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/access/audit/export',
    name: 'audit.export',
    summary: 'Download the audit trail as CSV',
    description:
      `The events the filters select, newest first, at most 50,000 (then \`X-Portico-Truncated: true\`), with each action's label (\`action_label\`) and each target's name (\`target_name\`) in \`locale\` (default: the reader's language). ` +
      `Cells a spreadsheet would take for a formula start with \`'\`.`,
    permission: P.auditRead,
    status: 200,
    schemas: { query: AuditExportQuery },
    async handler(ctx) {
      const { db, actor, query, http, audit, rateLimit } = ctx;
      const who = actor as Actor;
      await rateLimit(`audit-export:${who.personId ?? who.via}`, EXPORTS_PER_MINUTE, 60);
      const filters = filtersOf(query);
      const file = await exportEvents(db, who, filters, await readingOf(ctx, query.locale));
      await audit({ action: 'access.audit.exported', targetType: 'audit_trail', targetId: null, after: { filters, rowCount: file.rowCount, truncated: file.truncated } });
      http.setHeader('Content-Disposition', `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`);
      http.setHeader('Cache-Control', 'no-store');
      // The file holds text people typed: never let a browser take it for a page.
      http.setHeader('X-Content-Type-Options', 'nosniff');
      if (file.truncated) http.setHeader('X-Portico-Truncated', 'true');
      http.send(file.csv, 'text/csv; charset=utf-8');
    },
  }),
];

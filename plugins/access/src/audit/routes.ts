/**
 * The audit trail: read it page by page, or take it away as CSV. Staff read the tenant's whole trail;
 * a partner admin reads their organisation's. Exporting is itself audited: it is a read of sensitive data.
 */
import type { Actor, RouteDefinition } from '@portico/core';
import { defineRoute, Page } from '@portico/core';
import { P } from '../permissions.js';
import { AuditEvent, AuditExportQuery, AuditListQuery } from '../schemas.js';
import { exportEvents, listEvents, type AuditFilters } from './service.js';

/** Exports are heavy: a person may start this many per minute. */
const EXPORTS_PER_MINUTE = 20;

function filtersOf(query: Record<string, unknown>): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of Object.keys(AuditExportQuery.properties) as (keyof AuditFilters)[]) {
    if (typeof query[key] === 'string') filters[key] = query[key] as string;
  }
  return filters;
}

export const auditRoutes: RouteDefinition<any>[] = [
  defineRoute({
    method: 'GET',
    path: '/access/audit',
    name: 'audit.list',
    summary: 'Read the audit trail, newest first',
    description: 'Staff read the whole tenant; a partner member reads only the events of their organisation (`partnerId` cannot widen that).',
    permission: P.auditRead,
    schemas: { query: AuditListQuery, response: Page(AuditEvent) },
    async handler({ db, actor, query }) {
      return listEvents(db, actor as Actor, filtersOf(query), { cursor: query.cursor, limit: query.limit });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/access/audit/export',
    name: 'audit.export',
    summary: 'Download the audit trail as CSV',
    description: `The events the filters select, newest first, at most 50,000 (then \`X-Portico-Truncated: true\`). Cells a spreadsheet would take for a formula start with \`'\`.`,
    permission: P.auditRead,
    status: 200,
    schemas: { query: AuditExportQuery },
    async handler({ db, actor, query, http, audit, rateLimit }) {
      const who = actor as Actor;
      await rateLimit(`audit-export:${who.personId ?? who.via}`, EXPORTS_PER_MINUTE, 60);
      const filters = filtersOf(query);
      const file = await exportEvents(db, who, filters);
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

/**
 * What documents tell the portal's home (`dashboardSummaries`): for a partner's person, the files new
 * and updated since their last recorded visit of the library — the same badges, under the same rule
 * of who sees which file (`visibleFiles`), that the library's spaces show. One query: the visit is
 * read inside it. Visiting the library records a visit, which brings these counts back to zero.
 */
import { contribute, dashboardSummaries, type DashboardSummary } from '@portico/core';
import { P } from './permissions.js';
import { visibleFiles } from './queries.js';

const newSinceVisit: DashboardSummary = {
  key: 'new',
  permission: P.read,
  // Staff publish the files; what is new to partners is what a partner's home says.
  audience: 'partner',
  title: { en: 'Documents', fr: 'Documents', es: 'Documentos' },
  async summarise({ db, tenant, actor }) {
    const since = db('document_visits').where({ tenantId: tenant.id, personId: actor.personId }).select('visited_at');
    const row = await visibleFiles(db, tenant.id, actor)
      .clearSelect()
      .select(db.raw('count(*) filter (where (?) is null or document_files.created_at > (?))::int as new_files', [since, since]))
      .select(db.raw('count(*) filter (where document_files.created_at <= (?) and document_files.version_at > (?))::int as updated_files', [since, since]))
      .first();
    return [
      {
        key: 'new',
        count: Number(row?.newFiles ?? 0),
        link: '/documents',
        label: {
          en: { one: '{count} new document since your last visit', other: '{count} new documents since your last visit' },
          fr: { one: '{count} nouveau document depuis votre dernière visite', other: '{count} nouveaux documents depuis votre dernière visite' },
          es: { one: '{count} documento nuevo desde su última visita', other: '{count} documentos nuevos desde su última visita' },
        },
      },
      {
        key: 'updated',
        count: Number(row?.updatedFiles ?? 0),
        link: '/documents',
        label: {
          en: { one: '{count} document updated since your last visit', other: '{count} documents updated since your last visit' },
          fr: { one: '{count} document mis à jour depuis votre dernière visite', other: '{count} documents mis à jour depuis votre dernière visite' },
          es: { one: '{count} documento actualizado desde su última visita', other: '{count} documentos actualizados desde su última visita' },
        },
      },
    ];
  },
};

export const documentsDashboard = [contribute(dashboardSummaries, newSinceVisit)];

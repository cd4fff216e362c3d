/** What the training plugin's audit actions are called in the log and its CSV, and how modules, attempts and certifications are named there. */
import type { Knex } from 'knex';
import { defineAudit } from '@portico/core';

export const trainingAudit = defineAudit({
  actions: {
    'training.module.created': { en: 'Training module created', fr: 'Module de formation créé', es: 'Módulo de formación creado' },
    'training.module.updated': { en: 'Training module changed', fr: 'Module de formation modifié', es: 'Módulo de formación modificado' },
    'training.module.versioned': { en: 'New version of a training module', fr: 'Nouvelle version d’un module de formation', es: 'Nueva versión de un módulo de formación' },
    'training.module.published': { en: 'Training module published', fr: 'Module de formation publié', es: 'Módulo de formación publicado' },
    'training.module.retired': { en: 'Training module retired', fr: 'Module de formation retiré', es: 'Módulo de formación retirado' },
    'training.module.deleted': { en: 'Training module deleted', fr: 'Module de formation supprimé', es: 'Módulo de formación eliminado' },
    'training.module.started': { en: 'Training module started', fr: 'Module de formation commencé', es: 'Módulo de formación iniciado' },
    'training.attempt.submitted': { en: 'Quiz submitted', fr: 'Quiz envoyé', es: 'Cuestionario enviado' },
    'training.certification.granted': { en: 'Certification granted', fr: 'Certification obtenue', es: 'Certificación obtenida' },
    'training.certification.expiry-warned': { en: 'Certification expiry warning sent', fr: 'Avertissement d’expiration de certification envoyé', es: 'Aviso de vencimiento de certificación enviado' },
  },
  targets: {
    training_module: {
      async name({ db }, ids) {
        const rows: { id: string; title: string }[] = await db('training_modules').whereIn('id', ids).select('id', 'title');
        return new Map(rows.map((r) => [r.id, r.title]));
      },
    },
    // An attempt or a certification: the module, and whose it is.
    training_attempt: {
      async name({ db }, ids) {
        return moduleAndPerson(db, 'training_attempts', ids);
      },
    },
    training_certification: {
      async name({ db }, ids) {
        return moduleAndPerson(db, 'training_certifications', ids);
      },
    },
  },
});

async function moduleAndPerson(db: Knex.Transaction, table: 'training_attempts' | 'training_certifications', ids: readonly string[]): Promise<Map<string, string>> {
  const rows: { id: string; title: string; name: string | null }[] = await db(`${table} as x`)
    .join('training_modules as m', 'm.id', 'x.module_id')
    .leftJoin('people as p', 'p.id', 'x.person_id')
    .whereIn('x.id', ids)
    .select('x.id', 'm.title', 'p.name');
  return new Map(rows.map((r) => [r.id, r.name ? `${r.title} — ${r.name}` : r.title]));
}

/** What the questions plugin's audit actions are called in the log and its CSV, and how questions and categories are named there. */
import { defineAudit } from '@portico/core';

export const questionsAudit = defineAudit({
  actions: {
    'questions.question.asked': { en: 'Question asked', fr: 'Question posée', es: 'Pregunta formulada' },
    'questions.question.assigned': { en: 'Question assigned', fr: 'Question attribuée', es: 'Pregunta asignada' },
    'questions.question.closed': { en: 'Question closed', fr: 'Question close', es: 'Pregunta cerrada' },
    'questions.question.reopened': { en: 'Question reopened', fr: 'Question rouverte', es: 'Pregunta reabierta' },
    'questions.answer.created': { en: 'Question answered', fr: 'Réponse donnée', es: 'Pregunta respondida' },
    'questions.answer.updated': { en: 'Answer changed', fr: 'Réponse modifiée', es: 'Respuesta modificada' },
    'questions.category.created': { en: 'Question category created', fr: 'Catégorie de questions créée', es: 'Categoría de preguntas creada' },
    'questions.category.updated': { en: 'Question category changed', fr: 'Catégorie de questions modifiée', es: 'Categoría de preguntas modificada' },
    'questions.category.deleted': { en: 'Question category deleted', fr: 'Catégorie de questions supprimée', es: 'Categoría de preguntas eliminada' },
  },
  targets: {
    question: {
      async name({ db }, ids) {
        const rows: { id: string; subject: string }[] = await db('questions').whereIn('id', ids).select('id', 'subject');
        return new Map(rows.map((r) => [r.id, r.subject]));
      },
    },
    question_category: {
      async name({ db }, ids) {
        const rows: { id: string; name: string }[] = await db('question_categories').whereIn('id', ids).select('id', 'name');
        return new Map(rows.map((r) => [r.id, r.name]));
      },
    },
  },
});

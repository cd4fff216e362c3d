/**
 * The questions plugin's part of the portal: the "Questions" nav entry and its pages — the list,
 * asking, a question's page (where the answer email links), the staff's queue and the categories.
 * `<portico-question-list deal-id compact>` also shows on a deal's page. Each element is loaded on
 * first use; the translations with the locale.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';

export default defineWidgets({
  id: 'questions',
  nav: [
    { path: '/questions', label: () => msg('Questions', { id: 'questions.title' }), description: () => msg('Ask the vendor’s experts a technical question.', { id: 'questions.nav-description.questions' }), permission: 'questions.read', order: 30 },
    { path: '/questions/queue', label: () => msg('Question queue', { id: 'questions.queue.title' }), description: () => msg('Questions from partners waiting for an answer.', { id: 'questions.nav-description.questions.queue' }), permission: 'questions.answer', audience: 'staff', order: 31 },
  ],
  pages: [
    { path: '/questions', tag: 'portico-question-list', load: () => import('./question-list.js'), permission: 'questions.read', title: () => msg('Questions', { id: 'questions.title' }) },
    { path: '/questions/new', tag: 'portico-question-form', load: () => import('./question-form.js'), permission: 'questions.ask', title: () => msg('Ask a question', { id: 'questions.form.title' }) },
    { path: '/questions/queue', tag: 'portico-question-queue', load: () => import('./question-queue.js'), permission: 'questions.answer', title: () => msg('Question queue', { id: 'questions.queue.title' }) },
    {
      path: '/questions/categories',
      tag: 'portico-question-categories',
      load: () => import('./question-categories.js'),
      permission: 'questions.categories.manage',
      title: () => msg('Question categories', { id: 'questions.categories.heading' }),
    },
    { path: '/questions/:questionId', tag: 'portico-question-detail', load: () => import('./question-detail.js'), permission: 'questions.read', title: () => msg('Question', { id: 'questions.detail.title' }) },
  ],
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});

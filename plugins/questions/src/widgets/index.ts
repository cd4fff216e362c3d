/**
 * The questions plugin's part of the portal: the "Questions" nav entry and its pages — the list,
 * asking, a question's page (where the answer email links), the staff's queue and the categories.
 * `<portico-question-list deal-id compact>` also shows on a deal's page. Each element is loaded on
 * first use; the translations with the locale.
 */
import { msg } from '@lit/localize';
import { defineWidgets } from '@portico/widgets';
import { P } from '../permissions.js';
import { questionElements as E } from '../elements.js';

export default defineWidgets({
  id: 'questions',
  nav: [
    { path: '/questions', label: () => msg('Questions', { id: 'questions.title' }), description: () => msg('Ask the vendor’s experts a technical question.', { id: 'questions.nav-description.questions' }), permission: P.read, order: 30 },
    { path: '/questions/queue', label: () => msg('Question queue', { id: 'questions.queue.title' }), description: () => msg('Questions from partners waiting for an answer.', { id: 'questions.nav-description.questions.queue' }), permission: P.answer, audience: 'staff', order: 31 },
  ],
  pages: [
    { path: '/questions', tag: E.questionList, load: () => import('./question-list.js'), permission: P.read, title: () => msg('Questions', { id: 'questions.title' }) },
    { path: '/questions/new', tag: E.questionForm, load: () => import('./question-form.js'), permission: P.ask, title: () => msg('Ask a question', { id: 'questions.form.title' }) },
    { path: '/questions/queue', tag: E.questionQueue, load: () => import('./question-queue.js'), permission: P.answer, title: () => msg('Question queue', { id: 'questions.queue.title' }) },
    {
      path: '/questions/categories',
      tag: E.questionCategories,
      load: () => import('./question-categories.js'),
      permission: P.categoriesManage,
      title: () => msg('Question categories', { id: 'questions.categories.heading' }),
    },
    { path: '/questions/:questionId', tag: E.questionDetail, load: () => import('./question-detail.js'), permission: P.read, title: () => msg('Question', { id: 'questions.detail.title' }) },
  ],
  translations: { fr: () => import('./i18n/fr.js'), es: () => import('./i18n/es.js') },
});

/**
 * The questions plugin: technical questions from partners, answered by staff, with answer history.
 *
 * - `technical` and `principal` members ask (subject, Markdown body, optional category, optional deal
 *   of their own organisation); their organisation sees its questions, open, answered or closed;
 * - staff work a queue across partners (open first, filters by partner, category, assignee, age),
 *   assign, answer and update answers — every version is kept and the asker is told (notifications.ts);
 * - the asker closes and reopens; categories are a tenant-managed list.
 */
import { definePlugin } from '@portico/core';
import { questionEvents } from './events.js';
import { permissions } from './permissions.js';
import { categoryRoutes, questionRoutes } from './routes.js';
import { questionsNotifications } from './notifications.js';
import { seedDemoQuestions } from './seed.js';
import { questionsDashboard } from './dashboard.js';
import { questionsAudit } from './audit.js';

export { P as questionsPermissions } from './permissions.js';

export const questionsPlugin = definePlugin({
  id: 'questions',
  version: '0.1.0',
  description: 'Technical questions from partners, answered by staff, with answer history',
  audit: questionsAudit,
  requires: ['access', 'deals'],
  permissions,
  // A tenant may reserve asking (the billing plugin's gate: for partners whose billing is in order).
  features: { 'questions.ask': { description: 'Asking the vendor\'s technical experts' } },
  migrations: new URL('./migrations/', import.meta.url),
  widgets: new URL('../dist/widgets/', import.meta.url),
  events: { emits: questionEvents },
  routes: { v1: [...questionRoutes, ...categoryRoutes] },
  seedDemo: seedDemoQuestions,
  // The home page's counts (dashboard.ts: a partner's questions answered and waiting, the staff's
  // open queue) and who hears of what (notifications.ts).
  contributes: [...questionsDashboard, ...questionsNotifications],
});

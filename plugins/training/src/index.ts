/**
 * The training plugin: modules with versioned quizzes graded on the server, certifications with
 * expiry, and coverage.
 *
 * - staff author modules (Markdown content, a quiz, a pass threshold, a validity, the roles they are
 *   required for): draft → published → retired; a published quiz changes by new versions only;
 * - partner members see the modules required for their role first, with their status on each, take
 *   the quiz (graded on the server against the version they were shown) and hold certifications;
 * - partner admins see their organisation's coverage, staff every partner's;
 * - `notify-expiring` warns each holder once, 30 days before a certification expires.
 */
import { definePlugin } from '@portico/core';
import { trainingEvents } from './events.js';
import { permissions } from './permissions.js';
import { trainingSettings } from './settings.js';
import { trainingRoutes } from './routes.js';
import { notifyExpiring } from './tasks.js';
import { trainingNotifications } from './notifications.js';
import { seedTraining } from './seed.js';
import { trainingDashboard } from './dashboard.js';
import { trainingAudit } from './audit.js';

export { P as trainingPermissions } from './permissions.js';

export const trainingPlugin = definePlugin({
  id: 'training',
  version: '0.1.0',
  description: 'Training modules, quizzes graded on the server, certifications with expiry',
  audit: trainingAudit,
  requires: ['access'],
  // Modules attach files of the documents plugin when it is there (checked through its API).
  optionalRequires: ['documents'],
  permissions,
  migrations: new URL('./migrations/', import.meta.url),
  widgets: new URL('../dist/widgets/', import.meta.url),
  settings: trainingSettings,
  events: { emits: trainingEvents },
  tasks: [notifyExpiring],
  routes: { v1: trainingRoutes },
  seedDemo: seedTraining,
  // The home page's counts (dashboard.ts: certifications expiring soon, one's own and one's people's)
  // and who hears of what (notifications.ts).
  contributes: [...trainingDashboard, ...trainingNotifications],
});

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
import { definePlugin, Type, Uuid } from '@portico/core';
import { permissions } from './permissions.js';
import { TrainingSettings } from './schemas.js';
import { trainingRoutes } from './routes.js';
import { mailExpiring, notifyExpiring } from './tasks.js';
import { seedTraining } from './seed.js';

export { P as trainingPermissions } from './permissions.js';

const NullableUuid = Type.Union([Uuid, Type.Null()]);

export const trainingPlugin = definePlugin({
  id: 'training',
  version: '0.1.0',
  description: 'Training modules, quizzes graded on the server, certifications with expiry',
  requires: ['access'],
  permissions,
  migrations: new URL('../migrations/', import.meta.url),
  settings: TrainingSettings,
  events: {
    emits: {
      'training.passed': Type.Object({
        attemptId: Uuid,
        certificationId: Uuid,
        personId: Uuid,
        partnerId: NullableUuid,
        moduleId: Uuid,
        version: Type.Integer(),
        scorePoints: Type.Integer(),
        totalPoints: Type.Integer(),
        expiresAt: Type.Union([Type.String(), Type.Null()]),
      }),
      'training.failed': Type.Object({
        attemptId: Uuid,
        personId: Uuid,
        partnerId: NullableUuid,
        moduleId: Uuid,
        version: Type.Integer(),
        scorePoints: Type.Integer(),
        totalPoints: Type.Integer(),
      }),
      'certification.expiring': Type.Object({ certificationId: Uuid, personId: Uuid, partnerId: NullableUuid, moduleId: Uuid, expiresAt: Type.String() }),
    },
    handles: {
      'certification.expiring': (event, ctx) => mailExpiring((event.payload as { certificationId: string }).certificationId, ctx),
    },
  },
  tasks: [notifyExpiring],
  routes: { v1: trainingRoutes },
  seedDemo: seedTraining,
});

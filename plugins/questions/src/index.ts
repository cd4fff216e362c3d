/**
 * The questions plugin: technical questions from partners, answered by staff, with answer history.
 *
 * - `technical` and `principal` members ask (subject, Markdown body, optional category, optional deal
 *   of their own organisation); their organisation sees its questions, open, answered or closed;
 * - staff work a queue across partners (open first, filters by partner, category, assignee, age),
 *   assign, answer and update answers — every version is kept and the asker is emailed;
 * - the asker closes and reopens; categories are a tenant-managed list.
 */
import { definePlugin, Type, Uuid } from '@portico/core';
import { permissions } from './permissions.js';
import { categoryRoutes, questionRoutes } from './routes.js';
import { notifyAsker } from './notify.js';
import { seedDemoQuestions } from './seed.js';

export { P as questionsPermissions } from './permissions.js';

const NullableUuid = Type.Union([Uuid, Type.Null()]);

export const questionsPlugin = definePlugin({
  id: 'questions',
  version: '0.1.0',
  description: 'Technical questions from partners, answered by staff, with answer history',
  requires: ['access', 'deals'],
  permissions,
  migrations: new URL('../migrations/', import.meta.url),
  events: {
    emits: {
      'question.asked': Type.Object({ questionId: Uuid, partnerId: Uuid, askedBy: Uuid, subject: Type.String(), categoryId: NullableUuid, dealId: NullableUuid }),
      'question.answered': Type.Object({
        questionId: Uuid,
        partnerId: Uuid,
        askedBy: NullableUuid,
        version: Type.Integer({ minimum: 1 }),
        isUpdate: Type.Boolean({ description: 'True when an existing answer was changed' }),
      }),
      'question.closed': Type.Object({ questionId: Uuid, partnerId: Uuid, previousStatus: Type.String() }),
      'question.reopened': Type.Object({ questionId: Uuid, partnerId: Uuid }),
    },
    handles: {
      'question.answered': notifyAsker,
    },
  },
  routes: { v1: [...questionRoutes, ...categoryRoutes] },
  seedDemo: seedDemoQuestions,
});

/**
 * The events the questions plugin emits, each named `questions.<noun>.<verb-past>`, with the schema of
 * its payload: what the manifest declares, `ctx.emit` is typed from, and other plugins handle.
 */
import { Type, Uuid } from '@portico/core';

const NullableUuid = Type.Union([Uuid, Type.Null()]);

export const questionEvents = {
  'questions.question.asked': Type.Object({ questionId: Uuid, partnerId: Uuid, askedBy: Uuid, subject: Type.String(), categoryId: NullableUuid, dealId: NullableUuid }),
  'questions.question.answered': Type.Object({
    questionId: Uuid,
    partnerId: Uuid,
    askedBy: NullableUuid,
    version: Type.Integer({ minimum: 1 }),
    isUpdate: Type.Boolean({ description: 'True when an existing answer was changed' }),
  }),
  'questions.question.closed': Type.Object({ questionId: Uuid, partnerId: Uuid, previousStatus: Type.String() }),
  'questions.question.reopened': Type.Object({ questionId: Uuid, partnerId: Uuid }),
};

export type QuestionEvents = typeof questionEvents;

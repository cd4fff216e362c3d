/**
 * The events the training plugin emits, each named `training.<noun>.<verb-past>`, with the schema of
 * its payload: what the manifest declares, `ctx.emit` is typed from, and other plugins handle.
 */
import { Type, Uuid } from '@portico/core';

const NullableUuid = Type.Union([Uuid, Type.Null()]);

export const trainingEvents = {
  'training.attempt.passed': Type.Object({
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
  'training.attempt.failed': Type.Object({
    attemptId: Uuid,
    personId: Uuid,
    partnerId: NullableUuid,
    moduleId: Uuid,
    version: Type.Integer(),
    scorePoints: Type.Integer(),
    totalPoints: Type.Integer(),
  }),
  'training.certification.expiry-warned': Type.Object({ certificationId: Uuid, personId: Uuid, partnerId: NullableUuid, moduleId: Uuid, expiresAt: Type.String() }),
};

export type TrainingEvents = typeof trainingEvents;

/** The shapes of the onboarding API: one's checklist, and completion across partners for staff. */
import { Nullable, PageQuery, Timestamp, Type, Uuid, type Static } from '@portico/core';

const Words = Type.Object({ en: Type.String(), fr: Type.Optional(Type.String()), es: Type.Optional(Type.String()) });

export const ChecklistStep = Type.Object({
  key: Type.String(),
  title: Words,
  description: Nullable(Words),
  link: Nullable(Type.String()),
  doneAt: Nullable(Timestamp),
});

export const Checklist = Type.Object({
  role: Nullable(Type.String({ description: 'The role whose checklist this is; null: the role has none' })),
  steps: Type.Array(ChecklistStep),
  done: Type.Integer(),
  total: Type.Integer(),
  completedAt: Nullable(Timestamp),
  dismissedAt: Nullable(Timestamp),
});
export type Checklist = Static<typeof Checklist>;

export const PartnerProgress = Type.Object({
  partnerId: Uuid,
  partnerName: Type.String(),
  people: Type.Integer({ description: 'Active people with a checklist' }),
  completed: Type.Integer({ description: 'Of them, those who finished it' }),
  stepsDone: Type.Integer(),
  stepsTotal: Type.Integer(),
});
export type PartnerProgress = Static<typeof PartnerProgress>;

export const Progress = Type.Object({
  people: Type.Integer(),
  completed: Type.Integer(),
  steps: Type.Array(Type.Object({ key: Type.String(), title: Words, done: Type.Integer({ description: 'People who did it' }), expected: Type.Integer({ description: 'People whose checklist holds it' }) })),
  partners: Type.Array(PartnerProgress),
});
export type Progress = Static<typeof Progress>;

export const PersonProgress = Type.Object({
  personId: Uuid,
  partnerId: Uuid,
  partnerName: Type.String(),
  name: Type.String(),
  email: Type.String(),
  role: Type.String(),
  done: Type.Array(Type.String()),
  total: Type.Integer(),
  completedAt: Nullable(Timestamp),
  dismissedAt: Nullable(Timestamp),
});
export const PeopleProgressQuery = Type.Object({ ...PageQuery, partnerId: Type.Optional(Uuid) });
export type PeopleProgressQuery = Static<typeof PeopleProgressQuery>;

/** The event the onboarding plugin emits: a person finished their role's checklist. */
import { Type, Uuid } from '@portico/core';

export const onboardingEvents = {
  'onboarding.checklist.completed': Type.Object({ personId: Uuid, partnerId: Type.Union([Uuid, Type.Null()]), role: Type.String(), steps: Type.Array(Type.String()) }),
};
export type OnboardingEvents = typeof onboardingEvents;

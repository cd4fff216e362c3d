/** What the onboarding plugin's audit actions are called in the log and its CSV (their target is the person, named by core). */
import { defineAudit } from '@portico/core';

export const onboardingAudit = defineAudit({
  actions: {
    'onboarding.checklist.dismissed': { en: 'Onboarding checklist put away', fr: 'Liste des premiers pas masquée', es: 'Lista de primeros pasos ocultada' },
    'onboarding.checklist.resumed': { en: 'Onboarding checklist brought back', fr: 'Liste des premiers pas réaffichée', es: 'Lista de primeros pasos mostrada de nuevo' },
  },
});

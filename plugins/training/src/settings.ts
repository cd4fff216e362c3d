/** The training settings: read and changed by the staff holding `training.manage`, at `/api/v1/training/settings`. */
import { defineSettings } from '@portico/core';
import { P } from './permissions.js';
import { TrainingSettings } from './schemas.js';

export const trainingSettings = defineSettings({
  schema: TrainingSettings,
  read: P.manage,
  manage: P.manage,
  summary: 'Read the training settings (retry cooldown, grace for replaced quiz versions)',
  example: { retryCooldownMinutes: 120 },
});

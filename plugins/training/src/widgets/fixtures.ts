/** Server answers the browser tests share (shapes of the training routes). */
import type { LearnerStatus } from './shared.js';

export const Q1 = '11111111-1111-4111-8111-111111111111';
export const Q2 = '22222222-2222-4222-8222-222222222222';
export const O1A = 'aaaaaaaa-0000-4000-8000-000000000001';
export const O1B = 'aaaaaaaa-0000-4000-8000-000000000002';
export const O2A = 'bbbbbbbb-0000-4000-8000-000000000001';
export const O2B = 'bbbbbbbb-0000-4000-8000-000000000002';
export const O2C = 'bbbbbbbb-0000-4000-8000-000000000003';
export const MODULE_ID = 'cccccccc-0000-4000-8000-000000000001';

export function status(overrides: Partial<LearnerStatus> = {}): LearnerStatus {
  return { state: 'not_started', certificationId: null, certifiedAt: null, expiresAt: null, startedAt: null, lastAttemptAt: null, lastPercent: null, retryAllowedAt: null, ...overrides };
}

export function learnerModule(overrides: Record<string, unknown> = {}) {
  return {
    id: MODULE_ID,
    title: 'Northwind Cloud fundamentals',
    descriptionHtml: '<p>What every partner should know about <strong>Northwind Cloud</strong>.</p>',
    sections: [{ title: 'Plans', html: '<p>Starter, Business and Enterprise.</p>' }],
    documentFileIds: [],
    required: true,
    version: 3,
    passThreshold: 80,
    validForDays: 365,
    totalPoints: 3,
    quiz: [
      { id: Q1, prompt: 'Which plan includes single sign-on?', kind: 'single', points: 1, options: [{ id: O1A, text: 'Starter' }, { id: O1B, text: 'Business' }] },
      { id: Q2, prompt: 'Which of these are Northwind regions?', kind: 'multiple', points: 2, options: [{ id: O2A, text: 'eu-west' }, { id: O2B, text: 'us-east' }, { id: O2C, text: 'mars-north' }] },
    ],
    status: status(),
    ...overrides,
  };
}

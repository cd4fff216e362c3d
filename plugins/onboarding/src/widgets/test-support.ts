/**
 * What the onboarding elements' browser tests share: translations registered as the shell would, a
 * fake API typed from the plugin's own schemas (`OnboardingAnswers`, which the elements call through),
 * sessions, and checklists and progress as the server answers them (the default steps' words).
 */
import { fakeClient, registerWidgetTranslations, testSession, type FakeRoutes } from '@portico/widgets/testing';
import { DEFAULT_CHECKLISTS, DEFAULT_STEPS } from '../settings.js';
import widgets from './index.js';
import type { Checklist, ChecklistStep, OnboardingAnswers, OnboardingSettings, PartnerProgress, PersonProgress, Progress } from './shared.js';

export function registerOnboardingTranslations(): void {
  registerWidgetTranslations(widgets);
}

type Options = { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown; signal?: AbortSignal };
/** The onboarding routes a test answers, each typed by what the server answers. */
export type OnboardingRoutes = { [R in keyof OnboardingAnswers]?: (options: Options) => OnboardingAnswers[R] | Promise<OnboardingAnswers[R]> };

/** A fake client answering the onboarding routes (and, beside them, any route the SDK's types know). */
export function onboardingFake(routes: OnboardingRoutes, others: FakeRoutes = {}) {
  return fakeClient({ ...others, ...(routes as FakeRoutes) });
}

const session = (kind: 'staff' | 'member', permissions: string[], personId = 'me', name = 'Pat Partner') =>
  testSession({ person: { id: personId, name, kind }, permissions });

export const member = session('member', ['onboarding.use', 'deals.read']);
/** A member whose tenant took `onboarding.use` away. */
export const withoutOnboarding = session('member', ['deals.read'], 'nobody', 'Nora Nobody');
export const staff = session('staff', ['onboarding.use', 'onboarding.read', 'access.partners.read'], 'staff1', 'Sam Staff');
/** Staff who may change each role's checklist. */
export const manager = session('staff', ['onboarding.use', 'onboarding.read', 'onboarding.manage'], 'staff2', 'Mia Manager');

/** The settings as a new tenant has them: the default steps and checklists (copies, safe to change). */
export function onboardingSettings(overrides: Partial<OnboardingSettings> = {}): OnboardingSettings {
  return {
    steps: structuredClone(DEFAULT_STEPS),
    checklists: Object.fromEntries(Object.entries(DEFAULT_CHECKLISTS).map(([role, keys]) => [role, [...keys]])),
    ...overrides,
  };
}

const word = (key: string) => DEFAULT_STEPS.find((s) => s.key === key)!;

/** A step of the default checklist, done on `doneAt` or not. */
export function step(key: string, doneAt: string | null = null): ChecklistStep {
  const s = word(key);
  return { key, title: s.title, description: s.description ?? null, link: s.link ?? null, doneAt };
}

/** The partner admin's checklist: profile and two-factor done, three steps left. */
export function checklist(overrides: Partial<Checklist> = {}): Checklist {
  const steps = overrides.steps ?? [
    step('profile', '2026-03-02T10:00:00.000Z'),
    step('two-factor', '2026-03-03T10:00:00.000Z'),
    step('invite-team'),
    step('partner-guide'),
    step('first-deal'),
  ];
  const done = steps.filter((s) => s.doneAt).length;
  return { role: 'partner_admin', steps, done, total: steps.length, completedAt: null, dismissedAt: null, ...overrides };
}

/** Every step done. */
export function completed(): Checklist {
  const steps = ['profile', 'two-factor', 'invite-team', 'partner-guide', 'first-deal'].map((key, i) => step(key, `2026-03-0${i + 2}T10:00:00.000Z`));
  return checklist({ steps, completedAt: '2026-03-06T10:00:00.000Z' });
}

/** A role without a checklist. */
export function none(): Checklist {
  return { role: null, steps: [], done: 0, total: 0, completedAt: null, dismissedAt: null };
}

export function partner(overrides: Partial<PartnerProgress> = {}): PartnerProgress {
  return { partnerId: 'pa1', partnerName: 'Acme Resellers', people: 4, completed: 1, stepsDone: 12, stepsTotal: 20, ...overrides };
}

export function progress(overrides: Partial<Progress> = {}): Progress {
  return {
    people: 6,
    completed: 2,
    steps: [
      { key: 'profile', title: word('profile').title, done: 5, expected: 6 },
      { key: 'two-factor', title: word('two-factor').title, done: 3, expected: 6 },
      { key: 'first-deal', title: word('first-deal').title, done: 1, expected: 4 },
    ],
    partners: [partner(), partner({ partnerId: 'pa2', partnerName: 'Globex Partners', people: 2, completed: 1, stepsDone: 7, stepsTotal: 8 })],
    ...overrides,
  };
}

export function person(overrides: Partial<PersonProgress> = {}): PersonProgress {
  return {
    personId: 'p1',
    partnerId: 'pa1',
    partnerName: 'Acme Resellers',
    name: 'Ada Admin',
    email: 'ada@acme.example',
    role: 'partner_admin',
    done: ['profile', 'two-factor', 'invite-team', 'partner-guide', 'first-deal'],
    total: 5,
    completedAt: '2026-03-06T10:00:00.000Z',
    dismissedAt: null,
    ...overrides,
  };
}

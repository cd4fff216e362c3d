/** Request and response schemas of the training routes. */
import { PageQuery, PARTNER_ROLES, Timestamp, Type, Uuid } from '@portico/core';

const NullableTimestamp = Type.Union([Timestamp, Type.Null()]);

export const PartnerRoleName = Type.Union(PARTNER_ROLES.map((role) => Type.Literal(role)));

export const RequiredFor = Type.Union([Type.Literal('all'), Type.Array(PartnerRoleName, { uniqueItems: true, maxItems: PARTNER_ROLES.length })], {
  description: '`all` partner roles, or the roles listed (an empty list: required for nobody, optional for everyone)',
});

const Section = Type.Object({ title: Type.String({ minLength: 1, maxLength: 200 }), body: Type.String({ maxLength: 50_000, description: 'Markdown' }) });

const OptionInput = Type.Object({ text: Type.String({ minLength: 1, maxLength: 500 }), correct: Type.Boolean() });

const QuestionInput = Type.Object({
  prompt: Type.String({ minLength: 1, maxLength: 2000 }),
  kind: Type.Union([Type.Literal('single'), Type.Literal('multiple')]),
  points: Type.Integer({ minimum: 1, maximum: 10_000 }),
  options: Type.Array(OptionInput, { minItems: 2, maxItems: 12 }),
});

const Quiz = Type.Array(QuestionInput, { maxItems: 100 });
const Threshold = Type.Integer({ minimum: 1, maximum: 100, description: 'Percent of the points needed to pass' });
const ValidForDays = Type.Union([Type.Integer({ minimum: 1, maximum: 3650 }), Type.Null()], { description: 'Days a certification stays valid; null: it never expires' });
const DocumentFileIds = Type.Array(Uuid, { uniqueItems: true, maxItems: 50, description: 'Ids of files of the documents plugin attached to the module' });

const exampleQuiz = [
  {
    prompt: 'Which plan includes single sign-on?',
    kind: 'single',
    points: 1,
    options: [
      { text: 'Starter', correct: false },
      { text: 'Business', correct: true },
    ],
  },
  {
    prompt: 'Which of these are Northwind regions?',
    kind: 'multiple',
    points: 2,
    options: [
      { text: 'eu-west', correct: true },
      { text: 'us-east', correct: true },
      { text: 'mars-north', correct: false },
    ],
  },
];

export const NewModule = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 20_000, description: 'Markdown' })),
    sections: Type.Optional(Type.Array(Section, { maxItems: 50 })),
    quiz: Type.Optional(Quiz),
    passThreshold: Type.Optional(Threshold),
    validForDays: Type.Optional(ValidForDays),
    requiredFor: Type.Optional(RequiredFor),
    documentFileIds: Type.Optional(DocumentFileIds),
  },
  {
    examples: [
      {
        title: 'Northwind Cloud basics',
        description: 'What every partner should know about **Northwind Cloud**.',
        sections: [{ title: 'Plans', body: 'Starter, Business and Enterprise.' }],
        quiz: exampleQuiz,
        passThreshold: 80,
        validForDays: 365,
        requiredFor: ['salesperson', 'principal'],
      },
    ],
  },
);

export const ModuleChanges = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    description: Type.Optional(Type.String({ maxLength: 20_000 })),
    sections: Type.Optional(Type.Array(Section, { maxItems: 50 })),
    quiz: Type.Optional(Quiz),
    passThreshold: Type.Optional(Threshold),
    validForDays: Type.Optional(ValidForDays),
    requiredFor: Type.Optional(RequiredFor),
    documentFileIds: Type.Optional(DocumentFileIds),
  },
  { minProperties: 1, examples: [{ title: 'Northwind Cloud basics (2025)' }] },
);

const RenderedSection = Type.Object({ title: Type.String(), body: Type.String(), html: Type.String() });

const AuthoredQuestion = Type.Object({
  id: Uuid,
  prompt: Type.String(),
  kind: Type.String(),
  points: Type.Integer(),
  options: Type.Array(Type.Object({ id: Uuid, text: Type.String(), correct: Type.Boolean() })),
});

const PublicQuestion = Type.Object({
  id: Uuid,
  prompt: Type.String(),
  kind: Type.String(),
  points: Type.Integer(),
  options: Type.Array(Type.Object({ id: Uuid, text: Type.String() })),
});

const VersionSummary = Type.Object({
  version: Type.Integer(),
  passThreshold: Type.Integer(),
  validForDays: Type.Union([Type.Integer(), Type.Null()]),
  totalPoints: Type.Integer(),
  publishedAt: NullableTimestamp,
  supersededAt: NullableTimestamp,
  attemptCount: Type.Integer(),
});

const ModuleStatus = Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('retired')]);

export const StaffModule = Type.Object({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  descriptionHtml: Type.String(),
  sections: Type.Array(RenderedSection),
  status: ModuleStatus,
  version: Type.Integer({ description: 'The current quiz version' }),
  quiz: Type.Array(AuthoredQuestion),
  totalPoints: Type.Integer(),
  passThreshold: Type.Integer(),
  validForDays: Type.Union([Type.Integer(), Type.Null()]),
  requiredFor: RequiredFor,
  documentFileIds: Type.Array(Uuid),
  publishedAt: NullableTimestamp,
  retiredAt: NullableTimestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  versions: Type.Array(VersionSummary),
});

export const StaffModuleSummary = Type.Object({
  id: Uuid,
  title: Type.String(),
  status: ModuleStatus,
  version: Type.Integer(),
  questionCount: Type.Integer(),
  passThreshold: Type.Integer(),
  validForDays: Type.Union([Type.Integer(), Type.Null()]),
  requiredFor: RequiredFor,
  publishedAt: NullableTimestamp,
  updatedAt: Timestamp,
});

export const ModuleListQuery = Type.Object({
  status: Type.Optional(ModuleStatus),
  ...PageQuery,
});

export const PersonState = Type.Union(
  [Type.Literal('not_started'), Type.Literal('in_progress'), Type.Literal('certified'), Type.Literal('expired'), Type.Literal('failed')],
  { description: 'Checked in this order: certified (a valid certification) > in_progress (opened since the last attempt) > failed (last attempt failed) > expired > not_started' },
);

export const LearnerStatus = Type.Object({
  state: PersonState,
  certificationId: Type.Union([Uuid, Type.Null()]),
  certifiedAt: NullableTimestamp,
  expiresAt: NullableTimestamp,
  startedAt: NullableTimestamp,
  lastAttemptAt: NullableTimestamp,
  lastPercent: Type.Union([Type.Number(), Type.Null()]),
  retryAllowedAt: Type.Union([Timestamp, Type.Null()], { description: 'When a failed person may submit again (null: now)' }),
});

export const CatalogItem = Type.Object({
  id: Uuid,
  title: Type.String(),
  descriptionHtml: Type.String(),
  required: Type.Boolean({ description: 'Required for the person’s role' }),
  version: Type.Integer(),
  questionCount: Type.Integer(),
  passThreshold: Type.Integer(),
  validForDays: Type.Union([Type.Integer(), Type.Null()]),
  status: LearnerStatus,
});

export const LearnerModule = Type.Object({
  id: Uuid,
  title: Type.String(),
  descriptionHtml: Type.String(),
  sections: Type.Array(Type.Object({ title: Type.String(), html: Type.String() })),
  documentFileIds: Type.Array(Uuid),
  required: Type.Boolean(),
  version: Type.Integer({ description: 'Name it in the submission' }),
  passThreshold: Type.Integer(),
  validForDays: Type.Union([Type.Integer(), Type.Null()]),
  totalPoints: Type.Integer(),
  quiz: Type.Array(PublicQuestion),
  status: LearnerStatus,
});

export const Submission = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The quiz version the person was shown' }),
    answers: Type.Array(
      Type.Object({ questionId: Uuid, optionIds: Type.Array(Uuid, { minItems: 1, maxItems: 12 }) }),
      { maxItems: 100 },
    ),
  },
  { examples: [{ version: 1, answers: [] }] },
);

export const AttemptResult = Type.Object({
  id: Uuid,
  moduleId: Uuid,
  version: Type.Integer(),
  scorePoints: Type.Integer(),
  totalPoints: Type.Integer(),
  percent: Type.Number({ description: 'Rounded down to hundredths' }),
  passThreshold: Type.Integer(),
  passed: Type.Boolean(),
  submittedAt: Timestamp,
  questions: Type.Array(Type.Object({ questionId: Uuid, correct: Type.Boolean() })),
  certification: Type.Union([Type.Object({ id: Uuid, passedAt: Timestamp, expiresAt: NullableTimestamp }), Type.Null()]),
  status: LearnerStatus,
});

export const Certification = Type.Object({
  id: Uuid,
  moduleId: Uuid,
  moduleTitle: Type.String(),
  version: Type.Integer(),
  passedAt: Timestamp,
  expiresAt: NullableTimestamp,
  valid: Type.Boolean(),
});

export const CoverageQuery = Type.Object({
  partnerId: Type.Optional(Uuid),
  moduleId: Type.Optional(Uuid),
  expiringOnly: Type.Optional(Type.Boolean({ description: 'Only people with a required certification expiring within 30 days' })),
  ...PageQuery,
});

export const CoverageRow = Type.Object({
  person: Type.Object({ id: Uuid, name: Type.String(), email: Type.String() }),
  partner: Type.Object({ id: Uuid, name: Type.String() }),
  role: Type.String(),
  required: Type.Array(
    Type.Object({
      moduleId: Uuid,
      title: Type.String(),
      state: PersonState,
      certifiedAt: NullableTimestamp,
      expiresAt: NullableTimestamp,
      expiringSoon: Type.Boolean({ description: 'Certified, and expiring within 30 days' }),
    }),
  ),
});

export const TrainingSettings = Type.Object({
  retryCooldownMinutes: Type.Integer({ minimum: 0, maximum: 525_600, default: 60, description: 'After a failed attempt, how long before the person may submit again' }),
  supersededVersionGraceHours: Type.Integer({
    minimum: 0,
    maximum: 720,
    default: 24,
    description: 'How long a quiz version replaced by a newer one still accepts submissions from people who opened it before',
  }),
});

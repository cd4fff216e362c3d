/** The training API: HTTP in and out; the rules live in service.ts, learner.ts, coverage.ts. */
import type { Actor, RouteContext, RouteDefinition } from '@portico/core';
import { IdParams, Page, PageQuery, Type } from '@portico/core';
import type { TrainingEvents } from './events.js';
import { defineRoute } from './types.js';
import { P } from './permissions.js';
import {
  AttemptResult,
  CatalogItem,
  Certification,
  CoverageQuery,
  CoverageRow,
  LearnerModule,
  LearnerStatus,
  ModuleChanges,
  ModuleListQuery,
  NewModule,
  StaffModule,
  StaffModuleSummary,
  Submission,
} from './schemas.js';
import { createModule, deleteDraft, getModule, listModules, publishModule, retireModule, updateModule, type TrainingContext, type TrainingSettings as Settings } from './service.js';
import { getLearnerModule, listCatalog, listMyCertifications, startModule, submitAttempt } from './learner.js';
import { listCoverage } from './coverage.js';

function training(ctx: RouteContext<unknown, unknown, unknown, Settings, TrainingEvents>): TrainingContext {
  return {
    db: ctx.db,
    tenantId: ctx.tenant.id,
    actor: ctx.actor as Actor,
    now: new Date(),
    plugins: ctx.plugins,
    audit: ctx.audit,
    emit: ctx.emit,
    settings: () => ctx.settings(),
  };
}

const PageOnly = Type.Object({ ...PageQuery });

export const trainingRoutes: RouteDefinition<any>[] = [
  // Authoring (staff)
  defineRoute({
    method: 'POST',
    path: '/training/modules',
    name: 'modules.create',
    summary: 'Create a training module (a draft)',
    permission: P.manage,
    schemas: { body: NewModule, response: StaffModule },
    handler: (ctx) => createModule(training(ctx), ctx.body),
  }),
  defineRoute({
    method: 'GET',
    path: '/training/modules',
    name: 'modules.list',
    summary: 'List training modules, newest first',
    permission: P.manage,
    schemas: { query: ModuleListQuery, response: Page(StaffModuleSummary) },
    handler: (ctx) => listModules(training(ctx), ctx.query),
  }),
  defineRoute({
    method: 'GET',
    path: '/training/modules/:id',
    name: 'modules.get',
    summary: 'Read a training module with its quiz, correct options and versions',
    permission: P.manage,
    schemas: { params: IdParams, response: StaffModule },
    handler: (ctx) => getModule(training(ctx), ctx.params.id),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/training/modules/:id',
    name: 'modules.update',
    summary: 'Edit a module; changing a published module’s quiz, threshold or validity creates a new version',
    permission: P.manage,
    schemas: { params: IdParams, body: ModuleChanges, response: StaffModule },
    handler: (ctx) => updateModule(training(ctx), ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/training/modules/:id',
    name: 'modules.delete',
    summary: 'Delete a draft module',
    permission: P.manage,
    schemas: { params: IdParams },
    async handler(ctx) {
      await deleteDraft(training(ctx), ctx.params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/training/modules/:id/publish',
    name: 'modules.publish',
    summary: 'Publish a draft module: partners see it from now on',
    permission: P.manage,
    status: 200,
    schemas: { params: IdParams, response: StaffModule },
    handler: (ctx) => publishModule(training(ctx), ctx.params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/training/modules/:id/retire',
    name: 'modules.retire',
    summary: 'Retire a published module: partners no longer see it; certifications stay on record',
    permission: P.manage,
    status: 200,
    schemas: { params: IdParams, response: StaffModule },
    handler: (ctx) => retireModule(training(ctx), ctx.params.id),
  }),

  // Learning (partner members)
  defineRoute({
    method: 'GET',
    path: '/training/catalog',
    name: 'catalog.list',
    summary: 'The published modules, those required for one’s role first, with one’s status on each',
    permission: P.take,
    schemas: { query: PageOnly, response: Page(CatalogItem) },
    handler: (ctx) => listCatalog(training(ctx), ctx.query),
  }),
  defineRoute({
    method: 'GET',
    path: '/training/catalog/:id',
    name: 'catalog.get',
    summary: 'A module’s content and quiz (without the answers), and one’s status',
    permission: P.take,
    schemas: { params: IdParams, response: LearnerModule },
    handler: (ctx) => getLearnerModule(training(ctx), ctx.params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/training/catalog/:id/start',
    name: 'catalog.start',
    summary: 'Mark a module as being worked on (the module page calls it when opened)',
    permission: P.take,
    status: 200,
    schemas: { params: IdParams, response: LearnerStatus },
    handler: (ctx) => startModule(training(ctx), ctx.params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/training/catalog/:id/attempts',
    name: 'catalog.submit',
    summary: 'Submit the quiz: graded on the server against the version named',
    permission: P.take,
    schemas: { params: IdParams, body: Submission, response: AttemptResult },
    handler: (ctx) => submitAttempt(training(ctx), ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    path: '/training/certifications',
    name: 'certifications.list-mine',
    summary: 'One’s own certifications, newest first',
    permission: P.take,
    schemas: { query: PageOnly, response: Page(Certification) },
    handler: (ctx) => listMyCertifications(training(ctx), ctx.query),
  }),

  // Coverage
  defineRoute({
    method: 'GET',
    path: '/training/coverage',
    name: 'coverage.list',
    summary: 'Who holds which required certification (partner admins: their organisation; staff: every partner)',
    permission: P.coverage,
    schemas: { query: CoverageQuery, response: Page(CoverageRow) },
    handler: (ctx) => listCoverage(training(ctx), ctx.query),
  }),
];

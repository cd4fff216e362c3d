/**
 * The HTTP side of onboarding: one's own checklist (everyone), and completion across partners (staff).
 * The steps and checklists are the plugin's settings (`/onboarding/settings`, mounted by the registry).
 */
import { Page, type RouteDefinition } from '@portico/core';
import { P } from './permissions.js';
import { Checklist, PeopleProgressQuery, PersonProgress, Progress } from './schemas.js';
import { checklistOf, peopleProgress, progress, setDismissed } from './service.js';
import { defineRoute } from './types.js';

export const onboardingRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/onboarding/checklist',
    name: 'checklist.get',
    summary: 'My onboarding checklist: my role’s steps, which are done and when, whether I put it away',
    description: 'Steps complete themselves from what the person does (a deal submitted, a course passed…), never by a click here.',
    permission: P.use,
    schemas: { response: Checklist },
    async handler(ctx) {
      return checklistOf({ db: ctx.db, tenant: ctx.tenant, settings: await ctx.settings(), eventCatalog: ctx.eventCatalog }, ctx.actor);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/onboarding/checklist/dismiss',
    name: 'checklist.dismiss',
    summary: 'Put my checklist away (the steps still complete themselves)',
    permission: P.use,
    status: 200,
    schemas: { response: Checklist },
    async handler(ctx) {
      return setDismissed({ db: ctx.db, tenant: ctx.tenant, settings: await ctx.settings(), eventCatalog: ctx.eventCatalog, audit: ctx.audit }, ctx.actor, true);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/onboarding/checklist/resume',
    name: 'checklist.resume',
    summary: 'Bring my checklist back',
    permission: P.use,
    status: 200,
    schemas: { response: Checklist },
    async handler(ctx) {
      return setDismissed({ db: ctx.db, tenant: ctx.tenant, settings: await ctx.settings(), eventCatalog: ctx.eventCatalog, audit: ctx.audit }, ctx.actor, false);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/onboarding/progress',
    name: 'progress.get',
    summary: 'How far partners’ people got: overall, per step, per partner',
    permission: P.read,
    schemas: { response: Progress },
    async handler(ctx) {
      return progress({ db: ctx.db, tenant: ctx.tenant, settings: await ctx.settings(), eventCatalog: ctx.eventCatalog }, ctx.actor);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/onboarding/progress/people',
    name: 'progress.people.list',
    summary: 'Partners’ people (one partner’s with `partnerId`) and the steps each has done, by name',
    permission: P.read,
    schemas: { query: PeopleProgressQuery, response: Page(PersonProgress) },
    async handler(ctx) {
      return peopleProgress({ db: ctx.db, tenant: ctx.tenant, settings: await ctx.settings(), eventCatalog: ctx.eventCatalog }, ctx.actor, ctx.query);
    },
  }),
];

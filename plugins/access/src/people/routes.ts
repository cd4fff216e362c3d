/**
 * People of the programme: list and read them; invite, resend an invite, deactivate, reactivate and
 * remove them. Staff act on the whole tenant, a partner's admins on their own organisation.
 */
import { defineRoute, IdParams, Page } from '@portico/core';
import { P } from '../permissions.js';
import { Invitation, PeopleListQuery, Person } from '../schemas.js';
import { deactivatePerson, getPerson, invitePerson, listPeople, reactivatePerson, removePerson, resendInvite, resetSecondFactor } from './service.js';

export const peopleRoutes = [
  defineRoute({
    method: 'GET',
    path: '/access/people',
    name: 'people.list',
    summary: 'List people',
    description:
      'Sorted by name. Staff see the whole tenant and may filter by organisation; a partner member sees only their own organisation. Removed people are left out unless staff ask for `status=removed`.',
    permission: P.peopleRead,
    schemas: { query: PeopleListQuery, response: Page(Person) },
    handler: (ctx) => listPeople(ctx, ctx.query),
  }),
  defineRoute({
    method: 'GET',
    path: '/access/people/:id',
    name: 'people.get',
    summary: 'Read a person',
    permission: P.peopleRead,
    schemas: { params: IdParams, response: Person },
    handler: (ctx) => getPerson(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/access/people',
    name: 'people.invite',
    summary: 'Invite a person',
    description:
      'Emails an invitation link. With a `partnerId` (members: always their own organisation) the role must be a partner role; without one, staff invite staff (tenant administrators only). 409 `email-taken` if the address is in use, 409 `organisation-inactive` for a suspended or archived organisation.',
    permission: P.peopleManage,
    schemas: { body: Invitation, response: Person },
    handler: (ctx) => invitePerson(ctx, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    path: '/access/people/:id/resend-invite',
    name: 'people.resend-invite',
    summary: 'Send an invitation again',
    description: 'Only while the invitation is pending; the earlier link stops working.',
    permission: P.peopleManage,
    status: 200,
    schemas: { params: IdParams, response: Person },
    handler: (ctx) => resendInvite(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/access/people/:id/deactivate',
    name: 'people.deactivate',
    summary: 'Deactivate a person',
    description: 'Ends all their sessions at once. Not yourself.',
    permission: P.peopleManage,
    status: 200,
    schemas: { params: IdParams, response: Person },
    handler: (ctx) => deactivatePerson(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/access/people/:id/reactivate',
    name: 'people.reactivate',
    summary: 'Reactivate a deactivated person',
    permission: P.peopleManage,
    status: 200,
    schemas: { params: IdParams, response: Person },
    handler: (ctx) => reactivatePerson(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/access/people/:id/reset-mfa',
    name: 'people.reset-mfa',
    summary: 'Reset a person’s two-factor authentication (lost authenticator)',
    description: 'Removes their factor and recovery codes and ends their sessions; they enrol again at their next sign-in. Not yourself.',
    permission: P.peopleManage,
    status: 200,
    schemas: { params: IdParams, response: Person },
    handler: (ctx) => resetSecondFactor(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/access/people/:id',
    name: 'people.remove',
    summary: 'Remove a person',
    description: 'Ends their sessions, their membership and their access groups. Their address may be invited again later. Not yourself.',
    permission: P.peopleManage,
    schemas: { params: IdParams },
    handler: (ctx) => removePerson(ctx, ctx.params.id),
  }),
];

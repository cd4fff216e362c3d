/** The HTTP side of client invitations (the contact's own pages are in contact/pages.ts). */
import { IdParams, Page, type RouteDefinition } from '@portico/core';
import { fleetContext } from '../context.js';
import { P } from '../permissions.js';
import { Invitation, InvitationListQuery, NewInvitation } from '../schemas.js';
import { defineRoute } from '../types.js';
import { createInvitation, getInvitation, listInvitations, resendInvitation, revokeInvitation } from './service.js';

export const invitationRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/fleet/invitations',
    name: 'invitations.list',
    summary: 'Client invitations, newest first (`status=pending`: sent or resent)',
    description: 'Staff see every partner’s, each with `alsoServedBy`: the partners that already serve the company (same contact, domain or name).',
    permission: P.read,
    schemas: { query: InvitationListQuery, response: Page(Invitation) },
    async handler(ctx) {
      return listInvitations(await fleetContext(ctx), ctx.query);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/fleet/invitations',
    name: 'invitations.send',
    summary: 'Invite a client company’s contact to give your organisation a mandate',
    description:
      'Name a new company (`companyName`) or a client you have (`clientId`); the contact gets a single-use link, valid for the tenant’s `invitationLifetimeDays`, to a page where they accept or decline. ' +
      'One pending invitation per contact address (409 `invitation-pending`).',
    permission: P.invitationsSend,
    schemas: { body: NewInvitation, response: Invitation },
    async handler(ctx) {
      return createInvitation(await fleetContext(ctx), ctx.body);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/fleet/invitations/:id',
    name: 'invitations.get',
    summary: 'One client invitation',
    permission: P.read,
    schemas: { params: IdParams, response: Invitation },
    async handler(ctx) {
      return getInvitation(await fleetContext(ctx), ctx.params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/fleet/invitations/:id/resend',
    name: 'invitations.resend',
    summary: 'Send a pending invitation again: a new link (the old one stops working) and a new lifetime',
    description: 'By its sender (holding `fleet.invitations.send`) or a holder of `fleet.invitations.manage`; five times an hour at most.',
    permission: P.read,
    status: 200,
    schemas: { params: IdParams, response: Invitation },
    async handler(ctx) {
      return resendInvitation(await fleetContext(ctx), ctx.params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/fleet/invitations/:id/revoke',
    name: 'invitations.revoke',
    summary: 'Revoke a pending invitation: its link stops working',
    description: 'By its sender (holding `fleet.invitations.send`) or a holder of `fleet.invitations.manage`.',
    permission: P.read,
    status: 200,
    schemas: { params: IdParams, response: Invitation },
    async handler(ctx) {
      return revokeInvitation(await fleetContext(ctx), ctx.params.id);
    },
  }),
];

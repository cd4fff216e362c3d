/**
 * The team plugin's HTTP routes: only translation between HTTP and the services, which hold the rules.
 */
import { IdParams, Page } from '@portico/core';
import { defineRoute } from './types.js';
import { P } from './permissions.js';
import {
  AssignedClients,
  Assignment,
  AssignmentParams,
  Client,
  ClientChange,
  ClientQuery,
  Escalations,
  Invitation,
  InvitationQuery,
  Member,
  MemberParams,
  NewAssignment,
  NewClient,
  NewInvitation,
  RoleChange,
  RosterQuery,
} from './schemas.js';
import { changeRole, getMember, listMembers, removeMember } from './members/service.js';
import { listInvitations, revokeInvitation, sendInvitation } from './invitations/service.js';
import { assignClient, clientsOfMember, getClient, listClients, myClients, registerClient, unassignClient, updateClient } from './clients/service.js';
import { listEscalations } from './escalations.js';

const memberRoutes = [
  defineRoute({
    method: 'GET',
    path: '/team/members',
    name: 'members.list',
    summary: 'The roster of one’s organisation',
    description:
      'Members of the asker’s organisation (staff: of the whole programme, or of `partnerId`). A partner member gets their own exact `lastSeenAt` and `mfa`, and for peers only the coarse `activity`; sorting by `activity` then sorts by that coarse value.',
    permission: P.read,
    schemas: { query: RosterQuery, response: Page(Member) },
    handler: (ctx) => listMembers(ctx, ctx.query),
  }),
  defineRoute({
    method: 'GET',
    path: '/team/members/:id',
    name: 'members.get',
    summary: 'One member of one’s organisation',
    permission: P.read,
    schemas: { params: MemberParams, response: Member },
    handler: (ctx) => getMember(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/team/members/:id',
    name: 'members.change-role',
    summary: 'Change another member’s role',
    description:
      'Partner admins switch another member of their organisation between `partner_admin` and `partner_user`; staff set any partner role (e.g. to recover an organisation’s administrator). Never oneself (409 `not-yourself`); never the last active administrator (409 `escalation/last-partner-admin`); not while the organisation is suspended or archived (409 `escalation/organisation-inactive`).',
    permission: P.manage,
    status: 200,
    schemas: { params: MemberParams, body: RoleChange, response: Member },
    handler: (ctx) => changeRole(ctx, ctx.params.id, ctx.body.role),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/team/members/:id',
    name: 'members.remove',
    summary: 'Remove another member from the organisation',
    description: 'Their sessions end at once and their client assignments go. Never oneself, never the last active administrator.',
    permission: P.manage,
    schemas: { params: MemberParams },
    handler: (ctx) => removeMember(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'GET',
    path: '/team/members/:id/clients',
    name: 'members.list-clients',
    summary: 'The clients assigned to a member',
    description: 'One’s own with `team.read`; any member’s of one’s organisation with `team.manage`.',
    permission: P.read,
    schemas: { params: MemberParams, response: AssignedClients },
    handler: (ctx) => clientsOfMember(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'GET',
    path: '/team/me/clients',
    name: 'my-clients.list',
    summary: 'The clients assigned to me',
    permission: P.read,
    schemas: { response: AssignedClients },
    handler: (ctx) => myClients(ctx),
  }),
];

const invitationRoutes = [
  defineRoute({
    method: 'GET',
    path: '/team/invitations',
    name: 'invitations.list',
    summary: 'Pending invitations of one’s organisation',
    description: 'Newest first. `linkExpiresAt` is null when no invitation link is live any more.',
    permission: P.manage,
    schemas: { query: InvitationQuery, response: Page(Invitation) },
    handler: (ctx) => listInvitations(ctx, ctx.query),
  }),
  defineRoute({
    method: 'POST',
    path: '/team/invitations',
    name: 'invitations.send',
    summary: 'Invite a partner user',
    description:
      'Emails an invitation link. Partner admins invite `partner_user` members of their own organisation only (any other role: 403); staff name the organisation (`partnerId`) and may give any partner role. 409 `email-taken` if the address is in use; 409 `escalation/organisation-inactive` while the organisation is suspended or archived.',
    permission: P.manage,
    schemas: { body: NewInvitation, response: Invitation },
    handler: (ctx) => sendInvitation(ctx, ctx.body),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/team/invitations/:id',
    name: 'invitations.revoke',
    summary: 'Revoke a pending invitation',
    description: 'The invitation link stops working at once.',
    permission: P.manage,
    schemas: { params: IdParams },
    handler: (ctx) => revokeInvitation(ctx, ctx.params.id),
  }),
];

const clientRoutes = [
  defineRoute({
    method: 'GET',
    path: '/team/clients',
    name: 'clients.list',
    summary: 'Client companies of one’s organisation, with who looks after each',
    permission: P.manage,
    schemas: { query: ClientQuery, response: Page(Client) },
    handler: (ctx) => listClients(ctx, ctx.query),
  }),
  defineRoute({
    method: 'POST',
    path: '/team/clients',
    name: 'clients.register',
    summary: 'Register a client company of an organisation',
    description: 'Staff name the organisation (`partnerId`). 409 `client-name-taken` if the organisation already has a client of that name.',
    permission: P.clientsManage,
    schemas: { body: NewClient, response: Client },
    handler: (ctx) => registerClient(ctx, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    path: '/team/clients/:id',
    name: 'clients.get',
    summary: 'A client company and its assignees',
    description: 'Staff also see assignments left to people outside the client’s organisation, flagged `crossOrganisation`.',
    permission: P.manage,
    schemas: { params: IdParams, response: Client },
    handler: (ctx) => getClient(ctx, ctx.params.id),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/team/clients/:id',
    name: 'clients.update',
    summary: 'Rename, re-domain, archive or restore a client company',
    permission: P.clientsManage,
    status: 200,
    schemas: { params: IdParams, body: ClientChange, response: Client },
    handler: (ctx) => updateClient(ctx, ctx.params.id, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    path: '/team/clients/:id/assignments',
    name: 'clients.assign',
    summary: 'Assign a client to a member of its organisation',
    description:
      'A partner admin naming a person outside their own organisation gets 404, as for any person they may not see ' +
      '(a 409 would tell them the id is a person of the tenant); staff, who see everyone, get 409 `wrong-organisation` ' +
      'for a person not a member of the client’s organisation. 409 `client-archived`, 409 `already-assigned`.',
    permission: P.manage,
    schemas: { params: IdParams, body: NewAssignment, response: Assignment },
    handler: (ctx) => assignClient(ctx, ctx.params.id, ctx.body.personId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/team/clients/:id/assignments/:personId',
    name: 'clients.unassign',
    summary: 'Take a client away from a member',
    description: 'Staff may also remove a cross-organisation leftover.',
    permission: P.manage,
    schemas: { params: AssignmentParams },
    handler: (ctx) => unassignClient(ctx, ctx.params.id, ctx.params.personId),
  }),
];

const escalationRoutes = [
  defineRoute({
    method: 'GET',
    path: '/team/escalations',
    name: 'escalations.list',
    summary: 'What only the programme’s support can do, and how to reach it',
    permission: P.read,
    schemas: { response: Escalations },
    handler: (ctx) => listEscalations(ctx),
  }),
];

export const teamRoutes = [...memberRoutes, ...invitationRoutes, ...clientRoutes, ...escalationRoutes];

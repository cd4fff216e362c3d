/** The HTTP side of mandates and their extension proposals. */
import { IdParams, Page, type RouteDefinition } from '@portico/core';
import { fleetContext } from '../context.js';
import { P } from '../permissions.js';
import { Mandate, MandateChange, MandateChangeResult, MandateVersion, Proposal, ProposalDecision, ProposalListQuery, VersionListQuery } from '../schemas.js';
import { defineRoute } from '../types.js';
import { changeMandate, decideAsStaff, getProposal, listProposals, listVersions, readMandate, withdrawProposal } from './service.js';

export const mandateRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    path: '/fleet/clients/:id/mandate',
    name: 'mandates.get',
    summary: 'A client’s mandate: its scope, validity, status, version and pending extension',
    permission: P.read,
    schemas: { params: IdParams, response: Mandate },
    async handler(ctx) {
      return readMandate(await fleetContext(ctx), ctx.params.id);
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/fleet/clients/:id/mandate',
    name: 'mandates.change',
    summary: 'Change a mandate: reductions and ending apply at once, extensions are proposed for approval',
    description:
      'Send the `version` you saw: if the mandate changed since, the answer is 409 with the current mandate (`mandate`). ' +
      'Taking out a capability, a later start, an earlier end, suspending and ending make a new version at once; adding a capability, an earlier start, a later end and resuming ' +
      'make a proposal that the client’s contact approves through an emailed link (or staff, under `extensionApproval: staff`). A new change supersedes a pending proposal.',
    permission: P.mandatesPropose,
    schemas: { params: IdParams, body: MandateChange, response: MandateChangeResult },
    async handler(ctx) {
      return changeMandate(await fleetContext(ctx), ctx.params.id, ctx.body);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/fleet/clients/:id/mandate/versions',
    name: 'mandates.versions.list',
    summary: 'The mandate’s history: every version, who made it, when, why and the difference, newest first',
    permission: P.read,
    schemas: { params: IdParams, query: VersionListQuery, response: Page(MandateVersion) },
    async handler(ctx) {
      return listVersions(await fleetContext(ctx), ctx.params.id, ctx.query);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/fleet/mandate-proposals',
    name: 'mandate-proposals.list',
    summary: 'Mandate extension proposals (staff: the approval queue with `status=pending`)',
    permission: P.read,
    schemas: { query: ProposalListQuery, response: Page(Proposal) },
    async handler(ctx) {
      return listProposals(await fleetContext(ctx), ctx.query);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/fleet/mandate-proposals/:id',
    name: 'mandate-proposals.get',
    summary: 'One mandate extension proposal',
    permission: P.read,
    schemas: { params: IdParams, response: Proposal },
    async handler(ctx) {
      return getProposal(await fleetContext(ctx), ctx.params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/fleet/mandate-proposals/:id/approve',
    name: 'mandate-proposals.approve',
    summary: 'Staff approve an extension (when the programme leaves approval to staff): it becomes the mandate’s next version',
    permission: P.mandatesApprove,
    status: 200,
    schemas: { params: IdParams, body: ProposalDecision, response: Proposal },
    async handler(ctx) {
      return decideAsStaff(await fleetContext(ctx), ctx.params.id, 'approve', ctx.body.note);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/fleet/mandate-proposals/:id/decline',
    name: 'mandate-proposals.decline',
    summary: 'Staff decline an extension; the mandate stays as it is',
    permission: P.mandatesApprove,
    status: 200,
    schemas: { params: IdParams, body: ProposalDecision, response: Proposal },
    async handler(ctx) {
      return decideAsStaff(await fleetContext(ctx), ctx.params.id, 'decline', ctx.body.note);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/fleet/mandate-proposals/:id/withdraw',
    name: 'mandate-proposals.withdraw',
    summary: 'Withdraw a pending extension proposal (its link dies)',
    permission: P.mandatesPropose,
    status: 200,
    schemas: { params: IdParams, response: Proposal },
    async handler(ctx) {
      return withdrawProposal(await fleetContext(ctx), ctx.params.id);
    },
  }),
];

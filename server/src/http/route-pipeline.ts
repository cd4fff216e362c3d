/**
 * What happens to a request for a plugin route, in order (each step is a function in pipeline-steps.ts):
 *   0. readBody: the body is read before any transaction opens (a slow client holds no connection);
 *   1. openTransaction: one transaction, as the app role;
 *   2. findTenantOfHost: scopes it to the tenant of the host and reads its settings once for the
 *      whole request; authenticate: the authenticators turn credentials into an actor (on a public
 *      route, a credential that can no longer be used counts as none, in the tenant of the host);
 *   3. authorise: anonymous on a non-public route → 401, a missing permission → 403; enterTenant:
 *      the transaction moves to the actor's tenant if that is another one; verifyRequest: a
 *      cookie-session mutation must pass request verification, an anonymous one must not come from
 *      another site → 403; checkFeatureGates: a route of a gated feature may be refused by a gate
 *      (402 billing-required, 403 tier-required …);
 *   4. validateParams (→ 404), validateQuery and validateBody (→ 415 for another media type, 400
 *      naming the fields at fault; then the input guard: no NUL, lone surrogate or non-finite number);
 *   5. replayIdempotent: an `Idempotency-Key` on a signed-in POST replays a stored answer instead;
 *   6. runHandler; checkResponse: its answer against the response schema (outside production);
 *      storeIdempotent;
 *   7. commit, then afterCommit: emitted events go to the dispatcher, queued mail to the sender;
 *   8. respond: the answer, a redirect or raw content.
 * Any throw rolls the whole transaction back, so nothing is half-written. A refusal that keeps its
 * changes (an authenticator or handler ending a credential it refuses) commits, then is answered.
 *
 * A `multipart` route (file uploads) takes another path, in two phases: admit (steps 1–4 for params
 * and query, in a first short transaction), receiveFiles (the file parts stream to the route's
 * `receive` with no transaction open), then run (every step again, in the route's transaction); the
 * files are discarded unless the handler ran and that transaction committed.
 */
import type { Context } from 'koa';
import type { Knex } from 'knex';
import type { ReceiveContext } from '@portico/core';
import type { MountedRoute } from '../registry/registry.js';
import { enterAppRole } from '../db/tenant-transaction.js';
import { afterCommit, runAfterCommit, type Effects } from '../handler-context.js';
import { readBody } from './read-body.js';
import { isMultipart, readMultipart } from './read-multipart.js';
import * as step from './pipeline-steps.js';
import type { Answer, PipelineDeps, PipelineRequest, ReadBody, Refusal, RequestState } from './pipeline-steps.js';

export type { PipelineDeps } from './pipeline-steps.js';

/** What a run of the steps comes to; its transaction commits whichever it is. */
type Outcome = Refusal | { answer: Answer; handled: boolean; effects: Effects | null };

const refused = (result: object): result is Refusal => 'refused' in result;

/** The Koa handler of one mounted route. */
export function routePipeline(deps: PipelineDeps, mounted: MountedRoute) {
  return async (ctx: Context): Promise<void> => {
    const req: PipelineRequest = { deps, mounted, ctx };
    const bodyType = mounted.route.bodyType ?? 'json';
    const outcome = bodyType === 'multipart' ? await uploadPath(req) : await requestPath(req, bodyType);
    afterCommit(deps, outcome.effects);
    // Work asked to run after the commit does not hold up the answer.
    if (!refused(outcome)) void runAfterCommit(outcome.effects, ctx.state.log);
    respond(ctx, outcome);
  };
}

/** Step 0, then every step in one transaction. */
async function requestPath(req: PipelineRequest, bodyType: 'json' | 'form'): Promise<Outcome> {
  const read = await readBody(req.ctx, req.deps.bodyLimitBytes, bodyType, req.mounted.route.rawBody === true);
  return openTransaction(req, (trx) => run(req, trx, read));
}

/** Admit in a short transaction, receive the files with none open, then run in the route's transaction. */
async function uploadPath(req: PipelineRequest): Promise<Outcome> {
  const admitted = await openTransaction(req, async (trx): Promise<ReceiveContext | Refusal> => {
    const state = await admit(req, trx);
    return refused(state) ? state : step.receiveContext(req, state);
  });
  if (refused(admitted)) return admitted;
  const read = await receiveFiles(req, admitted);
  let outcome: Outcome | null = null;
  try {
    outcome = await openTransaction(req, (trx) => run(req, trx, read));
    return outcome;
  } finally {
    // Files are kept only when the handler ran and its transaction committed.
    const kept = outcome !== null && !refused(outcome) && outcome.handled;
    if (!kept && 'discard' in read) await read.discard();
  }
}

/** Streams the file parts to the route's `receive`, with no transaction open; another media type is refused when run. */
async function receiveFiles({ ctx, mounted }: PipelineRequest, admitted: ReceiveContext): Promise<ReadBody> {
  return isMultipart(ctx) ? readMultipart(ctx, mounted.route, admitted) : { kind: 'unsupported', contentType: ctx.get('content-type') };
}

/** Every step, in the route's transaction. */
async function run(req: PipelineRequest, trx: Knex.Transaction, read: ReadBody): Promise<Outcome> {
  const state = await admit(req, trx);
  if (refused(state)) return state;
  const body = step.validateBody(req, read);
  const idempotency = step.idempotencyOf(req, state.actor);
  const replayed = await step.replayIdempotent(req, state, idempotency, body);
  if (replayed) return { answer: replayed, handled: false, effects: null };
  const ran = await step.runHandler(req, state, body, read);
  if (refused(ran)) return ran;
  const answer = { status: step.statusOf(req, ran.result), body: ran.result };
  step.checkResponse(req, ran.result);
  await step.storeIdempotent(req, state, idempotency, answer);
  return { answer, handled: true, effects: ran.effects };
}

/** Steps 2–4 without the body: who asks, in which tenant, with which params and query. */
async function admit(req: PipelineRequest, trx: Knex.Transaction): Promise<RequestState | Refusal> {
  const host = await step.findTenantOfHost(req, trx);
  const who = await step.authenticate(req, host);
  if (refused(who)) return who;
  step.authorise(req, who.actor);
  const tenant = await step.enterTenant(host, who.actor);
  await step.verifyRequest(req, host, who);
  await step.checkFeatureGates(req, { trx, settings: host.settings, actor: who.actor, tenant });
  const params = step.validateParams(req);
  const query = step.validateQuery(req);
  return { trx, settings: host.settings, actor: who.actor, tenant, params, query };
}

/** Step 1: a transaction as the app role. */
function openTransaction<T>(req: PipelineRequest, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return req.deps.knex.transaction(async (trx) => {
    await enterAppRole(trx, req.deps.appRole);
    return work(trx);
  });
}

/** Step 8: a committed refusal as its problem, else the answer, a redirect or raw content. */
function respond(ctx: Context, outcome: Outcome): void {
  if (refused(outcome)) throw outcome.refused; // committed; now answered as the problem it is
  const { answer } = outcome;
  if (ctx.state.redirect) {
    ctx.status = answer.status >= 300 && answer.status < 400 ? answer.status : 303;
    ctx.redirect(ctx.state.redirect);
    return;
  }
  ctx.status = answer.status;
  if (ctx.state.raw) {
    ctx.type = ctx.state.raw.contentType;
    ctx.body = ctx.state.raw.body;
  } else if (answer.status !== 204) {
    ctx.body = answer.body ?? null;
  }
}

/**
 * The steps of the route pipeline, each a small function; route-pipeline.ts runs them in order. A step
 * hands on what it established, or throws a problem (which rolls the request's transaction back), or
 * returns a `Refusal`: a problem that keeps its changes, answered once the transaction has committed.
 */
import type { Context } from 'koa';
import type { Knex } from 'knex';
import { featureRefusal } from '../features.js';
import type { Actor, AuthRequest, KeyRing, ReceiveContext, RouteContext, TenantRef } from '@portico/core';
import { crossSiteProblem, HttpProblem, problems } from '@portico/core';
import type { MountedRoute, Registry } from '../registry/registry.js';
import { fieldErrors } from '../registry/schema-compiler.js';
import { guardInput, inputFault } from './input-guard.js';
import { useTenantInTransaction } from '../db/tenant-transaction.js';
import { enterTenantOfHost, tenantById } from '../tenancy.js';
import { writeAudit } from '../audit.js';
import type { EventDispatcher } from '../events/dispatcher.js';
import { settingsSnapshot, type SettingsSnapshot } from '../settings.js';
import { createExchange } from './exchange.js';
import { unsupportedMediaType, type BodyRead } from './read-body.js';
import type { MultipartRead } from './read-multipart.js';
import { hitRateLimit } from '../rate-limit.js';
import type { MailSender } from '../mail/mail-queue.js';
import { claimIdempotencyKey, requestHash, storeIdempotentAnswer } from './idempotency.js';
import { handlerContext, noEffects, type Effects } from '../handler-context.js';

export interface PipelineDeps {
  knex: Knex;
  registry: Registry;
  dispatcher: EventDispatcher;
  mail: MailSender;
  keys: KeyRing;
  publicUrl: string;
  appRole: string;
  defaultTenant: string | null;
  bodyLimitBytes: number;
  validateResponses: boolean;
}

/** What every step may read: the server, the route, and the request as Koa has it. */
export interface PipelineRequest {
  deps: PipelineDeps;
  mounted: MountedRoute;
  ctx: Context;
}

export interface Answer {
  status: number;
  body: unknown;
}

/** A problem that keeps the transaction's changes (an authenticator ending the session it refuses). */
export interface Refusal {
  refused: HttpProblem;
  effects: Effects | null;
}

const refusalOf = (error: unknown, effects: Effects | null): Refusal | null =>
  error instanceof HttpProblem && error.keepsChanges ? { refused: error, effects } : null;

export type ReadBody = BodyRead | MultipartRead;

type ScopedAuthRequest = Omit<AuthRequest, 'settings'>;

/** The request's transaction once the tenant of its host is known. */
export interface HostState {
  trx: Knex.Transaction;
  hostTenant: TenantRef | null;
  /** The tenant the transaction is scoped to now; only `auth.useTenant` moves it. */
  scope: { tenant: TenantRef | null };
  settings: SettingsSnapshot;
  auth: ScopedAuthRequest;
}

export interface Authenticated {
  actor: Actor | null;
  verify?: () => Promise<void> | void;
}

/** Where the request stands once admitted: who asks, in which tenant, for what. */
export interface RequestState {
  trx: Knex.Transaction;
  settings: SettingsSnapshot;
  actor: Actor | null;
  tenant: TenantRef;
  params: Record<string, string>;
  query: Record<string, unknown>;
}

function authRequestFor({ deps, ctx }: PipelineRequest, trx: Knex.Transaction, hostTenant: TenantRef | null, scope: HostState['scope']): ScopedAuthRequest {
  return {
    permissions: deps.registry.catalog,
    keys: deps.keys,
    method: ctx.method,
    origin: `${ctx.protocol}://${ctx.host}`,
    header: (name) => ctx.get(name) || undefined,
    cookie: (name) => ctx.cookies.get(name) ?? undefined,
    ip: ctx.ip,
    hostTenant,
    db: trx,
    setCookie: createExchange(ctx).setCookie,
    async useTenant(tenantId) {
      if (scope.tenant?.id === tenantId) return scope.tenant;
      // The tenant of the host was read, active, in this same transaction: no need to ask again.
      const tenant = hostTenant?.id === tenantId ? hostTenant : await tenantById(trx, tenantId);
      if (!tenant) throw problems.unauthenticated('This credential belongs to no active tenant.');
      await useTenantInTransaction(trx, tenant.id);
      scope.tenant = tenant;
      return tenant;
    },
  };
}

/** Scopes the transaction to the tenant of the host and reads its settings once for the whole request. */
export async function findTenantOfHost(req: PipelineRequest, trx: Knex.Transaction): Promise<HostState> {
  const host = await enterTenantOfHost(trx, req.ctx.host, req.deps.defaultTenant);
  const hostTenant = host?.tenant ?? null;
  const settings = settingsSnapshot(trx, req.deps.registry);
  if (host) settings.prime(host.tenant.id, host.settings);
  const scope = { tenant: hostTenant };
  return { trx, hostTenant, scope, settings, auth: authRequestFor(req, trx, hostTenant, scope) };
}

/** The first authenticator that recognises a credential gives the actor; none → anonymous. */
export async function authenticate(req: PipelineRequest, host: HostState): Promise<Authenticated | Refusal> {
  try {
    for (const { pluginId, authenticator } of req.deps.registry.authenticators) {
      const auth: AuthRequest = {
        ...host.auth,
        async settings() {
          if (!host.scope.tenant) throw new Error(`Authenticator ${authenticator.id} read settings before choosing a tenant`);
          return host.settings.of(host.scope.tenant.id, pluginId);
        },
      };
      const actor = await authenticator.authenticate(auth);
      if (actor) return { actor, verify: authenticator.verifyRequest ? () => authenticator.verifyRequest!(auth, actor) : undefined };
    }
    return { actor: null };
  } catch (error) {
    if (req.mounted.route.public && error instanceof HttpProblem && error.status === 401) {
      // A credential that can no longer be used (an ended session, an expired token) makes the
      // request anonymous on a public route, in the tenant of the host: whoever holds a stale
      // cookie can still reach the sign-in page and sign in (the authenticator cleared it).
      host.scope.tenant = null;
      if (host.hostTenant) await host.auth.useTenant(host.hostTenant.id);
      return { actor: null };
    }
    // An authenticator may end a credential it refuses (a session replayed from another browser).
    const refusal = refusalOf(error, null);
    if (refusal) return refusal;
    throw error;
  }
}

/** Anonymous on a non-public route → 401; a missing permission → 403. */
export function authorise({ mounted: { route } }: PipelineRequest, actor: Actor | null): void {
  if (route.public) return;
  if (!actor) throw problems.unauthenticated();
  if (!actor.permissions.has(route.permission!)) throw problems.forbidden();
}

/** Moves the transaction to the actor's tenant, or (anonymous) keeps it in the tenant of the host; neither → 404. */
export async function enterTenant(host: HostState, actor: Actor | null): Promise<TenantRef> {
  if (actor && host.scope.tenant?.id !== actor.tenantId) await host.auth.useTenant(actor.tenantId);
  if (!host.scope.tenant) {
    if (!host.hostTenant) throw problems.notFound('No portal is configured for this address.');
    await host.auth.useTenant(host.hostTenant.id);
  }
  return host.scope.tenant!;
}

/** A mutation by a credential that needs it (cookie sessions) is verified; an anonymous one must come from this site. */
export async function verifyRequest({ mounted: { route } }: PipelineRequest, host: HostState, who: Authenticated): Promise<void> {
  if (route.method === 'GET' || route.verifyRequest === false) return;
  if (who.actor) {
    await who.verify?.();
    return;
  }
  // No credential to verify: a public change (the sign-in forms) must still come from the portal's
  // own pages, or another site could sign a visitor in to an account of its choosing.
  const crossSite = crossSiteProblem(host.auth);
  if (crossSite) throw crossSite;
}

function validationProblem(where: 'params' | 'query' | 'body', validate: { errors?: unknown }): HttpProblem {
  const errors = fieldErrors(validate.errors as never, where);
  const first = errors[0];
  return problems.badRequest(first ? `${where} ${first.field}: ${first.message}` : `The ${where} is not valid.`, errors);
}

/** A malformed id names nothing that exists, nor does one holding a NUL or lone surrogate: 404, as for any unknown object. */
/** A route of a gated feature: a registered gate (billing, tiers) may refuse it for this caller. */
export async function checkFeatureGates({ deps, mounted: { route } }: PipelineRequest, state: Pick<RequestState, 'trx' | 'settings' | 'actor' | 'tenant'>): Promise<void> {
  if (!route.feature) return;
  const refusal = await featureRefusal(deps.registry, { db: state.trx, tenant: state.tenant, actor: state.actor, settings: state.settings, publicUrl: deps.publicUrl }, route.feature);
  if (refusal) throw refusal;
}

export function validateParams({ ctx, mounted: { validate } }: PipelineRequest): Record<string, string> {
  const params = { ...ctx.params };
  if (validate.params && !validate.params(params)) throw problems.notFound();
  if (inputFault(params)) throw problems.notFound();
  return params;
}

/** The query against its schema (400 naming the fields), then the input guard; a route without one takes none. */
export function validateQuery({ ctx, mounted: { validate } }: PipelineRequest): Record<string, unknown> {
  const query = { ...ctx.query };
  if (validate.query && !validate.query(query)) throw validationProblem('query', validate.query);
  guardInput('query', query);
  if (!validate.query && Object.keys(query).length > 0) {
    throw problems.badRequest('This route takes no query parameters.', Object.keys(query).map((k) => ({ in: 'query', field: `/${k}`, message: 'is not a known parameter' })));
  }
  return query;
}

const EXPECTED_MEDIA = { json: 'application/json', form: 'an HTML form (application/x-www-form-urlencoded)', multipart: 'multipart/form-data' };

/** A body of another media type → 415; the body against its schema → 400, then the input guard; a route without one takes none. */
export function validateBody({ mounted: { route, validate } }: PipelineRequest, read: ReadBody): unknown {
  if (read.kind === 'unsupported') throw unsupportedMediaType(EXPECTED_MEDIA[route.bodyType ?? 'json']);
  const body = read.kind === 'parsed' ? read.value : undefined;
  if (validate.body) {
    if (body === undefined) throw problems.badRequest('This request needs a JSON body.', [{ in: 'body', field: '/', message: 'is required' }]);
    if (!validate.body(body)) throw validationProblem('body', validate.body);
    guardInput('body', body);
  } else if (body !== undefined) {
    throw problems.badRequest('This route takes no request body.', [{ in: 'body', field: '/', message: 'is not expected' }]);
  }
  return body;
}

/** What an admitted multipart request's `receive` is handed (the settings as they were at admission). */
export async function receiveContext({ ctx, mounted }: PipelineRequest, state: RequestState): Promise<ReceiveContext> {
  const own = await state.settings.of(state.tenant.id, mounted.plugin.id);
  return { actor: state.actor, tenant: state.tenant, params: state.params, query: state.query, log: ctx.state.log, settings: async <T>() => own as T };
}

export interface Idempotency {
  key: string;
  scope: string;
}

/** An `Idempotency-Key` on a signed-in POST, scoped to who sends it and the operation. */
export function idempotencyOf({ ctx, mounted }: PipelineRequest, actor: Actor | null): Idempotency | null {
  const key = mounted.route.method === 'POST' && actor ? ctx.get('idempotency-key') : '';
  return key && actor ? { key, scope: `${actor.kind}:${actor.personId ?? actor.via}:${mounted.operationId}` } : null;
}

/** Claims the key; a key already answered replays that answer instead of running again. */
export async function replayIdempotent({ deps, ctx }: PipelineRequest, state: RequestState, idempotency: Idempotency | null, body: unknown): Promise<Answer | null> {
  if (!idempotency) return null;
  const stored = await claimIdempotencyKey(state.trx, deps.keys, state.tenant.id, idempotency.scope, idempotency.key, requestHash(ctx.method, ctx.path, body));
  if (stored) ctx.set('Idempotent-Replayed', 'true');
  return stored;
}

export async function storeIdempotent({ deps }: PipelineRequest, state: RequestState, idempotency: Idempotency | null, answer: Answer): Promise<void> {
  if (idempotency) await storeIdempotentAnswer(state.trx, deps.keys, state.tenant.id, idempotency.scope, idempotency.key, answer);
}

/** Runs the route's handler with its context; a refusal that keeps its changes is handed back, with what was emitted. */
export async function runHandler(req: PipelineRequest, state: RequestState, body: unknown, read: ReadBody): Promise<{ result: unknown; effects: Effects } | Refusal> {
  const { deps, ctx, mounted } = req;
  const { trx, tenant, actor } = state;
  const requestId = ctx.state.requestId as string;
  const effects = noEffects();
  const scope = { db: trx, tenant, pluginId: mounted.plugin.id, log: ctx.state.log, actorPersonId: actor?.personId ?? null, requestId };
  const context: RouteContext = {
    ...handlerContext(deps, { ...scope, settings: () => state.settings.of(tenant.id, mounted.plugin.id) }, effects),
    params: state.params,
    query: state.query,
    body: 'files' in read && body ? { ...(body as object), ...read.files } : body,
    actor,
    http: createExchange(ctx),
    requestId,
    audit: (entry) => writeAudit(trx, deps.registry.auditCatalog, { pluginId: mounted.plugin.id, tenantId: tenant.id, actor, ip: ctx.ip, requestId }, entry),
    auditCatalog: deps.registry.auditCatalog,
    rateLimit: (bucket, limit, windowSeconds) => hitRateLimit(trx, tenant.id, `${mounted.plugin.id}:${bucket}`, limit, windowSeconds),
    permissions: deps.registry.catalog,
    rawBody: read.kind === 'parsed' && 'raw' in read ? read.raw : undefined,
  };
  try {
    return { result: await mounted.route.handler(context as never), effects };
  } catch (error) {
    const refusal = refusalOf(error, effects);
    if (refusal) return refusal;
    throw error;
  }
}

/** The route's status, the handler's (`http.status`), else 204 for nothing to send, 201 for a POST, 200. */
export function statusOf({ ctx, mounted: { route } }: PipelineRequest, result: unknown): number {
  const nothingToSend = result === undefined && !ctx.state.raw && !ctx.state.redirect;
  return (ctx.state.statusOverride as number | undefined) ?? route.status ?? (nothingToSend ? 204 : route.method === 'POST' ? 201 : 200);
}

/** Outside production, an answer that does not match the response schema is a server error (500). */
export function checkResponse({ deps, ctx, mounted }: PipelineRequest, result: unknown): void {
  if (!deps.validateResponses || !mounted.validate.response || result === undefined || ctx.state.raw) return;
  const copy = JSON.parse(JSON.stringify(result));
  if (!mounted.validate.response(copy)) {
    throw new Error(`Response of ${mounted.operationId} does not match its schema: ${JSON.stringify(mounted.validate.response.errors)}`);
  }
}

/**
 * What happens to a request for a plugin route, in order:
 *   1. open the request's transaction as the app role;
 *   2. find the tenant of the host (scoping the transaction to it and reading its settings once
 *      for the whole request), then let the authenticators turn credentials into an actor (which
 *      moves the transaction to the actor's tenant if that is another one);
 *   3. anonymous on a non-public route → 401 (on a public one, a credential that can no longer be
 *      used counts as none); missing permission → 403; a cookie-session mutation must pass request
 *      verification, an anonymous one must not come from another site → 403;
 *   4. validate params, query and body → 400 with the fields at fault (then the input guard: no
 *      NUL, lone surrogate or non-finite number anywhere);
 *   5. an `Idempotency-Key` on a POST replays a stored answer instead of running again;
 *   6. run the handler; check its answer against the response schema (outside production);
 *   7. commit, then hand emitted events to the dispatcher.
 * Any throw rolls the whole transaction back, so nothing is half-written.
 *
 * A `multipart` route (file uploads) runs steps 1–4 for params and query in a first short
 * transaction, then streams its file parts to the route's `receive` with no transaction open, then
 * runs every step again in the route's transaction; the files are discarded unless that commits.
 */
import type { Context } from 'koa';
import type { Knex } from 'knex';
import type { Actor, AuthRequest, KeyRing, RouteContext, TenantRef } from '@portico/core';
import { crossSiteProblem, HttpProblem, problems } from '@portico/core';
import type { MountedRoute, Registry } from '../registry/registry.js';
import { fieldErrors } from '../registry/schema-compiler.js';
import { guardInput, inputFault } from './input-guard.js';
import { enterAppRole, useTenantInTransaction } from '../db/tenant-transaction.js';
import { enterTenantOfHost, tenantById } from '../tenancy.js';
import { writeAudit } from '../audit.js';
import { recordEvent } from '../events/outbox.js';
import type { EventDispatcher } from '../events/dispatcher.js';
import { settingsSnapshot, type SettingsSnapshot } from '../settings.js';
import { createExchange } from './exchange.js';
import { readBody, unsupportedMediaType, type BodyRead } from './read-body.js';
import { isMultipart, readMultipart, type MultipartRead } from './read-multipart.js';
import { hitRateLimit } from '../rate-limit.js';
import { queueMail, type MailSender } from '../mail/mail-queue.js';
import { claimIdempotencyKey, requestHash, storeIdempotentAnswer } from './idempotency.js';

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

interface Answer {
  status: number;
  body: unknown;
}

function validationProblem(where: 'params' | 'query' | 'body', validate: { errors?: unknown }): HttpProblem {
  const errors = fieldErrors(validate.errors as never, where);
  const first = errors[0];
  return problems.badRequest(first ? `${where} ${first.field}: ${first.message}` : `The ${where} is not valid.`, errors);
}

type RequestScope = { tenant: TenantRef | null };

function authRequestFor(deps: PipelineDeps, ctx: Context, trx: Knex.Transaction, hostTenant: TenantRef | null, scope: RequestScope): Omit<AuthRequest, 'settings'> {
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

async function authenticate(
  deps: PipelineDeps,
  request: Omit<AuthRequest, 'settings'>,
  scope: RequestScope,
  settings: SettingsSnapshot,
): Promise<{ actor: Actor; verify?: () => Promise<void> | void } | null> {
  for (const { pluginId, authenticator } of deps.registry.authenticators) {
    const auth: AuthRequest = {
      ...request,
      async settings<T>() {
        if (!scope.tenant) throw new Error(`Authenticator ${authenticator.id} read settings before choosing a tenant`);
        return settings.of<T>(scope.tenant.id, pluginId);
      },
    };
    const actor = await authenticator.authenticate(auth);
    if (actor) {
      return { actor, verify: authenticator.verifyRequest ? () => authenticator.verifyRequest!(auth, actor) : undefined };
    }
  }
  return null;
}

export function routePipeline(deps: PipelineDeps, mounted: MountedRoute) {
  const { route, plugin, validate } = mounted;
  const isMutation = route.method !== 'GET';

  return async (ctx: Context): Promise<void> => {
    // Read the body before opening the transaction: a slow client must not hold a connection.
    const bodyType = route.bodyType ?? 'json';
    let read: BodyRead | MultipartRead = { kind: 'none' };
    // Set for a multipart route's first, short transaction: admit the caller, then stop.
    let admission: { granted?: Parameters<NonNullable<typeof route.receive>>[1] } | null = null;
    let handled = false;
    let emittedFor: string | null = null;
    let mailFor: string | null = null;
    let refusal: HttpProblem | null = null;
    const inTransaction = async (trx: Knex.Transaction): Promise<Answer> => {
      await enterAppRole(trx, deps.appRole);
      const host = await enterTenantOfHost(trx, ctx.host, deps.defaultTenant);
      const hostTenant = host?.tenant ?? null;
      const settings = settingsSnapshot(trx, deps.registry);
      if (host) settings.prime(host.tenant.id, host.settings);
      const scope: RequestScope = { tenant: hostTenant };
      const auth = authRequestFor(deps, ctx, trx, hostTenant, scope);
      let authenticated: Awaited<ReturnType<typeof authenticate>>;
      try {
        authenticated = await authenticate(deps, auth, scope, settings);
      } catch (error) {
        if (route.public && error instanceof HttpProblem && error.status === 401) {
          // A credential that can no longer be used (an ended session, an expired token) makes the
          // request anonymous on a public route, in the tenant of the host: whoever holds a stale
          // cookie can still reach the sign-in page and sign in (the authenticator cleared it).
          authenticated = null;
          scope.tenant = null;
          if (hostTenant) await auth.useTenant(hostTenant.id);
        } else if (error instanceof HttpProblem && error.keepsChanges) {
          // An authenticator may end a credential it refuses (a session replayed from another browser).
          refusal = error;
          return { status: error.status, body: undefined };
        } else {
          throw error;
        }
      }
      const actor = authenticated?.actor ?? null;

      if (!route.public) {
        if (!actor) throw problems.unauthenticated();
        if (!actor.permissions.has(route.permission!)) throw problems.forbidden();
      }
      if (actor && scope.tenant?.id !== actor.tenantId) await auth.useTenant(actor.tenantId);
      if (!scope.tenant) {
        if (!hostTenant) throw problems.notFound('No portal is configured for this address.');
        await auth.useTenant(hostTenant.id);
      }
      const tenant = scope.tenant!;
      if (isMutation && route.verifyRequest !== false) {
        if (actor) await authenticated?.verify?.();
        else {
          // No credential to verify: a public change (the sign-in forms) must still come from the
          // portal's own pages, or another site could sign a visitor in to an account of its choosing.
          const crossSite = crossSiteProblem(auth);
          if (crossSite) throw crossSite;
        }
      }

      const params = { ...ctx.params };
      if (validate.params && !validate.params(params)) {
        // A malformed id names nothing that exists: answer as for any unknown object.
        throw problems.notFound();
      }
      if (inputFault(params)) throw problems.notFound(); // a NUL or lone surrogate names nothing either
      const query = { ...ctx.query };
      if (validate.query && !validate.query(query)) throw validationProblem('query', validate.query);
      guardInput('query', query);
      if (!validate.query && Object.keys(query).length > 0) {
        throw problems.badRequest('This route takes no query parameters.', Object.keys(query).map((k) => ({ in: 'query', field: `/${k}`, message: 'is not a known parameter' })));
      }
      if (admission) {
        const own = await settings.of(tenant.id, plugin.id);
        admission.granted = { actor, tenant, params, query, log: ctx.state.log, settings: async <T>() => own as T };
        return { status: 0, body: undefined };
      }
      if (read.kind === 'unsupported') {
        const expected = { json: 'application/json', form: 'an HTML form (application/x-www-form-urlencoded)', multipart: 'multipart/form-data' };
        throw unsupportedMediaType(expected[bodyType]);
      }
      const body = read.kind === 'parsed' ? read.value : undefined;
      if (validate.body) {
        if (body === undefined) throw problems.badRequest('This request needs a JSON body.', [{ in: 'body', field: '/', message: 'is required' }]);
        if (!validate.body(body)) throw validationProblem('body', validate.body);
        guardInput('body', body);
      } else if (body !== undefined) {
        throw problems.badRequest('This route takes no request body.', [{ in: 'body', field: '/', message: 'is not expected' }]);
      }

      const idempotencyKey = route.method === 'POST' && actor ? ctx.get('idempotency-key') : '';
      const idempotencyScope = actor ? `${actor.kind}:${actor.personId ?? actor.via}:${mounted.operationId}` : '';
      if (idempotencyKey) {
        const stored = await claimIdempotencyKey(trx, deps.keys, tenant.id, idempotencyScope, idempotencyKey, requestHash(ctx.method, ctx.path, body));
        if (stored) {
          ctx.set('Idempotent-Replayed', 'true');
          return stored;
        }
      }

      const exchange = createExchange(ctx);
      const origin = { tenantId: tenant.id, actor, ip: ctx.ip, requestId: ctx.state.requestId as string };
      const routeContext: RouteContext = {
        params,
        query,
        body: 'files' in read && body ? { ...(body as object), ...read.files } : body,
        actor,
        tenant,
        db: trx,
        http: exchange,
        requestId: ctx.state.requestId,
        log: ctx.state.log,
        audit: (entry) => writeAudit(trx, origin, entry),
        emit: async (type, payload) => {
          await recordEvent(trx, deps.registry, { tenantId: tenant.id, pluginId: plugin.id, actorPersonId: actor?.personId ?? null, requestId: origin.requestId }, type, payload);
          emittedFor = tenant.id;
        },
        settings: <T>() => settings.of<T>(tenant.id, plugin.id),
        rateLimit: (bucket, limit, windowSeconds) => hitRateLimit(trx, tenant.id, `${plugin.id}:${bucket}`, limit, windowSeconds),
        sendMail: async (message) => {
          await queueMail(trx, tenant.id, message);
          mailFor = tenant.id;
        },
        permissions: deps.registry.catalog,
        keys: deps.keys,
        publicUrl: deps.publicUrl,
        plugins: deps.registry.pluginsFor(plugin.id),
      };
      let result: unknown;
      try {
        result = await route.handler(routeContext as never);
        handled = true;
      } catch (error) {
        if (error instanceof HttpProblem && error.keepsChanges) {
          refusal = error;
          return { status: error.status, body: undefined };
        }
        throw error;
      }
      const nothingToSend = result === undefined && !ctx.state.raw && !ctx.state.redirect;
      const status = (ctx.state.statusOverride as number | undefined) ?? route.status ?? (nothingToSend ? 204 : route.method === 'POST' ? 201 : 200);

      if (deps.validateResponses && validate.response && result !== undefined && !ctx.state.raw) {
        const copy = JSON.parse(JSON.stringify(result));
        if (!validate.response(copy)) {
          throw new Error(`Response of ${mounted.operationId} does not match its schema: ${JSON.stringify(validate.response.errors)}`);
        }
      }
      if (idempotencyKey) await storeIdempotentAnswer(trx, deps.keys, tenant.id, idempotencyScope, idempotencyKey, { status, body: result });
      return { status, body: result };
    };

    let answer: Answer;
    if (bodyType === 'multipart') {
      // Authenticate and authorise in a short transaction, stream the files to the route's storage
      // with no transaction open, then run the route as usual in its own transaction.
      admission = {};
      await deps.knex.transaction(inTransaction);
      if (refusal) throw refusal;
      const granted = admission.granted!;
      admission = null;
      if (!isMultipart(ctx)) read = { kind: 'unsupported', contentType: ctx.get('content-type') };
      else read = await readMultipart(ctx, route, granted);
      let kept = false;
      try {
        answer = await deps.knex.transaction(inTransaction);
        kept = handled && !refusal;
      } finally {
        // Files are kept only when the handler ran and its transaction committed.
        if (!kept && 'discard' in read) await read.discard();
      }
    } else {
      read = await readBody(ctx, deps.bodyLimitBytes, bodyType);
      answer = await deps.knex.transaction(inTransaction);
    }

    if (emittedFor) deps.dispatcher.kick(emittedFor);
    if (mailFor) deps.mail.kick(mailFor);
    if (refusal) throw refusal; // committed; now answered as the problem it is
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
  };
}

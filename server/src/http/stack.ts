/**
 * The middleware stack, in the order a request meets it. Read this file to know what happens to a
 * request before a plugin's handler sees it (the rest is in route-pipeline.ts).
 */
import Koa from 'koa';
import Router from '@koa/router';
import helmet from 'koa-helmet';
import type { Knex } from 'knex';
import type { PinoLogger } from '../logger.js';
import type { MountedRoute } from '../registry/registry.js';
import { problemMiddleware } from './problem.js';
import { HELMET_OPTIONS } from './security-headers.js';
import { embedCors } from './cors.js';
import { requestIdMiddleware } from './request-id.js';
import { routePipeline, type PipelineDeps } from './route-pipeline.js';
import type { Lifecycle } from '../lifecycle.js';
import { pagePrefixes, portalPageMiddleware } from './portal.js';
import { bundlesMiddleware, type WidgetBundles } from './bundles.js';

export interface StackOptions extends PipelineDeps {
  log: PinoLogger;
  lifecycle: Lifecycle;
  openApi: () => Record<string, unknown>;
  /** Trust X-Forwarded-* (behind a proxy). */
  proxy: boolean;
  /** The built widget bundles, served at /portico/ and named by the portal page. */
  bundles: WidgetBundles;
}

async function databaseReachable(knex: Knex): Promise<boolean> {
  try {
    await Promise.race([knex.raw('select 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000))]);
    return true;
  } catch {
    return false;
  }
}

export function buildApp(options: StackOptions): Koa {
  const app = new Koa({ proxy: options.proxy });
  app.silent = true; // errors are logged by the problem middleware, with the request id

  // 1. Request id and access log.
  app.use(requestIdMiddleware(options.log));
  // 2. Count requests in flight; refuse new ones while shutting down.
  app.use(options.lifecycle.middleware());
  // 3. Every error below becomes problem+json.
  app.use(problemMiddleware);
  // 4. Security headers (security-headers.ts). The API answers JSON only; pages served by plugins set
  //    their own CSP. Nothing may be framed. API answers carry credentials and personal data: no
  //    cache may keep them unless the route says otherwise (`http.setHeader('Cache-Control', …)`).
  app.use(helmet(HELMET_OPTIONS));
  app.use((ctx, next) => {
    if (ctx.path.startsWith('/api/')) ctx.set('Cache-Control', 'no-store');
    return next();
  });

  // 5. CORS for the embed origins the tenant of the host allows (bearer tokens only, no cookies cross-origin).
  app.use(embedCors({ knex: options.knex, appRole: options.appRole, defaultTenant: options.defaultTenant }));

  // 6. The widget bundles (static, any origin may load them), and the portal page for every GET of
  //    a page that no route below takes (client-side routes and deep links).
  app.use(bundlesMiddleware(options.bundles));
  app.use(portalPageMiddleware({ knex: options.knex, appRole: options.appRole, defaultTenant: options.defaultTenant, bundles: options.bundles, pagePrefixes: pagePrefixes(options.registry) }));

  const router = new Router();
  // 7. Probes, outside any tenant.
  router.get('/healthz', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  router.get('/readyz', async (ctx) => {
    const ready = !options.lifecycle.draining && (await databaseReachable(options.knex));
    ctx.status = ready ? 200 : 503;
    if (!ready) ctx.set('Retry-After', '5');
    ctx.body = { status: ready ? 'ready' : options.lifecycle.draining ? 'shutting-down' : 'database-unreachable' };
  });
  router.get('/api/v1/openapi.json', (ctx) => {
    ctx.body = options.openApi();
  });
  // 8. Plugin routes (API versions and pages), each through the route pipeline.
  for (const mounted of options.registry.routes as MountedRoute[]) {
    router.register(mounted.path, [mounted.method], routePipeline(options, mounted), { name: mounted.operationId });
  }
  app.use(router.routes());
  app.use(router.allowedMethods({ throw: false }));
  return app;
}

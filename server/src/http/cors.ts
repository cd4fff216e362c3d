/**
 * CORS for embedded widgets: a browser on a tenant's own site may call the API only from an origin
 * that tenant allowed — the tenant of the request's host (its `domains`, else the default tenant), as
 * for every anonymous request. Another tenant's origins get nothing here, even on a server shared by
 * many tenants. Widgets authenticate with a bearer embed token, never with cookies, so credentials
 * are not allowed cross-origin. Each host's allowed origins are cached briefly; a change shows within
 * seconds.
 */
import cors from '@koa/cors';
import type { Context } from 'koa';
import type { Knex } from 'knex';
import { enterAppRole } from '../db/tenant-transaction.js';
import { embedOriginsOfHost } from '../tenancy.js';

const CACHE_MS = 10_000;
/** Hosts are chosen by the client: keep the cache bounded whatever they send. */
const MAX_CACHED_HOSTS = 1_000;

export interface EmbedCorsOptions {
  knex: Knex;
  appRole: string;
  defaultTenant: string | null;
}

export function embedCors(options: EmbedCorsOptions) {
  const cache = new Map<string, { at: number; origins: Promise<Set<string>> }>();
  const allowedOrigins = (host: string): Promise<Set<string>> => {
    const key = host.toLowerCase();
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.origins;
    // Read as the app role, like every request (the tenant directory is readable to it before a tenant is chosen).
    const origins = options.knex
      .transaction(async (trx) => {
        await enterAppRole(trx, options.appRole);
        return new Set(await embedOriginsOfHost(trx, key, options.defaultTenant));
      })
      .catch((error) => {
        cache.delete(key);
        throw error;
      });
    if (cache.size >= MAX_CACHED_HOSTS) {
      for (const [h, entry] of cache) if (Date.now() - entry.at >= CACHE_MS) cache.delete(h);
      if (cache.size >= MAX_CACHED_HOSTS) cache.clear();
    }
    cache.set(key, { at: Date.now(), origins });
    return origins;
  };
  const middleware = cors({
    origin: async (ctx: Context) => {
      const origin = ctx.get('origin');
      return origin && (await allowedOrigins(ctx.host)).has(origin) ? origin : '';
    },
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    // last-event-id: an embedded notification bell resumes its stream of server-sent events.
    allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id', 'last-event-id'],
    exposeHeaders: ['x-request-id', 'retry-after', 'idempotent-replayed'],
    credentials: false,
    maxAge: 600,
  });
  return (ctx: Context, next: () => Promise<unknown>) => (ctx.path.startsWith('/api/') ? middleware(ctx, next) : next());
}

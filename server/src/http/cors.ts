/**
 * CORS for embedded widgets: a browser on a tenant's own site may call the API only from an origin the
 * tenant allowed. Widgets authenticate with a bearer embed token, never with cookies, so credentials
 * are not allowed cross-origin. Allowed origins are cached briefly; a change shows within seconds.
 */
import cors from '@koa/cors';
import type { Context } from 'koa';
import type { Knex } from 'knex';

const CACHE_MS = 10_000;

export function embedCors(knex: Knex) {
  let cached: { at: number; origins: Set<string> } | null = null;
  const allowedOrigins = async (): Promise<Set<string>> => {
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.origins;
    const rows: { embedOrigins: string[] }[] = await knex('tenants').where({ status: 'active' }).select('embed_origins');
    cached = { at: Date.now(), origins: new Set(rows.flatMap((r) => r.embedOrigins)) };
    return cached.origins;
  };
  const middleware = cors({
    origin: async (ctx: Context) => {
      const origin = ctx.get('origin');
      return origin && (await allowedOrigins()).has(origin) ? origin : '';
    },
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-request-id'],
    exposeHeaders: ['x-request-id', 'retry-after', 'idempotent-replayed'],
    credentials: false,
    maxAge: 600,
  });
  return (ctx: Context, next: () => Promise<unknown>) => (ctx.path.startsWith('/api/') ? middleware(ctx, next) : next());
}

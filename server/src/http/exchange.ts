import type { Context } from 'koa';
import type { CookieOptions, HttpExchange } from '@portico/core';

/** The slice of the Koa context a handler may touch, so that handlers stay free of Koa. */
export function createExchange(ctx: Context): HttpExchange {
  return {
    method: ctx.method,
    path: ctx.path,
    ip: ctx.ip,
    origin: `${ctx.protocol}://${ctx.host}`,
    header: (name) => ctx.get(name) || undefined,
    setHeader: (name, value) => ctx.set(name, value),
    status: (code) => {
      ctx.state.statusOverride = code;
    },
    cookie: (name) => ctx.cookies.get(name) ?? undefined,
    setCookie: (name, value, options: CookieOptions = {}) => {
      ctx.cookies.set(name, value, {
        httpOnly: options.httpOnly ?? true,
        sameSite: options.sameSite ?? 'lax',
        path: options.path ?? '/',
        secure: ctx.secure,
        overwrite: true,
        ...(value === null ? { expires: new Date(0) } : options.maxAgeMs ? { maxAge: options.maxAgeMs } : {}),
      });
    },
    redirect: (location) => {
      ctx.state.redirect = location;
    },
    send: (body, contentType) => {
      ctx.state.raw = { body, contentType };
    },
  };
}

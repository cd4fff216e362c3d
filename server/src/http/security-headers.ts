/**
 * The security headers of every answer, in one place: the Koa stack sends them with koa-helmet, and
 * answers written before Koa sees a request (431 and 400 from Node's HTTP parser) send the same list.
 *
 * The API answers JSON only, and no page of Portico may be framed — the portal is embedded on other
 * sites through its widgets, never in a frame (docs/embedding.md) — so CSP says `frame-ancestors
 * 'none'` and X-Frame-Options says DENY, the same thing for browsers that read only the older header.
 * Pages served by plugins set their own CSP, with `frame-ancestors 'none'` too.
 */
import helmet from 'helmet';

export const HELMET_OPTIONS = {
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  xFrameOptions: { action: 'deny' },
} as const;

let cached: [string, string][] | null = null;

/** The headers helmet sets with these options, as name/value pairs. */
export function securityHeaders(): [string, string][] {
  if (cached) return cached;
  const headers: [string, string][] = [];
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
    },
    removeHeader() {},
  };
  helmet(HELMET_OPTIONS)({} as never, response as never, () => {});
  cached = headers;
  return headers;
}

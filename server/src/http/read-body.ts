import coBody from 'co-body';
import type { Context } from 'koa';
import { HttpProblem } from '@portico/core';

function hasBody(ctx: Context): boolean {
  const headers = ctx.req.headers;
  return headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0');
}

/**
 * Reads a JSON body within the size limit. Only JSON is accepted: a form or `text/plain` body (the
 * kinds a cross-site form can send without a preflight) is refused with 415.
 */
export async function readJsonBody(ctx: Context, limitBytes: number): Promise<unknown> {
  if (!hasBody(ctx)) return undefined;
  if (!ctx.is('application/json', 'application/*+json')) {
    throw new HttpProblem(415, 'unsupported-media-type', 'Unsupported media type', {
      detail: 'Send the request body as application/json.',
    });
  }
  const declared = Number(ctx.get('content-length'));
  if (Number.isFinite(declared) && declared > limitBytes) {
    throw new HttpProblem(413, 'payload-too-large', 'Request body too large', {
      detail: `The request body is larger than ${limitBytes} bytes.`,
    });
  }
  return coBody.json(ctx.req, { limit: limitBytes, strict: true });
}

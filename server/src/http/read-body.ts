import coBody from 'co-body';
import type { Context } from 'koa';
import { HttpProblem, problems } from '@portico/core';

function hasBody(ctx: Context): boolean {
  const headers = ctx.req.headers;
  return headers['transfer-encoding'] !== undefined || (headers['content-length'] !== undefined && headers['content-length'] !== '0');
}

export type BodyRead = { kind: 'none' } | { kind: 'parsed'; value: unknown; raw?: string } | { kind: 'unsupported'; contentType: string };

export const unsupportedMediaType = (expected: string) =>
  new HttpProblem(415, 'unsupported-media-type', 'Unsupported media type', { detail: `Send the request body as ${expected}.` });

/**
 * Reads the body within the size limit: JSON, or a urlencoded form for routes that take forms. Any
 * other content type is not read and reported as `unsupported`; the pipeline refuses it after
 * authentication, so that request verification can answer first (a `text/plain` post is the mark of
 * a cross-site form).
 */
export async function readBody(ctx: Context, limitBytes: number, bodyType: 'json' | 'form', keepRaw = false): Promise<BodyRead> {
  if (!hasBody(ctx)) return { kind: 'none' };
  const accepted = bodyType === 'form' ? ctx.is('application/x-www-form-urlencoded') : ctx.is('application/json', 'application/*+json');
  if (!accepted) return { kind: 'unsupported', contentType: ctx.get('content-type') };
  const declared = Number(ctx.get('content-length'));
  if (Number.isFinite(declared) && declared > limitBytes) {
    throw new HttpProblem(413, 'payload-too-large', 'Request body too large', {
      detail: `The request body is larger than ${limitBytes} bytes.`,
    });
  }
  try {
    if (bodyType === 'form') return { kind: 'parsed', value: await coBody.form(ctx.req, { limit: limitBytes, queryString: { depth: 0, arrayLimit: 0 } }) };
    if (keepRaw) {
      // The exact text as well, for a route that verifies a signature over it.
      const { parsed, raw } = (await coBody.json(ctx.req, { limit: limitBytes, strict: true, returnRawBody: true })) as { parsed: unknown; raw: string };
      return { kind: 'parsed', value: parsed, raw };
    }
    return { kind: 'parsed', value: await coBody.json(ctx.req, { limit: limitBytes, strict: true }) };
  } catch (error) {
    // co-body refuses `__proto__` and `constructor.prototype` keys (prototype poisoning) with a plain 400.
    if ((error as { status?: number }).status === 400 && /prototype/i.test((error as Error).message)) {
      throw problems.badRequest('The request body holds a forbidden key (__proto__ or constructor.prototype).', [{ in: 'body', field: '/', message: 'holds a forbidden key' }]);
    }
    throw error;
  }
}

/**
 * Turns everything thrown below it into `application/problem+json`. Expected refusals are
 * HttpProblems; a lost database becomes a 503 with Retry-After; anything else is a logged 500 that
 * reveals nothing of its cause.
 */
import type { Context, Next } from 'koa';
import { HttpProblem, isHttpProblem, problems, type ProblemBody } from '@portico/core';
import { securityHeaders } from './security-headers.js';

const DATABASE_UNAVAILABLE = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH',
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; name?: string; message?: string };
  if (!e) return false;
  if (e.code && DATABASE_UNAVAILABLE.has(e.code)) return true;
  if (e.name === 'KnexTimeoutError') return true;
  return /Connection terminated|connection is closed|Client has encountered a connection error/i.test(e.message ?? '');
}

/** Errors thrown by the body reader (raw-body / co-body) carry a status and a type. */
function bodyReaderProblem(error: { status?: number; type?: string; message?: string }): HttpProblem | null {
  if (error.type === 'entity.too.large') {
    return new HttpProblem(413, 'payload-too-large', 'Request body too large', { detail: 'The request body is larger than this server accepts.' });
  }
  if (error.type === 'entity.parse.failed' || (error.status === 400 && /JSON/i.test(error.message ?? ''))) {
    return problems.badRequest('The request body is not valid JSON.', [{ in: 'body', field: '/', message: 'is not valid JSON' }]);
  }
  if (error.status === 415 || error.type === 'charset.unsupported' || error.type === 'encoding.unsupported') {
    return new HttpProblem(415, 'unsupported-media-type', 'Unsupported media type', { detail: error.message });
  }
  if (error.type === 'request.aborted') return new HttpProblem(400, 'aborted', 'Request aborted');
  return null;
}

/** Deadlocks and serialization failures: the transaction rolled back whole; a retry will do. */
const RETRYABLE = new Set(['40P01', '40001']);

export function toProblem(error: unknown): { problem: HttpProblem; unexpected: boolean } {
  if (isHttpProblem(error)) return { problem: error, unexpected: false };
  const fromBody = bodyReaderProblem(error as object);
  if (fromBody) return { problem: fromBody, unexpected: false };
  if (isDatabaseUnavailable(error)) return { problem: problems.unavailable(5), unexpected: true };
  if (RETRYABLE.has((error as { code?: string })?.code ?? '')) {
    return { problem: problems.unavailable(1, 'Your request met a concurrent change and was not applied; retry it.'), unexpected: false };
  }
  return {
    problem: new HttpProblem(500, 'internal', 'Something went wrong', {
      detail: 'An unexpected error occurred; it has been logged. Quote the request id when reporting it.',
    }),
    unexpected: true,
  };
}

export function sendProblem(ctx: Context, problem: HttpProblem): void {
  const body: ProblemBody = problem.toJSON(ctx.path);
  body.requestId = ctx.state.requestId;
  ctx.status = problem.status;
  for (const [name, value] of Object.entries(problem.headers)) ctx.set(name, value);
  ctx.type = 'application/problem+json';
  ctx.body = body;
}

export async function problemMiddleware(ctx: Context, next: Next): Promise<void> {
  try {
    await next();
    if (ctx.status === 404 && ctx.body === undefined) sendProblem(ctx, problems.notFound('No such route.'));
    else if (ctx.status === 405 && !ctx.body) {
      sendProblem(ctx, new HttpProblem(405, 'method-not-allowed', 'Method not allowed', { detail: `${ctx.method} is not allowed here.` }));
    }
  } catch (error) {
    const { problem, unexpected } = toProblem(error);
    if (unexpected) ctx.state.log?.error({ err: error }, 'request failed');
    sendProblem(ctx, problem);
  }
}

/**
 * Requests Node's HTTP parser refuses before Koa sees them (headers or URL too large, malformed
 * request line) get a problem+json answer too, instead of a bare status line.
 */
export function answerClientError(error: NodeJS.ErrnoException & { code?: string }, socket: import('node:stream').Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const problem = tooLarge
    ? new HttpProblem(431, 'headers-too-large', 'Request headers too large', { detail: 'The request line or headers are larger than this server accepts; shorten the query string.' })
    : problems.badRequest('The request could not be read as HTTP.');
  const body = JSON.stringify(problem.toJSON());
  // The same security headers as every other answer (no Koa middleware runs for these).
  const headers = [...securityHeaders(), ['Cache-Control', 'no-store'], ['Content-Type', 'application/problem+json'], ['Content-Length', String(Buffer.byteLength(body))], ['Connection', 'close']];
  socket.end(`HTTP/1.1 ${problem.status} ${problem.title}\r\n${headers.map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n${body}`);
}

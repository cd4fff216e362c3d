/**
 * Graceful shutdown: on SIGTERM the server stops accepting connections, answers new requests on
 * kept-alive connections with 503, lets requests in flight finish (up to a timeout), then closes.
 */
import type { Server } from 'node:http';
import type { Context, Next } from 'koa';
import { problems } from '@portico/core';
import { sendProblem } from './http/problem.js';

export class Lifecycle {
  draining = false;
  private inFlight = 0;
  private idle: (() => void) | null = null;

  middleware() {
    return async (ctx: Context, next: Next) => {
      if (this.draining) {
        ctx.set('Connection', 'close');
        sendProblem(ctx, problems.unavailable(1, 'The server is shutting down; retry on another instance.'));
        return;
      }
      // A request is in flight until its response is fully written, which Koa does after the
      // middleware chain has returned: count down on the response's close, not after next().
      this.inFlight++;
      ctx.res.once('close', () => {
        this.inFlight--;
        if (this.inFlight === 0) this.idle?.();
      });
      await next();
    };
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  /** Stops taking requests and resolves once those in flight are done, or the timeout passes. */
  async drain(server: Server | null, timeoutMs: number): Promise<void> {
    this.draining = true;
    const closed = server
      ? new Promise<void>((resolve) => server.close(() => resolve()))
      : Promise.resolve();
    server?.closeIdleConnections();
    const finished = this.inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (this.idle = resolve));
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
    await Promise.race([finished, timeout]);
    server?.closeAllConnections();
    await Promise.race([closed, timeout]);
  }
}

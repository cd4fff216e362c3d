/**
 * Shutdown under load: with requests in flight, the server is told to stop (what SIGTERM does).
 * Every request it took finishes with its real answer; new ones are refused cleanly (a 503 problem
 * while it drains, a refused connection once it has stopped listening) — never cut off half-way.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definePlugin, defineRoute, Type } from '@portico/core';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';

/** Requests the server took: their handler started. */
let taken = 0;

const workPlugin = definePlugin({
  id: 'work',
  version: '1.0.0',
  permissions: { 'work.do': { description: 'Work' } },
  routes: {
    v1: [
      defineRoute({
        method: 'GET',
        path: '/work',
        name: 'do',
        summary: 'Answers after a short while',
        permission: 'work.do',
        schemas: { response: Type.Object({ done: Type.Boolean() }) },
        async handler({ db }) {
          taken++;
          await db.raw('select 1');
          await new Promise((resolve) => setTimeout(resolve, 150));
          return { done: true };
        },
      }),
    ],
  },
});

describe('shutdown under load', () => {
  let h: Harness;
  let alpha: TestTenant;
  beforeAll(async () => {
    h = await startHarness({ plugins: [workPlugin] });
    alpha = await h.tenant('alpha');
  });
  afterAll(() => h?.db.drop());

  it('finishes every request it took and refuses the rest cleanly', async () => {
    const auth = h.member(alpha, ['work.do']);
    // Load: clients keep requests in flight until shutdown begins.
    let stopping = false;
    const inFlight: Promise<string>[] = [];
    const ask = (): Promise<string> =>
      h.api('GET', '/api/v1/work', { auth }).then(
        (answer) => (answer.status === 200 && answer.body?.done === true ? 'done' : answer.status === 503 ? 'refused' : `unexpected ${answer.status}`),
        (error) => `broken ${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message}`,
      );
    const clients = Array.from({ length: 12 }, async () => {
      while (!stopping) {
        const request = ask();
        inFlight.push(request);
        await request;
      }
    });
    while (h.server.lifecycle.requestsInFlight < 8) await new Promise((r) => setTimeout(r, 10));

    stopping = true;
    const inFlightAtStop = h.server.lifecycle.requestsInFlight;
    const closing = h.server.close();
    // New requests during and after shutdown, each on a fresh connection: refused, never cut off.
    const probes: string[] = [];
    for (let i = 0; i < 5; i++) {
      probes.push(await probe(h.url, auth));
      await new Promise((r) => setTimeout(r, 30));
    }
    await closing;
    await Promise.all(clients);
    const outcomes = await Promise.all(inFlight);

    expect(inFlightAtStop).toBeGreaterThanOrEqual(8);
    // Every request the server took was answered in full. A request a client sent on a kept-alive
    // connection at the very moment the server closed it was never taken: it may see a reset, which
    // is how HTTP/1.1 tells a client that such a request is safe to retry elsewhere.
    expect(outcomes.filter((o) => o === 'done')).toHaveLength(taken);
    expect(outcomes.filter((o) => !['done', 'refused', 'broken ECONNRESET'].includes(o)), outcomes.join(', ')).toEqual([]);
    for (const outcome of probes) expect(['refused', 'connection refused']).toContain(outcome);
    expect(probes.at(-1)).toBe('connection refused');
  });
});

/** One request on a connection of its own (no keep-alive), as a new client would make it. */
function probe(base: string, auth: string): Promise<string> {
  return new Promise((resolve) => {
    const request = http.get(`${base}/api/v1/work`, { agent: false, headers: { authorization: auth } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode === 503 && String(response.headers['content-type']).startsWith('application/problem+json') ? 'refused' : `unexpected ${response.statusCode}`));
      response.on('error', () => resolve('broken response'));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED' ? 'connection refused' : `broken ${error.code}`));
  });
}

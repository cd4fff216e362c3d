/**
 * Shutdown under load: while clients keep sending, the server is told to stop (what SIGTERM does).
 * Every request that was taken finishes with its real answer; later ones are refused cleanly (a 503
 * problem on a kept-alive connection, or a refused connection) — never cut off half-way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definePlugin, defineRoute, Type } from '@portico/core';
import { startHarness, type Harness, type TestTenant } from '../support/harness.js';

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
    const outcomes: string[] = [];
    let stopping = false;
    const client = async () => {
      while (!stopping || outcomes.length < 200) {
        try {
          const answer = await h.api('GET', '/api/v1/work', { auth });
          if (answer.status === 200 && answer.body?.done === true) outcomes.push('done');
          else if (answer.status === 503 && answer.headers.get('content-type')?.startsWith('application/problem+json')) outcomes.push('refused');
          else outcomes.push(`unexpected ${answer.status}`);
        } catch (error) {
          const code = (error as { cause?: { code?: string } }).cause?.code;
          outcomes.push(code === 'ECONNREFUSED' ? 'connection refused' : `broken ${code ?? (error as Error).message}`);
        }
        if (stopping && outcomes.some((o) => o === 'connection refused')) return;
      }
    };
    const clients = Array.from({ length: 12 }, client);
    while (outcomes.length < 24) await new Promise((r) => setTimeout(r, 20));

    stopping = true;
    const inFlightAtStop = h.server.lifecycle.requestsInFlight;
    await h.server.close();
    await Promise.all(clients);

    expect(inFlightAtStop).toBeGreaterThan(0);
    const kinds = new Set(outcomes);
    expect([...kinds].filter((k) => !['done', 'refused', 'connection refused'].includes(k)), outcomes.join(', ')).toEqual([]);
    expect(outcomes.filter((o) => o === 'done').length).toBeGreaterThanOrEqual(24);
    expect(kinds.has('connection refused')).toBe(true);
  });
});

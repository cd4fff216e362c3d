import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { definePlugin, defineRoute, Type } from '@portico/core';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';

let release: () => void = () => {};
const slowPlugin = definePlugin({
  id: 'slow',
  version: '1.0.0',
  permissions: { 'slow.wait': { description: 'Wait' } },
  routes: {
    v1: [
      defineRoute({
        method: 'GET',
        path: '/slow',
        name: 'wait',
        summary: 'Answers when released',
        permission: 'slow.wait',
        schemas: { response: Type.Object({ done: Type.Boolean() }) },
        async handler() {
          await new Promise<void>((resolve) => (release = resolve));
          return { done: true };
        },
      }),
    ],
  },
});

describe('graceful shutdown', () => {
  let h: Harness;
  let alpha: TestTenant;
  beforeAll(async () => {
    h = await startHarness({ plugins: [slowPlugin] });
    alpha = await h.tenant('alpha');
  });
  afterAll(() => h?.db.drop());

  it('finishes requests in flight, turns not-ready, and refuses new connections', async () => {
    const auth = h.member(alpha, ['slow.wait']);
    const inFlight = h.api('GET', '/api/v1/slow', { auth });
    await vi.waitFor(() => expect(h.server.lifecycle.requestsInFlight).toBe(1));

    const closing = h.server.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(h.server.lifecycle.draining).toBe(true);
    await expect(fetch(`${h.url}/healthz`)).rejects.toThrow(); // the listener is closed

    release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ done: true });
    await closing;
  });
});

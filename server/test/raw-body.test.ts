/**
 * A route that verifies a signature over the exact bytes of its body (a payment provider's webhook)
 * gets them as they came, beside the parsed and validated body.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { definePlugin, defineRoute, problems, Type } from '@portico/core';
import { startHarness, type Harness } from '@portico/testing';

const SECRET = 'whsec_test';

const hooks = definePlugin({
  id: 'hooks',
  version: '0.0.0',
  routes: {
    v1: [
      defineRoute({
        method: 'POST',
        path: '/hooks/incoming',
        name: 'incoming.receive',
        summary: 'Receive a signed event',
        public: true,
        rawBody: true,
        schemas: { body: Type.Object({ id: Type.String(), type: Type.String() }, { additionalProperties: true, examples: [{ id: 'evt_1', type: 'invoice.paid' }] }), response: Type.Object({ id: Type.String(), bytes: Type.Integer() }) },
        handler({ body, rawBody, http }) {
          const expected = createHmac('sha256', SECRET).update(rawBody!).digest('hex');
          if (http.header('x-signature') !== expected) throw problems.badRequest('The signature does not match the body.');
          return { id: body.id, bytes: Buffer.byteLength(rawBody!) };
        },
      }),
    ],
  },
});

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ plugins: [hooks], config: { defaultTenant: 'alpha' } });
  await h.tenant('alpha');
});
afterAll(() => h?.close());

it('hands the route the body exactly as sent (spacing, key order, escapes), and still validates it', async () => {
  const text = '{ "type" : "invoice.paid",\n  "id": "evt_\\u00e9", "data": {"amount": 1200} }';
  const signature = createHmac('sha256', SECRET).update(text).digest('hex');
  const call = (body: string, sig: string) => h.api('POST', '/api/v1/hooks/incoming', { rawBody: body, headers: { 'content-type': 'application/json', 'x-signature': sig, 'sec-fetch-site': 'none' } });
  const ok = await call(text, signature);
  expect(ok.status, ok.text).toBe(201);
  expect(ok.body).toEqual({ id: 'evt_é', bytes: Buffer.byteLength(text) });
  // The same event re-serialised has other bytes, so another signature.
  expect((await call(JSON.stringify(JSON.parse(text)), signature)).status).toBe(400);
  const invalid = await call('{"type": 1}', createHmac('sha256', SECRET).update('{"type": 1}').digest('hex'));
  expect(invalid.status).toBe(400);
  expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['/type']));
});

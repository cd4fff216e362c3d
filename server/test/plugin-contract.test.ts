/**
 * A plugin defined right here, with one route and no test of its own, gets everything the contract
 * promises: it is mounted, documented in OpenAPI, validated, permission-checked, and covered by the
 * registry-driven route suite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definePlugin, defineRoute, Type } from '@portico/core';
import { routeContractSuite } from '@portico/testing';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';

const greetingsPlugin = definePlugin({
  id: 'greetings',
  version: '1.0.0',
  description: 'Says hello',
  permissions: { 'greetings.send': { description: 'Send a greeting', grantedTo: ['partner_user'] } },
  audit: { actions: { 'greetings.greeting.sent': { en: 'Greeting sent', fr: 'Salutation envoyée', es: 'Saludo enviado' } } },
  routes: {
    v1: [
      defineRoute({
        method: 'POST',
        path: '/greetings',
        name: 'send',
        summary: 'Send a greeting',
        permission: 'greetings.send',
        schemas: {
          body: Type.Object({ to: Type.String({ minLength: 1, maxLength: 80 }) }, { examples: [{ to: 'Ada' }] }),
          response: Type.Object({ text: Type.String() }),
        },
        async handler({ body, audit }) {
          await audit({ action: 'greetings.greeting.sent', targetType: 'greeting', after: { to: body.to } });
          return { text: `Hello, ${body.to}!` };
        },
      }),
    ],
  },
});

routeContractSuite('a plugin defined in a test file', [greetingsPlugin]);

describe('a plugin defined in a test file', () => {
  let h: Harness;
  let alpha: TestTenant;
  beforeAll(async () => {
    h = await startHarness({ plugins: [greetingsPlugin] });
    alpha = await h.tenant('alpha');
  });
  afterAll(() => h?.close());

  it('is mounted under /api/v1 and typed end to end', async () => {
    const answer = await h.api('POST', '/api/v1/greetings', { auth: h.member(alpha, ['greetings.send']), body: { to: 'Ada' } });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ text: 'Hello, Ada!' });
  });

  it('is documented in the OpenAPI document with its permission and schemas', async () => {
    const doc = (await h.api('GET', '/api/v1/openapi.json')).body;
    const operation = doc.paths['/api/v1/greetings'].post;
    expect(operation.operationId).toBe('greetings.send');
    expect(operation['x-permission']).toBe('greetings.send');
    expect(operation.requestBody.content['application/json'].schema).toMatchObject({
      type: 'object',
      required: ['to'],
      additionalProperties: false,
      examples: [{ to: 'Ada' }],
    });
    expect(operation.responses['403']).toBeDefined();
  });
});

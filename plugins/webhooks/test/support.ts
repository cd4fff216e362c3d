/**
 * What the webhook tests share: a server with access, a small `probe` plugin whose route emits events
 * on demand, and the webhooks plugin made with the address policy a test needs; a local receiver that
 * records each request and answers what the test tells it; and an independent check of Standard
 * Webhooks signatures (node:crypto, not the library the plugin signs with).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { definePlugin, defineRoute, Type, Uuid, type PluginDefinition } from '@portico/core';
import { accessPlugin } from '@portico/plugin-access';
import { startHarness, type ApiAnswer, type Harness } from '@portico/testing';
import { createWebhooksPlugin, type WebhooksPluginOptions } from '../src/index.js';

export const probeEvents = {
  'probe.thing.changed': Type.Object({ thingId: Uuid, n: Type.Integer() }),
  'probe.other.happened': Type.Object({ n: Type.Integer() }),
};

/** A plugin whose route emits one of its events, as any plugin's mutation would. */
export const probePlugin: PluginDefinition = definePlugin({
  id: 'probe',
  version: '0.0.0',
  audit: { actions: { 'probe.event.emitted': { en: 'Probe event emitted', fr: 'Événement de sonde émis', es: 'Evento de sonda emitido' } } },
  permissions: { 'probe.emit': { description: 'Emit probe events', grantedTo: ['tenant_admin'] } },
  events: { emits: probeEvents },
  routes: {
    v1: [
      defineRoute({
        method: 'POST',
        path: '/probe/emit',
        name: 'emit',
        summary: 'Emit a probe event',
        permission: 'probe.emit',
        schemas: { body: Type.Object({ type: Type.Union([Type.Literal('probe.thing.changed'), Type.Literal('probe.other.happened')]), thingId: Type.Optional(Uuid), n: Type.Integer() }, { examples: [{ type: 'probe.other.happened', n: 1 }] }) },
        async handler(ctx) {
          const { type, thingId, n } = ctx.body as { type: string; thingId?: string; n: number };
          await ctx.emit(type as never, (type === 'probe.thing.changed' ? { thingId, n } : { n }) as never);
          await ctx.audit({ action: 'probe.event.emitted', targetType: 'probe', targetId: null, partnerId: null, after: { type, n } });
        },
      }),
    ],
  },
});

export function startWebhooksHarness(options: WebhooksPluginOptions = { allowPrivateAddresses: true, requireHttps: false, timeoutMs: 5_000 }): Promise<Harness> {
  return startHarness({ plugins: [accessPlugin, probePlugin, createWebhooksPlugin(options)], config: { publicUrl: 'https://partners.example.test' } });
}

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A local endpoint: records every request; answers the next status of `answers` (200 once they run out). */
export async function startReceiver() {
  const received: Received[] = [];
  const answers: number[] = [];
  let always: number | null = null;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = always ?? answers.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ received: received.length }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** The statuses of the next answers, in order. */
    answer: (...statuses: number[]) => answers.push(...statuses),
    /** Answer this status to everything (null: back to 200). */
    always: (status: number | null) => (always = status),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The signatures of `webhook-signature` that `secret` made, checked with node:crypto. */
export function signedBy(received: Received, secret: string): boolean {
  const id = received.headers['webhook-id'] as string;
  const timestamp = received.headers['webhook-timestamp'] as string;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${received.body}`).digest();
  return String(received.headers['webhook-signature'])
    .split(' ')
    .some((entry) => {
      const [version, signature] = entry.split(',');
      const given = Buffer.from(signature ?? '', 'base64');
      return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

export async function call(h: Harness, auth: string, method: string, path: string, body?: unknown, status?: number): Promise<any> {
  const answer = await h.api(method, `/api/v1${path}`, { auth, ...(body === undefined ? {} : { body }) });
  if (status !== undefined) expect(answer.status, `${method} ${path}: ${answer.text}`).toBe(status);
  return answer.body;
}

export function expectProblem(answer: ApiAnswer, status: number, field?: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  if (field) expect(answer.body.errors).toContainEqual(expect.objectContaining({ field }));
}

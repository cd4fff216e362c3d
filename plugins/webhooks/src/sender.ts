/**
 * One HTTP attempt of a delivery: a POST of the JSON body with its signature headers, on a connection
 * whose addresses the guard checked, bounded in time, redirects not followed (a 3xx is a failure, as
 * the answer of a receiver that moved). It never throws: what happened is the answer.
 */
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, isBlockedAddress, type AddressPolicy } from './address-guard.js';

export interface AttemptResult {
  ok: boolean;
  responseStatus: number | null;
  responseBody: string | null;
  durationMs: number;
  error: string | null;
}

const RESPONSE_KEPT = 2_000;

export interface SendOptions extends AddressPolicy {
  timeoutMs: number;
}

export function postDelivery(url: string, body: string, headers: Record<string, string>, options: SendOptions): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const failed = (error: string): AttemptResult => ({ ok: false, responseStatus: null, responseBody: null, durationMs: elapsed(), error });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve(failed('The endpoint’s URL is not valid.'));
  }
  if (target.protocol === 'http:' && options.requireHttps) return Promise.resolve(failed('Only https endpoints are allowed.'));
  const host = target.hostname.replace(/^\[|\]$/g, '');
  // A literal address is connected to without a lookup: check it here.
  if (isIP(host) && !options.allowPrivateAddresses && isBlockedAddress(host)) return Promise.resolve(failed(`${host} is a private, loopback or link-local address; webhooks may not reach it.`));
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = transport.request(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Portico-Webhooks/1', 'content-length': Buffer.byteLength(body), ...headers },
        lookup: guardedLookup(options) as never,
        timeout: options.timeoutMs,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on('data', (chunk: Buffer) => {
          if (kept < RESPONSE_KEPT) {
            chunks.push(chunk);
            kept += chunk.length;
          }
        });
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          resolve({ ok: status >= 200 && status < 300, responseStatus: status, responseBody: Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_KEPT), durationMs: elapsed(), error: null });
        });
        response.on('error', (error) => resolve(failed(error.message)));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`No answer within ${options.timeoutMs} ms.`)));
    request.on('error', (error: NodeJS.ErrnoException) => resolve(failed(error.code === 'ECONNREFUSED' ? 'The connection was refused.' : error.message)));
    request.end(body);
  });
}

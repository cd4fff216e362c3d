/**
 * Signing deliveries following the Standard Webhooks specification, with its own library
 * (`standardwebhooks`): `webhook-id` (the event's id, the same on every retry and replay, for the
 * receiver to de-duplicate), `webhook-timestamp` (seconds) and `webhook-signature`: `v1,<base64
 * HMAC-SHA256 of "id.timestamp.body">`, one per valid secret, space-separated — during a rotation's
 * overlap the old secret signs too, so receivers can switch at their pace.
 */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A new signing secret as the specification writes them: `whsec_` and 32 random bytes in base64. */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export function signatureHeaders(eventId: string, at: Date, body: string, secrets: readonly string[]): Record<string, string> {
  return {
    'webhook-id': eventId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(eventId, at, body)).join(' '),
  };
}

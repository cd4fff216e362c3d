import { describe, expect, it } from 'vitest';
import { PorticoError } from '../src/errors.js';

describe('PorticoError.fromResponse', () => {
  it('keeps the problem’s extension members beside the standard ones', async () => {
    const body = {
      type: 'https://portico.dev/problems/escalation/last-partner-admin',
      title: 'The last partner admin stays',
      status: 409,
      detail: 'Ask the programme’s support.',
      requestId: 'req-1',
      escalation: { supportEmail: 'partners@northwind.example' },
      retryAllowedAt: '2026-11-23T18:00:00.000Z',
    };
    const error = await PorticoError.fromResponse(new Response(JSON.stringify(body), { status: 409, headers: { 'content-type': 'application/problem+json' } }));
    expect(error.type).toBe(body.type);
    expect(error.requestId).toBe('req-1');
    expect(error.extensions).toEqual({ escalation: { supportEmail: 'partners@northwind.example' }, retryAllowedAt: '2026-11-23T18:00:00.000Z' });
  });

  it('has no extensions for a body that is not a problem', async () => {
    const error = await PorticoError.fromResponse(new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' }));
    expect(error.status).toBe(502);
    expect(error.extensions).toEqual({});
  });
});

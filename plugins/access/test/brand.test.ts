/**
 * The tenant's brand, edited by its administrators through a real session: only harmless values are
 * stored (they end up in CSS, pages and image sources of every partner's browser), changes are audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { accessPlugin } from '../src/index.js';
import { P } from '../src/permissions.js';
import { signedInPerson, type TestPerson } from '@portico/testing';

let h: Harness;
let alpha: TestTenant;
let beta: TestTenant;
let admin: TestPerson;
let betaAdmin: TestPerson;

const BRAND = { displayName: 'Northwind Partner Hub', logoUrl: 'https://cdn.example.com/logo.svg', primaryColor: '#0B5CAD', accentColor: '#f59e0b', fontFamily: 'Inter, system-ui, sans-serif', poweredBy: false };
const PNG = `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64')}`;
const svg = (markup: string) => `data:image/svg+xml,${encodeURIComponent(markup)}`;

beforeAll(async () => {
  h = await startHarness({ plugins: [accessPlugin], config: { defaultTenant: 'alpha' } });
  alpha = await h.tenant('alpha');
  beta = await h.tenant('beta');
  admin = await signedInPerson(h, alpha.id, { kind: 'staff', role: 'tenant_admin' });
  betaAdmin = await signedInPerson(h, beta.id, { kind: 'staff', role: 'tenant_admin' });
});
afterAll(() => h?.close());

const put = (who: TestPerson, body: unknown) => h.api('PUT', '/api/v1/access/tenant/brand', { headers: who.headers(), body });
const get = (who: TestPerson) => h.api('GET', '/api/v1/access/tenant/brand', { headers: who.headers() });

describe('tenant brand', () => {
  it('is replaced as a whole by a tenant administrator, audited, and leaves other tenants alone', async () => {
    expect((await get(admin)).body).toEqual({});
    const answer = await put(admin, BRAND);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body).toEqual({ ...BRAND, primaryColor: '#0b5cad' });
    expect((await get(admin)).body).toEqual(answer.body);
    const audit = await h.server.database.knex('audit_events').where({ action: 'access.brand.updated', tenantId: alpha.id }).first();
    expect(audit).toMatchObject({ actorPersonId: admin.personId, targetId: alpha.id, before: {}, after: answer.body });

    // Fields left out are unset: the portal falls back to its defaults.
    const fewer = await put(admin, { displayName: 'Northwind', poweredBy: true });
    expect(fewer.body).toEqual({ displayName: 'Northwind', poweredBy: true });
    expect((await get(betaAdmin)).body).toEqual({});
  });

  it('names the programme on the sign-in pages', async () => {
    await put(admin, { displayName: 'Northwind <Partners>', primaryColor: '#123456' });
    const page = await h.api('GET', '/sign-in');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<span>Northwind &lt;Partners&gt;</span>');
    expect(page.text).toContain('--primary: #123456');
    const stored = await h.server.database.knex('tenants').where({ id: alpha.id }).first('brand');
    expect(stored.brand).toEqual({ displayName: 'Northwind <Partners>', primaryColor: '#123456' });
  });

  it('takes small inline PNG and SVG logos, and keeps them out of the audit trail', async () => {
    expect((await put(admin, { logoUrl: PNG })).status).toBe(200);
    const clean = svg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#0b5cad"/></svg>');
    expect((await put(admin, { logoUrl: clean })).body).toEqual({ logoUrl: clean });
    const audit = await h.server.database.knex('audit_events').where({ action: 'access.brand.updated', tenantId: alpha.id }).orderBy('created_at', 'desc').first();
    expect(audit.after.logoUrl).toMatch(/^data:image\/svg\+xml \(\d+ characters\)$/);
    expect(audit.before.logoUrl).toMatch(/^data:image\/png;base64 \(\d+ characters\)$/);
  });

  it('shows an uploaded logo on the portal: its address, the same bytes, cacheable per version (issue 23, item 4)', async () => {
    const headers = { host: 'alpha.test' };
    expect((await put(admin, { logoUrl: PNG })).status).toBe(200);
    const portal = await h.api('GET', '/api/v1/portal', { headers });
    const logoUrl: string = portal.body.brand.logoUrl;
    expect(logoUrl).toMatch(/\/api\/v1\/portal\/logo\?v=[\w-]{16}$/);
    const logo = await fetch(h.url + new URL(logoUrl).pathname + new URL(logoUrl).search, { headers });
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toBe('image/png');
    expect(logo.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await logo.arrayBuffer())).toEqual(Buffer.from(PNG.split(',')[1], 'base64'));

    // A new logo has a new address; the old one is no longer kept for ever.
    const clean = svg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');
    expect((await put(admin, { logoUrl: clean })).status).toBe(200);
    const next: string = (await h.api('GET', '/api/v1/portal', { headers })).body.brand.logoUrl;
    expect(next).not.toBe(logoUrl);
    const stale = await fetch(h.url + new URL(logoUrl).pathname + new URL(logoUrl).search, { headers });
    expect(stale.headers.get('cache-control')).toBe('no-cache');
    const svgLogo = await fetch(h.url + new URL(next).pathname + new URL(next).search, { headers });
    expect(svgLogo.headers.get('content-type')).toBe('image/svg+xml');
    expect(svgLogo.headers.get('content-security-policy')).toContain('sandbox');
    expect(await svgLogo.text()).toContain('<rect width="10"');

    // An https logo is named as it is, and no logo is uploaded any more.
    expect((await put(admin, { logoUrl: 'https://cdn.example.com/logo.svg' })).status).toBe(200);
    expect((await h.api('GET', '/api/v1/portal', { headers })).body.brand.logoUrl).toBe('https://cdn.example.com/logo.svg');
    expect((await fetch(`${h.url}/api/v1/portal/logo`, { headers })).status).toBe(404);
  });

  it('refuses anything that could run, leak or break out of its place, naming the field', async () => {
    const refused: [Record<string, unknown>, string][] = [
      [{ logoUrl: 'javascript:alert(1)' }, '/logoUrl'],
      [{ logoUrl: 'http://cdn.example.com/logo.png' }, '/logoUrl'],
      [{ logoUrl: 'https://user:pass@cdn.example.com/logo.png' }, '/logoUrl'],
      [{ logoUrl: 'data:text/html;base64,PHNjcmlwdD4=' }, '/logoUrl'],
      [{ logoUrl: `data:image/png;base64,${Buffer.from('<svg onload=alert(1)>').toString('base64')}` }, '/logoUrl'],
      [{ logoUrl: svg('<svg><script>alert(1)</script></svg>') }, '/logoUrl'],
      [{ logoUrl: svg('<svg onload="alert(1)"></svg>') }, '/logoUrl'],
      [{ logoUrl: svg('<svg><a href="https://evil.example">x</a></svg>') }, '/logoUrl'],
      [{ logoUrl: `data:image/png;base64,${'A'.repeat(70 * 1024)}` }, '/logoUrl'],
      [{ primaryColor: 'red' }, '/primaryColor'],
      [{ accentColor: '#12345' }, '/accentColor'],
      [{ fontFamily: 'Inter; background: url(https://evil.example)' }, '/fontFamily'],
      [{ displayName: '' }, '/displayName'],
      [{ poweredBy: 'no' }, '/poweredBy'],
    ];
    const before = (await get(admin)).body;
    for (const [body, field] of refused) {
      const answer = await put(admin, body);
      expect(answer.status, `${JSON.stringify(body).slice(0, 80)}: ${answer.text.slice(0, 200)}`).toBe(400);
      expect(answer.body.errors).toContainEqual(expect.objectContaining({ field }));
    }
    expect((await get(admin)).body).toEqual(before);
  });

  it('is changed only by the tenant’s staff holding the permission', async () => {
    const member = await signedInPerson(h, alpha.id, { kind: 'member', role: 'partner_admin', partnerId: alpha.partnerId, permissions: [P.tenantManage] });
    expect((await put(member, { displayName: 'Hijacked' })).status).toBe(403);
    const manager = await signedInPerson(h, alpha.id, { kind: 'staff', role: 'partner_manager' });
    expect((await put(manager, { displayName: 'Hijacked' })).status).toBe(403);
    expect((await get(admin)).body.displayName).not.toBe('Hijacked');
  });
});

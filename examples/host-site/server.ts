/**
 * The vendor's own backend: Northwind Cloud's customer site. It signs its visitors in its own way
 * (a demo form and its own cookie, on its own origin) and knows Portico only as a URL and a secret
 * API key. For a signed-in visitor it mints a short-lived embed token server-to-server and hands it
 * to its page, whose Portico widgets send it as a bearer: no Portico cookie is ever involved, so the
 * widgets work where browsers block third-party cookies.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, isPorticoError, type PorticoClient } from '@portico/sdk';
import { renderPage, VISITORS, type PartnerView, type Visitor } from './page.js';

export interface HostSiteOptions {
  /** 0 picks a free port. */
  port: number;
  /** Where Portico answers, as the visitor's browser reaches it (e.g. http://localhost:4000). */
  porticoUrl: string;
  /** The tenant's secret API key; may be set later with `setApiKey` (before the first visitor). */
  apiKey?: string;
  /** Minted tokens' lifetime, 60–600 s. */
  tokenSeconds?: number;
}

export interface HostSite {
  /** This site's origin, e.g. http://127.0.0.1:4100: the embed origin the tenant allows. */
  origin: string;
  setApiKey(key: string): void;
  close(): Promise<void>;
}

const SESSION_COOKIE = 'nw_session';
const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');
const STATIC_FILES: Record<string, string> = { '/site.css': 'text/css; charset=utf-8', '/embed.js': 'text/javascript; charset=utf-8', '/logo.svg': 'image/svg+xml' };

function cookies(req: http.IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    (req.headers.cookie ?? '').split(';').map((part) => part.trim().split('=')).filter(([name, value]) => name && value !== undefined).map(([name, value]) => [name, decodeURIComponent(value)]),
  );
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 10_000) throw new Error('form too large');
  }
  return new URLSearchParams(text);
}

function send(res: http.ServerResponse, status: number, body: string, headers: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

function json(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
}

export async function startHostSite(options: HostSiteOptions): Promise<HostSite> {
  let apiKey = options.apiKey ?? null;
  let portico: PorticoClient | null = null;
  const porticoClient = () => {
    if (!apiKey) throw new Error('No Portico API key yet.');
    portico ??= createClient({ baseUrl: options.porticoUrl, auth: { type: 'api-key', key: apiKey } });
    return portico;
  };
  // The site's own sign-in: a random id in an HttpOnly cookie, the visitor kept in memory.
  const sessions = new Map<string, Visitor>();
  let origin = '';

  const signedIn = (req: http.IncomingMessage): Visitor | null => sessions.get(cookies(req)[SESSION_COOKIE] ?? '') ?? null;
  // The page's scripts: its own, and Portico's loader and chunks from the Portico server.
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${options.porticoUrl}`,
    `connect-src 'self' ${options.porticoUrl}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: https: ${options.porticoUrl}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const page = (view?: PartnerView) => {
      const html = renderPage({ visitor: signedIn(req), porticoUrl: options.porticoUrl, error: url.searchParams.get('error'), view });
      return send(res, 200, html, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp, 'cache-control': 'no-store', 'referrer-policy': 'same-origin' });
    };
    if (req.method === 'GET' && url.pathname === '/') return page();
    // The portal's training paths, which the widgets link to, as pages of this site.
    if (req.method === 'GET' && url.pathname.startsWith('/training')) {
      if (!signedIn(req) || url.pathname === '/training') return send(res, 303, '', { location: '/' });
      if (url.pathname === '/training/certifications') return page({ kind: 'certifications' });
      const moduleId = /^\/training\/([0-9a-f-]{36})$/.exec(url.pathname)?.[1];
      if (moduleId) return page({ kind: 'module', moduleId });
    }
    if (req.method === 'GET' && url.pathname in STATIC_FILES) {
      const body = fs.readFileSync(path.join(PUBLIC_DIR, url.pathname.slice(1)));
      res.writeHead(200, { 'content-type': STATIC_FILES[url.pathname], 'content-length': body.length, 'cache-control': 'no-cache' });
      return void res.end(body);
    }
    // Changes only from this site's own pages (a form elsewhere cannot sign a visitor in or out).
    const sameOrigin = req.headers.origin === origin;
    if (req.method === 'POST' && url.pathname === '/login') {
      if (!sameOrigin) return send(res, 403, 'Forbidden');
      const email = (await readForm(req)).get('email') ?? '';
      const visitor = VISITORS.find((v) => v.email === email);
      if (!visitor) return send(res, 303, '', { location: '/?error=unknown' });
      const id = randomBytes(24).toString('base64url');
      sessions.set(id, visitor);
      return send(res, 303, '', { location: '/', 'set-cookie': `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax` });
    }
    if (req.method === 'POST' && url.pathname === '/logout') {
      if (!sameOrigin) return send(res, 403, 'Forbidden');
      sessions.delete(cookies(req)[SESSION_COOKIE] ?? '');
      return send(res, 303, '', { location: '/', 'set-cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` });
    }
    if (req.method === 'POST' && url.pathname === '/api/portico-token') {
      if (!sameOrigin) return json(res, 403, { error: 'Only this site’s pages may ask for a token.' });
      const visitor = signedIn(req);
      if (!visitor) return json(res, 401, { error: 'Sign in to Northwind first.' });
      try {
        // Server to server: the API key proves it is Northwind's backend; the token it gets back
        // works for this visitor, from this site's origin only, for a few minutes.
        const minted = await porticoClient().post('/embed/sessions', {
          body: { email: visitor.email, origin, ttlSeconds: options.tokenSeconds ?? 600 },
        });
        return json(res, 200, { token: minted.token, expiresAt: minted.expiresAt });
      } catch (error) {
        const detail = isPorticoError(error) ? `${error.status} ${error.message}` : (error as Error).message;
        console.error(`Northwind could not get a Portico token for ${visitor.email}: ${detail}`);
        return json(res, 502, { error: 'The partner area is unavailable right now.' });
      }
    }
    send(res, 404, 'Not found', { 'content-type': 'text/plain; charset=utf-8' });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Something went wrong.');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${options.port} is already in use, so the host site cannot start there. Stop what runs there, or choose another port: HOST_SITE_PORT=<n>.`) : error),
    );
    server.listen(options.port, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    setApiKey(key) {
      apiKey = key;
      portico = null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessPlugin } from '@portico/plugin-access';
import { startHarness, type Harness, type TestTenant } from '@portico/testing';
import { notesPlugin } from './fixtures/notes-plugin.js';

/** Writes a build folder: each file with its gzipped twin, and its manifest (listing the files). */
function writeBuild(dir: string, files: Record<string, string>, manifest: object): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
    fs.writeFileSync(path.join(dir, `${name}.gz`), zlib.gzipSync(text));
  }
  const sizes = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, { bytes: text.length, gzip: zlib.gzipSync(text).length }]));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ ...manifest, files: sizes }));
}

/**
 * Builds as `@portico/widget-build` writes them: the portal's (loader, core, a shared module) and the
 * notes plugin's, each with files the manifests do not list beside them (which are never served).
 */
function fakeBuilds(): { portal: string; notes: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-bundles-'));
  const portal = path.join(root, 'portal');
  const notes = path.join(root, 'notes');
  writeBuild(
    portal,
    {
      'loader-Lo12Ad34.js': 'export function startLoader() {}',
      'core-Ab12Cd34.js': 'export const core = true;'.repeat(50),
      'shared/@lit/context.js': 'export * from "../../core-Ab12Cd34.js";',
    },
    { kind: 'portal', loader: 'loader-Lo12Ad34.js', core: 'core-Ab12Cd34.js', shared: { '@lit/context': 'shared/@lit/context.js' }, elements: { 'portico-provider': 'core-Ab12Cd34.js' } },
  );
  writeBuild(
    notes,
    { 'index-Zz98Yy76.js': 'export default { id: "notes" };', 'note-list-Qq11Ww22.js': 'customElements.define("portico-note-list", class extends HTMLElement {});' },
    { kind: 'plugin', id: 'notes', entry: 'index-Zz98Yy76.js', elements: { 'portico-note-list': 'note-list-Qq11Ww22.js' } },
  );
  fs.writeFileSync(path.join(portal, '.secret.js'), 'hidden');
  fs.writeFileSync(path.join(portal, 'unlisted-12345678.js'), 'hidden');
  fs.writeFileSync(path.join(notes, 'unlisted-12345678.js'), 'hidden');
  return { portal, notes };
}

/** fetch() will not send another Host than the URL's; the tenant of a domain needs one. */
function getAtHost(url: string, host: string, accept: string): Promise<{ status: number; type: string; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { host, accept } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, type: String(response.headers['content-type']), text }));
    });
    request.on('error', reject);
  });
}

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('the portal', () => {
  let h: Harness;
  let alpha: TestTenant;
  let builds: { portal: string; notes: string };

  beforeAll(async () => {
    builds = fakeBuilds();
    h = await startHarness({ plugins: [accessPlugin, { ...notesPlugin, widgets: builds.notes }], config: { defaultTenant: 'alpha', widgetsDir: builds.portal } });
    alpha = await h.tenant('alpha');
    await h.server.database.knex('tenants').where({ id: alpha.id }).update({
      name: 'Alpha <Partners> & Co',
      defaultLocale: 'fr',
      brand: JSON.stringify({
        displayName: 'Alpha Partner Hub',
        primaryColor: '#1a7f37',
        accentColor: 'red; background: url(https://evil.example)',
        logoUrl: 'javascript:alert(1)',
        poweredBy: false,
        unknown: 'kept out',
      }),
    });
  });
  afterAll(async () => {
    await h?.close();
    fs.rmSync(path.dirname(builds.portal), { recursive: true, force: true });
  });

  describe('GET /api/v1/portal', () => {
    it('describes the tenant of the address, its brand, languages and the enabled plugins with their chunks, to anyone', async () => {
      const answer = await h.api('GET', '/api/v1/portal');
      expect(answer.status, answer.text).toBe(200);
      // A route's own Cache-Control wins over the API's default no-store.
      expect(answer.headers.get('cache-control')).toBe('no-cache');
      expect(answer.body.tenant).toEqual({ slug: 'alpha', name: 'Alpha <Partners> & Co', defaultLocale: 'fr' });
      expect(answer.body.locales).toEqual(['en', 'fr', 'es']);
      // Only well-formed brand values come out: a colour that is not a colour or a script URL never reaches a page.
      expect(answer.body.brand).toEqual({ displayName: 'Alpha Partner Hub', primaryColor: '#1a7f37', poweredBy: false });
      const plugins = answer.body.plugins as { id: string; widgets: string | null }[];
      expect(plugins).toContainEqual({ id: 'notes', widgets: `${h.url}/portico/plugins/notes/index-Zz98Yy76.js` });
      // A plugin without widgets (the test actors') has no entry.
      expect(plugins).toContainEqual({ id: 'test-auth', widgets: null });
      expect(plugins.map((p) => p.id)).not.toContain('portal');
    });

    it('names the identity provider: where the session is and how changes prove it, so no widget names its paths', async () => {
      const answer = await h.api('GET', '/api/v1/portal');
      expect(answer.body.identity).toEqual({
        sessionPath: '/access/session',
        verificationHeader: 'X-Portico-Verification',
        sessionChangePaths: ['/access/sign-in', '/access/session', '/access/sessions'],
        signInPage: '/sign-in',
        signInElement: 'portico-sign-in',
        // Where a language picked in the portal is saved for the person (issue 23, item 7).
        profilePath: '/access/profile',
      });
    });

    it('is the same for a signed-in person (public route), and says whether the caller is signed in', async () => {
      const answer = await h.api('GET', '/api/v1/portal', { auth: h.member(alpha, []) });
      expect(answer.status).toBe(200);
      expect(answer.body.tenant.slug).toBe('alpha');
      expect(answer.body.signedIn).toBe(true);
      // Signed out, or with a credential the server no longer accepts: widgets need not ask for a session.
      expect((await h.api('GET', '/api/v1/portal')).body.signedIn).toBe(false);
      expect((await h.api('GET', '/api/v1/portal', { auth: 'Bearer not-a-token' })).body.signedIn).toBe(false);
    });

    it('refuses query parameters it does not know, naming them', async () => {
      const answer = await h.api('GET', '/api/v1/portal?x=1');
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([expect.objectContaining({ in: 'query', field: '/x' })]);
    });

    it('appears in the API reference as a public route', async () => {
      const doc = (await h.api('GET', '/api/v1/openapi.json')).body;
      const operation = doc.paths['/api/v1/portal'].get;
      expect(operation.operationId).toBe('portal.get');
      expect(operation['x-permission']).toBeNull();
      expect(operation.responses['200'].content['application/json'].schema.properties.plugins).toBeDefined();
    });
  });

  describe('bundles at /portico/', () => {
    it('serves a hashed chunk as JavaScript, cacheable for a year, loadable from any site', async () => {
      const answer = await h.api('GET', '/portico/core-Ab12Cd34.js', { headers: { 'accept-encoding': 'identity' } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(answer.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(answer.text).toContain('export const core = true;');
    });

    it('serves a plugin\'s chunks under plugins/<id>/ and the portal\'s shared modules by their names', async () => {
      const entry = await h.api('GET', '/portico/plugins/notes/index-Zz98Yy76.js', { headers: { 'accept-encoding': 'identity' } });
      expect(entry.status).toBe(200);
      expect(entry.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(entry.text).toBe('export default { id: "notes" };');
      const shared = await h.api('GET', '/portico/shared/@lit/context.js', { headers: { 'accept-encoding': 'identity' } });
      expect(shared.status).toBe(200);
      // A shared module keeps its name across builds: browsers revalidate it.
      expect(shared.headers.get('cache-control')).toBe('no-cache');
    });

    it('writes the loader with every element of the portal and of the registered plugins, each to its chunk', async () => {
      const loader = await h.api('GET', '/portico/portico.js');
      expect(loader.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(loader.text).toContain('import { startLoader } from "./loader-Lo12Ad34.js";');
      expect(loader.text).toContain('"portico-provider": () => import("./core-Ab12Cd34.js"),');
      expect(loader.text).toContain('"portico-note-list": () => import("./plugins/notes/note-list-Qq11Ww22.js"),');
    });

    it('makes browsers revalidate the loader, whose name stays the same across builds, and answers 304 when unchanged', async () => {
      const first = await h.api('GET', '/portico/portico.js');
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      const etag = first.headers.get('etag')!;
      expect(etag).toBeTruthy();
      const again = await h.api('GET', '/portico/portico.js', { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
    });

    it('answers HEAD with the headers and length of GET, without a body', async () => {
      const response = await fetch(`${h.url}/portico/loader-Lo12Ad34.js`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(response.headers.get('content-length')).toBe(String('export function startLoader() {}'.length));
      expect(await response.text()).toBe('');
    });

    it('sends the gzipped twin to clients that take gzip', async () => {
      const response = await fetch(`${h.url}/portico/core-Ab12Cd34.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(await response.text()).toContain('export const core = true;'); // fetch inflates it
    });

    it.each([
      ['an unknown file', '/portico/nope-12345678.js'],
      ['a file the build does not list', '/portico/unlisted-12345678.js'],
      ['a plugin file the build does not list', '/portico/plugins/notes/unlisted-12345678.js'],
      ['a chunk of another plugin than the file\'s', '/portico/plugins/access/index-Zz98Yy76.js'],
      ['a chunk of an unknown plugin', '/portico/plugins/nobody/index-Zz98Yy76.js'],
      ['a climb out of the folder', '/portico/../package.json'],
      ['an encoded climb out of a plugin\'s folder', '/portico/plugins/notes/..%2f..%2fcore-Ab12Cd34.js'],
      ['an encoded climb', '/portico/%2e%2e%2f%2e%2e%2fpackage.json'],
      ['an encoded slash', '/portico/shared%2f@lit%2fcontext.js'],
      ['a hidden file', '/portico/.secret.js'],
      ['the manifest', '/portico/manifest.json'],
      ['a gzipped twin asked by name', '/portico/core-Ab12Cd34.js.gz'],
      ['the folder itself', '/portico/'],
    ])('answers 404 problem for %s', async (_what, url) => {
      const answer = await h.api('GET', url);
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.text).not.toContain('hidden');
    });

    it('refuses other methods than GET and HEAD', async () => {
      const answer = await h.api('POST', '/portico/portico.js');
      expect(answer.status).toBe(405);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });
  });

  describe('the standalone portal page', () => {
    it('answers / with the shell inside the provider, the tenant title, the loader and a strict CSP', async () => {
      const answer = await h.api('GET', '/', { headers: HTML });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const csp = answer.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      // The portal is embedded through its widgets, never in a frame: the older header says so too.
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(answer.text).toContain('<html lang="fr">');
      expect(answer.text).toContain('<title>Alpha Partner Hub</title>');
      expect(answer.text).toContain('<meta name="theme-color" content="#1a7f37">');
      // No logo (a script URL never passes): an empty icon, so browsers ask for no /favicon.ico (a 404).
      expect(answer.text).toContain('<link rel="icon" href="data:,">');
      expect(answer.text).toMatch(/<portico-provider auth="session"><portico-portal>[\s\S]*<\/portico-portal><\/portico-provider>/);
      expect(answer.text).toContain('<script type="module" src="/portico/portico.js"></script>');
      expect(answer.text).toContain('<link rel="modulepreload" href="/portico/core-Ab12Cd34.js">');
      // Every script is a file of this server: nothing inline that the CSP would have to allow.
      const scripts = answer.text.match(/<script[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toMatch(/ src="\/portico\//);
    });

    it('answers deep links of client routes with the same page', async () => {
      for (const url of ['/deals/4b8e1f0c-0000-4000-8000-000000000000', '/profile?tab=sessions', '/a/b/c']) {
        const answer = await h.api('GET', url, { headers: HTML });
        expect(answer.status, url).toBe(200);
        expect(answer.text).toContain('<portico-portal>');
      }
    });

    it('escapes the tenant name in the title', async () => {
      await h.server.database.knex('tenants').where({ id: alpha.id }).update({ brand: JSON.stringify({}) });
      try {
        const answer = await h.api('GET', '/', { headers: HTML });
        expect(answer.text).toContain('<title>Alpha &lt;Partners&gt; &amp; Co</title>');
        expect(answer.text).not.toContain('<Partners>');
      } finally {
        await h.server.database.knex('tenants').where({ id: alpha.id }).update({ brand: JSON.stringify({ displayName: 'Alpha Partner Hub', primaryColor: '#1a7f37', poweredBy: false }) });
      }
    });

    it('leaves the API, the probes and the sign-in pages to their own routes', async () => {
      const api = await h.api('GET', '/api/v1/nothing-here', { headers: HTML });
      expect(api.status).toBe(404);
      expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const health = await h.api('GET', '/healthz', { headers: HTML });
      expect(health.body).toEqual({ status: 'ok' });
      const signIn = await h.api('GET', '/sign-in', { headers: HTML });
      expect(signIn.status).toBe(200);
      expect(signIn.text).not.toContain('<portico-portal>');
      const unknownSignIn = await h.api('GET', '/sign-in/unknown', { headers: HTML });
      expect(unknownSignIn.status).toBe(404);
      expect(unknownSignIn.text).not.toContain('<portico-portal>');
    });

    it('is not what a client asking for JSON gets, nor an answer to other methods', async () => {
      const json = await h.api('GET', '/deals', { headers: { accept: 'application/json' } });
      expect(json.status).toBe(404);
      expect(json.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const anything = await h.api('GET', '/deals', { headers: { accept: '*/*' } });
      expect(anything.status).toBe(404);
      const post = await h.api('POST', '/deals', { headers: HTML });
      expect(post.status).toBe(404);
      expect(post.text).not.toContain('<portico-portal>');
    });
  });
});

describe('the portal of an address that names no tenant', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ plugins: [], config: { defaultTenant: null, widgetsDir: path.join(os.tmpdir(), 'portico-no-bundles-here') } });
    await h.tenant('gamma');
  });
  afterAll(() => h?.close());

  it('answers 404: a page for browsers, a problem for the API', async () => {
    const page = await h.api('GET', '/', { headers: HTML });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('No portal is configured for this address.');
    const info = await h.api('GET', '/api/v1/portal');
    expect(info.status).toBe(404);
    expect(info.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('serves the tenant of a known domain; without a build, lists plugins with no chunk and says how to build; without an identity plugin, names none', async () => {
    const answer = await getAtHost(`${h.url}/api/v1/portal`, 'gamma.test', 'application/json');
    expect(answer.status, answer.text).toBe(200);
    const info = JSON.parse(answer.text);
    expect(info.tenant.slug).toBe('gamma');
    expect(info.brand).toEqual({ poweredBy: true });
    expect(info.plugins.map((p: { id: string }) => p.id)).toContain('test-auth');
    expect(info.plugins.every((p: { widgets: string | null }) => p.widgets === null)).toBe(true);
    // No plugin signs people in here: the portal says so, and the shell shows that nobody can.
    expect(info.identity).toBeNull();
    const page = await getAtHost(`${h.url}/deals`, 'gamma.test', HTML.accept);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Tenant gamma</title>');
    const loader = await h.api('GET', '/portico/portico.js');
    expect(loader.status).toBe(404);
    expect(loader.body.detail).toMatch(/npm run build:widgets/);
  });
});

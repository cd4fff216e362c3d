import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApi } from '../src/openapi.js';
import { createRegistry } from '../src/registry/registry.js';
import { builtInPlugins } from '../../portico.config.js';
import { notesPlugin } from './fixtures/notes-plugin.js';
import { startHarness } from '@portico/testing';
import { accessPlugin, SECURE_SESSION_COOKIE, SESSION_COOKIE } from '@portico/plugin-access';

describe('OpenAPI document', () => {
  const doc = buildOpenApi(createRegistry([...builtInPlugins(), notesPlugin]), { version: '0.1.0', serverUrl: 'http://localhost:4000' });

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every route with its parameters, permission and problem responses', () => {
    const paths = doc.paths as Record<string, Record<string, any>>;
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/api/v1/notes', '/api/v1/notes/{id}']));
    const list = paths['/api/v1/notes'].get;
    expect(list['x-permission']).toBe('notes.read');
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(['cursor', 'limit', 'minPriority']);
    expect(list.responses['401'].content['application/problem+json']).toBeDefined();
    const create = paths['/api/v1/notes'].post;
    expect(create.parameters.map((p: { name: string }) => p.name)).toContain('Idempotency-Key');
    expect(paths['/api/v1/notes/{id}'].delete.responses['204']).toBeDefined();
  });

  it('names the session cookie the server sets: __Host-portico_session over https', async () => {
    const scheme = (d: Record<string, any>) => d.components.securitySchemes.session;
    const registry = createRegistry([...builtInPlugins(), notesPlugin]);
    expect(scheme(buildOpenApi(registry, { version: '0.1.0', serverUrl: 'https://partners.example' }))).toMatchObject({ in: 'cookie', name: SECURE_SESSION_COOKIE });
    expect(scheme(doc)).toMatchObject({ in: 'cookie', name: SESSION_COOKIE });
    expect(scheme(doc).description).toContain(SECURE_SESSION_COOKIE);
  });

  it('serves the same over HTTP, at the public URL of the server', async () => {
    const h = await startHarness({ plugins: [accessPlugin], config: { publicUrl: 'https://partners.alpha.test' } });
    try {
      const answer = await h.api('GET', '/api/v1/openapi.json');
      expect(answer.body.components.securitySchemes.session.name).toBe('__Host-portico_session');
    } finally {
      await h.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildOpenApi } from '../src/openapi.js';
import { createRegistry } from '../src/registry/registry.js';
import { defaultPlugins } from '../src/plugins.js';
import { notesPlugin } from './fixtures/notes-plugin.js';

describe('OpenAPI document', () => {
  const doc = buildOpenApi(createRegistry([...defaultPlugins(), notesPlugin]), { version: '0.1.0', serverUrl: 'http://localhost:4000' });

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
});

/**
 * The OpenAPI 3.1 document, generated from the same route declarations the server mounts, so the
 * reference cannot drift from the behaviour.
 */
import type { Registry } from './registry/registry.js';
import { plainCopy, strictCopy } from './registry/schema-compiler.js';

const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['in', 'field', 'message'],
        properties: {
          in: { enum: ['body', 'query', 'params', 'header'] },
          field: { type: 'string', description: 'JSON pointer to the field at fault' },
          message: { type: 'string' },
        },
      },
    },
  },
};

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

function parameters(schema: Record<string, unknown> | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/**
 * The event catalogue as OpenAPI 3.1 `webhooks`, when a plugin delivers every event (the webhooks
 * plugin): one POST per event type, its body the Standard Webhooks envelope around the event's payload.
 */
function eventWebhooks(registry: Registry): Record<string, unknown> {
  const webhooks: Record<string, unknown> = {};
  for (const event of [...registry.events.values()].sort((a, b) => a.type.localeCompare(b.type))) {
    webhooks[event.type] = {
      post: {
        operationId: `event.${event.type}`,
        summary: `The \`${event.type}\` event`,
        tags: [event.pluginId],
        parameters: ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => ({ name, in: 'header', required: true, schema: { type: 'string' } })),
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['type', 'timestamp', 'data'],
                properties: { type: { const: event.type }, timestamp: { type: 'string', format: 'date-time' }, data: plainCopy(event.schema) },
              },
            },
          },
        },
        responses: { '2XX': { description: 'Received; any other answer is retried with backoff' } },
      },
    };
  }
  return webhooks;
}

export function buildOpenApi(registry: Registry, options: { version: string; serverUrl?: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  // How credentials travel is the identity provider's to say; without one, some bearer credential.
  const securitySchemes = registry.identity?.provider.securitySchemes({ publicUrl: options.serverUrl ?? '' }) ?? {
    bearer: { type: 'http', scheme: 'bearer', description: 'A credential one of the server’s authenticators accepts.' },
  };
  for (const mounted of registry.routes) {
    if (mounted.version === 'pages') continue;
    const { route, plugin } = mounted;
    const openApiPath = mounted.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const success = route.status ?? (route.method === 'POST' ? 201 : route.schemas.response ? 200 : 204);
    const responses: Record<string, unknown> = {
      [success]: route.schemas.response
        ? { description: route.eventStream ? 'A stream of server-sent events, each with data of this shape' : 'Success', content: { [route.eventStream ? 'text/event-stream' : 'application/json']: { schema: plainCopy(route.schemas.response) } } }
        : { description: 'Success' },
      400: problemResponse('The request is not valid; `errors` names each field at fault.'),
    };
    if (!route.public) {
      responses[401] = problemResponse('Not signed in.');
      responses[403] = problemResponse(`Lacks the permission \`${route.permission}\`.`);
    }
    if (route.path.includes(':')) responses[404] = problemResponse('No such object for this caller.');
    if (route.schemas.body) {
      responses[413] = problemResponse('The body is too large.');
      responses[415] = problemResponse(route.bodyType === 'multipart' ? 'The body is not multipart/form-data, or a file is not of an accepted type.' : 'The body is not JSON.');
    }
    responses[503] = problemResponse('The database is briefly unavailable; retry after `Retry-After` seconds.');
    const body = route.schemas.body ? strictCopy(route.schemas.body) : undefined;
    const operation: Record<string, unknown> = {
      operationId: mounted.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [plugin.id],
      parameters: [
        // The request parts as the server compiles them (integers bounded as they are enforced).
        ...parameters(route.schemas.params ? strictCopy(route.schemas.params) : undefined, 'path'),
        ...parameters(route.schemas.query ? strictCopy(route.schemas.query) : undefined, 'query'),
        ...(route.method === 'POST' && !route.public
          ? [{ name: 'Idempotency-Key', in: 'header', required: false, description: 'A retry with the same key returns the first answer instead of creating again.', schema: { type: 'string', minLength: 8, maxLength: 255 } }]
          : []),
      ],
      ...(body ? { requestBody: { required: true, content: { [route.bodyType === 'multipart' ? 'multipart/form-data' : 'application/json']: { schema: body } } } } : {}),
      responses,
      security: route.public ? [] : Object.keys(securitySchemes).map((name) => ({ [name]: [] })),
      'x-permission': route.public ? null : route.permission,
    };
    paths[openApiPath] = { ...(paths[openApiPath] ?? {}), [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    ...(registry.plugins.some((p) => p.events?.handlesAll) ? { webhooks: eventWebhooks(registry) } : {}),
    info: {
      title: 'Portico API',
      version: options.version,
      description: 'Partner portal API. Errors are application/problem+json (RFC 9457).',
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    tags: registry.plugins.map((p) => ({ name: p.id, description: p.description ?? p.id })),
    paths,
    components: {
      schemas: { Problem: PROBLEM_SCHEMA },
      securitySchemes,
    },
  };
}

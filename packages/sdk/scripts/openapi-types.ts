/**
 * The SDK's types, derived from the OpenAPI document the server itself builds from its route
 * declarations. Shared by the `generate` script and the drift test, so both produce the same bytes.
 */
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildOpenApi } from '../../../server/src/openapi.js';
import { builtInPlugins } from '../../../portico.config.js';
import type { Registry } from '../../../server/src/registry/registry.js';
import { PORTICO_VERSION, serverRegistry } from '../../../server/src/server.js';

export const GENERATED_FILE = new URL('../src/generated/openapi.ts', import.meta.url);
export const GENERATE_COMMAND = 'npm run generate -w @portico/sdk';

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`${GENERATE_COMMAND}\`. Do not edit:
 * a test fails when this file no longer matches the routes.
 */

`;

/**
 * The document of the default plugins plus the built-in `portal` plugin, registered as `createServer`
 * does, without a server URL (it depends on the environment) and without opening a database.
 */
export function openApiDocument(): OpenAPI3 {
  const { registry } = serverRegistry(builtInPlugins());
  return buildOpenApi(registry, { version: PORTICO_VERSION }) as unknown as OpenAPI3;
}

export async function generateTypes(): Promise<string> {
  const ast = await openapiTS(openApiDocument(), { alphabetize: true, exportType: false });
  return HEADER + astToString(ast);
}

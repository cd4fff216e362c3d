/**
 * Type-level tests, read by `tsc -p tsconfig.widgets.json` and never run. The access widgets' types
 * are the SDK client's (generated from the routes' schemas): a renamed response field fails the
 * widget that reads it, and the test fakes answer the same shapes.
 */
import type { ApiResponse } from '@portico/sdk';
import type { ApiKey, Person } from './shared.js';

export function renamedField(answer: ApiResponse<'get', '/access/api-keys'>['items'][number]): ApiKey {
  // @ts-expect-error the API keys page reads `audience`: an answer that renamed it is no key
  return { ...answer, audience: undefined, signsIn: answer.audience };
}

export function outdatedStatus(person: Person): Person {
  // @ts-expect-error the people page knows the statuses the schema declares, no other
  return { ...person, status: 'suspended' };
}

/** The checked-in types must be what the server's routes generate today. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATE_COMMAND, GENERATED_FILE, generateTypes } from '../scripts/openapi-types.js';

describe('generated OpenAPI types', () => {
  it('match the routes of the default plugins', async () => {
    const expected = await generateTypes();
    const checkedIn = readFileSync(GENERATED_FILE, 'utf8');
    if (checkedIn !== expected) {
      expect.fail(`packages/sdk/src/generated/openapi.ts is out of date with the server's routes. Run: ${GENERATE_COMMAND}`);
    }
    expect(checkedIn).toContain('"/api/v1/access/session"');
  });

  it('are the same on every run', async () => {
    expect(await generateTypes()).toBe(await generateTypes());
  });
});

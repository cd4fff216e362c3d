/** Writes src/generated/openapi.ts from the server's routes. Run: npm run generate -w @portico/sdk */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GENERATED_FILE, generateTypes } from './openapi-types.js';

const text = await generateTypes();
writeFileSync(GENERATED_FILE, text);
process.stdout.write(`Wrote ${fileURLToPath(GENERATED_FILE)}.\n`);

/**
 * What no value of a request may hold, whatever its route's schema says: the one check every path
 * parameter, query parameter and body (JSON, form or multipart text parts) passes, in the pipeline's
 * validation step, after the schema (so that it sees query values as coerced).
 *
 * - **NUL** (U+0000) in a string or a key: PostgreSQL cannot store it in `text` or `jsonb`, so it
 *   would surface as a 500 wherever the value reaches a query.
 * - **Lone UTF-16 surrogates** (`"\ud800"` in JSON): not text; the database driver would quietly
 *   store U+FFFD in their place, so the value kept would not be the value sent.
 * - **Non-finite numbers**: `JSON.parse` reads `1e309` as `Infinity`, which JSON cannot send back
 *   and no column holds (ajv lets it pass as an integer).
 *
 * Integers out of the database's range are the schema compiler's part: an integer schema without
 * bounds of its own is bounded to PostgreSQL's `integer` (see `schema-compiler.ts`).
 */
import { problems, type FieldError, type HttpProblem } from '@portico/core';

/** NUL, or a surrogate that is not half of a pair (in `u` mode a pair is one code point, not `Cs`). */
const UNSTORABLE = /[\u0000\p{Cs}]/u;

export interface InputFault {
  /** JSON pointer to the value at fault (`/` for the whole part). */
  field: string;
  message: string;
}

const UNSTORABLE_ALL = /[\u0000\p{Cs}]/gu;

/** What a string holds that it may not, or null. */
function unstorable(text: string): string | null {
  const found = UNSTORABLE.exec(text);
  if (!found) return null;
  return found[0] === '\u0000' ? 'the NUL character (U+0000)' : 'an unpaired UTF-16 surrogate';
}

const pointer = (parent: string, key: string) => `${parent === '/' ? '' : parent}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** The first value in `input` that no route may accept, or null. Iterative: bodies may nest deeply. */
export function inputFault(input: unknown): InputFault | null {
  const stack: [string, unknown][] = [['/', input]];
  while (stack.length > 0) {
    const [field, value] = stack.pop()!;
    if (typeof value === 'string') {
      const found = unstorable(value);
      if (found) return { field, message: `must not contain ${found}` };
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { field, message: 'must be a finite number' };
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([pointer(field, String(i)), value[i]]);
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i];
        const found = unstorable(key);
        // The pointer shows U+FFFD in its place: the answer should not carry what was refused.
        if (found) return { field: pointer(field, key.replace(UNSTORABLE_ALL, '\ufffd')), message: `has a name containing ${found}` };
        stack.push([pointer(field, key), child]);
      }
    }
  }
  return null;
}

/** The 400 problem for a fault, in the shape of every validation problem. */
export function inputProblem(where: FieldError['in'], fault: InputFault): HttpProblem {
  return problems.badRequest(`${where} ${fault.field}: ${fault.message}`, [{ in: where, field: fault.field, message: fault.message }]);
}

/** Throws the 400 problem naming the first value of `input` (from `where`) that no route may accept. */
export function guardInput(where: FieldError['in'], input: unknown): void {
  const fault = inputFault(input);
  if (fault) throw inputProblem(where, fault);
}

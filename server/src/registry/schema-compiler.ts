/**
 * Compiles every declared schema once, at start-up. Request parts are strict: an object schema that
 * does not say otherwise rejects unknown properties, and an integer schema that does not bound itself
 * is bounded to PostgreSQL's `integer` (a larger value would be a 500 in the column it maps to; a
 * field that means a larger number says so with its own `minimum`/`maximum`, as amounts in minor
 * units do). Query and path parameters arrive as strings and are coerced to the declared types;
 * bodies are not coerced. The OpenAPI document describes requests with the same strict copies.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FieldError, TSchema } from '@portico/core';

export type Validator = ValidateFunction;

function newAjv(options: { coerce: boolean; defaults: boolean }) {
  const ajv = new Ajv2020.default({
    allErrors: true,
    strict: false,
    coerceTypes: options.coerce,
    useDefaults: options.defaults,
  });
  addFormats.default(ajv);
  return ajv;
}

/** The range of PostgreSQL's `integer`: where an integer field without bounds of its own is kept. */
export const INTEGER_RANGE = { minimum: -2_147_483_648, maximum: 2_147_483_647 } as const;

const isInteger = (type: unknown) => type === 'integer' || (Array.isArray(type) && type.includes('integer'));

/**
 * A plain JSON copy (TypeBox adds symbol keys) of a request schema: `additionalProperties: false`
 * wherever unset, and each side of an integer without a bound of its own bounded to `INTEGER_RANGE`.
 */
export function strictCopy(schema: TSchema): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(schema));
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    if (obj.type === 'object' && obj.properties && obj.additionalProperties === undefined) {
      obj.additionalProperties = false;
    }
    if (isInteger(obj.type)) {
      if (obj.minimum === undefined && obj.exclusiveMinimum === undefined) obj.minimum = INTEGER_RANGE.minimum;
      if (obj.maximum === undefined && obj.exclusiveMaximum === undefined) obj.maximum = INTEGER_RANGE.maximum;
    }
    for (const [key, value] of Object.entries(obj)) {
      if (key !== 'examples' && key !== 'default') visit(value);
    }
  };
  visit(copy);
  return copy;
}

export function plainCopy(schema: TSchema): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema));
}

export class SchemaCompiler {
  /**
   * Bodies are taken as sent: a `default` never fills a field in. Filled in before `required` is
   * checked, it made every required field that has a default optional (a PUT of settings missing a
   * field stored the default), and it reset, in a partial change (PATCH), every field left out. In a
   * body schema a default only says what the server does when an optional field is left out.
   */
  private readonly bodies = newAjv({ coerce: false, defaults: false });
  private readonly parameters = newAjv({ coerce: true, defaults: true });
  private readonly outputs = newAjv({ coerce: false, defaults: false });
  private readonly stored = newAjv({ coerce: false, defaults: true });

  body(schema: TSchema): Validator {
    return this.bodies.compile(strictCopy(schema));
  }
  parametersOf(schema: TSchema): Validator {
    return this.parameters.compile(strictCopy(schema));
  }
  /** Responses and event payloads: checked as declared, not made strict. */
  output(schema: TSchema): Validator {
    return this.outputs.compile(plainCopy(schema));
  }
  /** Settings: defaults filled in. */
  settings(schema: TSchema): Validator {
    return this.stored.compile(plainCopy(schema));
  }
}

/** Translates ajv errors into field errors that name the field at fault. */
export function fieldErrors(errors: ErrorObject[] | null | undefined, where: FieldError['in']): FieldError[] {
  return (errors ?? []).map((error) => {
    let field = error.instancePath || '';
    let message = error.message ?? 'is not valid';
    if (error.keyword === 'required') {
      field += `/${(error.params as { missingProperty: string }).missingProperty}`;
      message = 'is required';
    } else if (error.keyword === 'additionalProperties') {
      field += `/${(error.params as { additionalProperty: string }).additionalProperty}`;
      message = 'is not a known field';
    } else if (error.keyword === 'pattern') {
      // The regular expression says nothing to a person; the field's description says what is expected.
      message = 'is not in the expected form';
    }
    return { in: where, field: field || '/', message };
  });
}

/**
 * Compiles every declared schema once, at start-up. Request parts are strict: an object schema that
 * does not say otherwise rejects unknown properties. Query and path parameters arrive as strings and
 * are coerced to the declared types; bodies are not coerced.
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

/** A plain JSON copy (TypeBox adds symbol keys) with `additionalProperties: false` wherever unset. */
export function strictCopy(schema: TSchema): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(schema));
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    if (obj.type === 'object' && obj.properties && obj.additionalProperties === undefined) {
      obj.additionalProperties = false;
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
  private readonly bodies = newAjv({ coerce: false, defaults: true });
  private readonly parameters = newAjv({ coerce: true, defaults: true });
  private readonly outputs = newAjv({ coerce: false, defaults: false });

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
    return this.bodies.compile(plainCopy(schema));
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

/**
 * Errors that become `application/problem+json` answers (RFC 9457).
 *
 * Throw an `HttpProblem` anywhere below a route handler; the server turns it into the response.
 * Anything else that escapes a handler is a bug and is answered with a generic 500.
 */

/** One field at fault, as a JSON pointer into the part of the request it came from. */
export interface FieldError {
  /** Which part of the request: `body`, `query`, `params` or `header`. */
  in: 'body' | 'query' | 'params' | 'header';
  /** JSON pointer to the field, e.g. `/customerName` or `/items/0/quantity`. */
  field: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const PROBLEM_BASE = 'https://portico.dev/problems/';

/**
 * Marks problems across copies of this package: a plugin installed from a folder (with its own
 * `node_modules`) throws problems of its copy of `@portico/core`, which the server must still answer
 * as problems, not as 500s. `instanceof HttpProblem` checks this mark, not the class's identity.
 */
const PROBLEM = Symbol.for('portico.http-problem');

export class HttpProblem extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PROBLEM] === true;
  }

  readonly [PROBLEM] = true;
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly errors?: FieldError[];
  readonly headers: Record<string, string>;
  readonly extensions: Record<string, unknown>;
  /** Commit the request's writes even though it is refused (e.g. a counted failed attempt). */
  keepsChanges = false;

  constructor(
    status: number,
    slug: string,
    title: string,
    options: {
      detail?: string;
      errors?: FieldError[];
      headers?: Record<string, string>;
      extensions?: Record<string, unknown>;
    } = {},
  ) {
    super(options.detail ?? title);
    this.name = 'HttpProblem';
    this.status = status;
    this.type = PROBLEM_BASE + slug;
    this.title = title;
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.extensions = options.extensions ?? {};
  }

  /**
   * Refuses the request but commits what it wrote before refusing, e.g. one more failed attempt at a
   * one-time code. Without it a refusal rolls everything back.
   */
  keepChanges(): this {
    this.keepsChanges = true;
    return this;
  }

  toJSON(instance?: string): ProblemBody {
    return {
      ...this.extensions,
      type: this.type,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export function isHttpProblem(error: unknown): error is HttpProblem {
  return error instanceof HttpProblem;
}

export const problems = {
  badRequest: (detail: string, errors?: FieldError[]) =>
    new HttpProblem(400, 'validation', 'Your request is not valid', { detail, errors }),
  /** A single field at fault in the body: the most common domain-rule refusal. */
  invalidField: (field: string, message: string, where: FieldError['in'] = 'body') =>
    new HttpProblem(400, 'validation', 'Your request is not valid', {
      detail: message,
      errors: [{ in: where, field, message }],
    }),
  unauthenticated: (detail = 'Sign in to continue.') =>
    new HttpProblem(401, 'unauthenticated', 'Authentication required', { detail }),
  forbidden: (detail = 'You do not have permission to do this.') =>
    new HttpProblem(403, 'forbidden', 'Not allowed', { detail }),
  /** Also the answer for objects of another tenant or organisation: their existence is not revealed. */
  notFound: (detail = 'Nothing was found here.') => new HttpProblem(404, 'not-found', 'Not found', { detail }),
  conflict: (detail: string, slug = 'conflict') => new HttpProblem(409, slug, 'Conflict', { detail }),
  gone: (detail: string, slug = 'gone') => new HttpProblem(410, slug, 'Gone', { detail }),
  unprocessable: (detail: string, slug = 'unprocessable') =>
    new HttpProblem(422, slug, 'Cannot be processed', { detail }),
  tooManyRequests: (retryAfterSeconds: number, detail = 'Too many requests; try again later.') =>
    new HttpProblem(429, 'rate-limited', 'Too many requests', {
      detail,
      headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
    }),
  unavailable: (retryAfterSeconds: number, detail = 'The service is briefly unavailable; try again shortly.') =>
    new HttpProblem(503, 'unavailable', 'Service unavailable', {
      detail,
      headers: { 'Retry-After': String(retryAfterSeconds) },
    }),
};

/**
 * Types of requests and answers, read from the generated OpenAPI types. Paths are written without
 * the `/api/v1` base, as the client takes them: `client.get('/access/session')`.
 */
import type { components, paths } from './generated/openapi.js';

export type { components, paths };
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

type WithoutBase<K> = K extends `/api/v1${infer Rest}` ? Rest : never;

/** The API's paths keyed as the client takes them. */
export type ApiPaths = { [K in keyof paths as WithoutBase<K>]: paths[K] };

/** Paths that answer the method. */
export type PathsFor<M extends HttpMethod> = {
  [P in keyof ApiPaths]: ApiPaths[P] extends Record<M, infer Op> ? ([Op] extends [never] ? never : P) : never;
}[keyof ApiPaths];

export type Operation<M extends HttpMethod, P extends keyof ApiPaths> = ApiPaths[P] extends Record<M, infer Op> ? Op : never;

type JsonContent<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;

/** The JSON answer of a successful call (`undefined` for 204). */
export type ResponseBody<Op> = Op extends { responses: infer R }
  ? 200 extends keyof R
    ? JsonContent<R[200]>
    : 201 extends keyof R
      ? JsonContent<R[201]>
      : undefined
  : never;

export type PathParams<Op> = Op extends { parameters: { path: infer P } } ? P : never;
export type QueryParams<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
export type RequestBody<Op> = Op extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;

/** Shorthand for the answer of `method path`, e.g. `ApiResponse<'get', '/access/session'>`. */
export type ApiResponse<M extends HttpMethod, P extends PathsFor<M>> = ResponseBody<Operation<M, P>>;
/** Shorthand for the body of `method path`. */
export type ApiBody<M extends HttpMethod, P extends PathsFor<M>> = RequestBody<Operation<M, P>>;

export interface BaseOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

type ParamsOption<Op> = [PathParams<Op>] extends [never] ? { params?: never } : { params: PathParams<Op> };
type QueryOption<Q> = [Q] extends [never] ? { query?: never } : {} extends Q ? { query?: Q } : { query: Q };
type BodyOption<Op> = [RequestBody<Op>] extends [never] ? { body?: never } : { body: RequestBody<Op> };

export type RequestOptions<Op> = BaseOptions & ParamsOption<Op> & QueryOption<QueryParams<Op>> & BodyOption<Op>;
export type CreateOptions<Op> = RequestOptions<Op> & {
  /** Sent as `Idempotency-Key`; one is generated when absent, and reused if the client retries. */
  idempotencyKey?: string;
};

/** The options argument may be left out when nothing in it is required. */
export type OptionsArgument<O> = {} extends O ? [options?: O] : [options: O];

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** GET paths that answer a cursor page `{ items, nextCursor }`. */
export type ListPaths = {
  [P in PathsFor<'get'>]: ResponseBody<Operation<'get', P>> extends { items: unknown[]; nextCursor: string | null } ? P : never;
}[PathsFor<'get'>];

export type ItemOf<P extends ListPaths> = ResponseBody<Operation<'get', P>> extends { items: (infer I)[] } ? I : never;

export type ListOptions<Op> = BaseOptions &
  ParamsOption<Op> & {
    query?: Omit<QueryParams<Op>, 'cursor'>;
    /** The `nextCursor` of the previous page; absent or null for the first page. */
    cursor?: string | null;
  };

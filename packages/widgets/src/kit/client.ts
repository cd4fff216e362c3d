/**
 * The SDK client with untyped paths, for a plugin whose routes are not in the generated SDK types:
 * the same calls and options, with the answer's type named at each call (`get<Deal>(…)`).
 */
import type { PorticoClient } from '@portico/sdk';

type Query = Record<string, unknown>;

/** One page of a cursor-paged list. */
export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** `Default` is the answer's type when a call names none (`unknown`, or `any` for a looser plugin). */
export interface PluginApi<Default = unknown> {
  get<T = Default>(path: string, options?: { params?: Record<string, string>; query?: Query; signal?: AbortSignal }): Promise<T>;
  list<T = Default>(path: string, options?: { params?: Record<string, string>; query?: Query; cursor?: string | null; signal?: AbortSignal }): Promise<ListPage<T>>;
  post<T = Default>(path: string, options?: { params?: Record<string, string>; body?: unknown }): Promise<T>;
  put<T = Default>(path: string, options?: { params?: Record<string, string>; body?: unknown }): Promise<T>;
  patch<T = Default>(path: string, options?: { params?: Record<string, string>; body?: unknown }): Promise<T>;
  delete<T = Default>(path: string, options?: { params?: Record<string, string> }): Promise<T>;
}

/** The provider's client seen as a `PluginApi` (the same object: no copy, no wrapper). */
export function pluginApi<Api extends PluginApi<any> = PluginApi>(client: PorticoClient): Api {
  return client as unknown as Api;
}

/**
 * The few client calls the foundation makes, typed loosely: the provider and the primitives work
 * with any path (a plugin's own routes too), while pages keep the SDK's typed methods.
 */
import type { PortalInfo } from '@portico/core';
import type { PorticoClient } from '@portico/sdk';

export interface LooseClient {
  get(path: string, options?: { params?: Record<string, string>; query?: Record<string, unknown>; signal?: AbortSignal }): Promise<unknown>;
  list(
    path: string,
    options?: { params?: Record<string, string>; query?: Record<string, unknown>; cursor?: string | null; signal?: AbortSignal },
  ): Promise<{ items: unknown[]; nextCursor: string | null }>;
  patch(path: string, options: { body: unknown }): Promise<unknown>;
  delete(path: string): Promise<unknown>;
  setVerificationToken?(token: string | null): void;
  setIdentity?(identity: PortalInfo['identity']): void;
  onUnauthenticated?(callback: () => void): unknown;
}

export function loose(client: PorticoClient): LooseClient {
  return client as unknown as LooseClient;
}

/** A problem+json error from the SDK (`PorticoError`), recognised by shape so no class identity is needed. */
export interface ProblemLike {
  status: number;
  title: string;
  detail?: string;
  errors?: { in?: string; field: string; message: string }[];
}

export function isProblem(error: unknown): error is ProblemLike {
  return typeof error === 'object' && error !== null && typeof (error as ProblemLike).status === 'number' && typeof (error as ProblemLike).title === 'string';
}

import type { RouteDefinition } from '@portico/core';

export const signInRoutes: RouteDefinition<any>[] = [];
export const signInPages: RouteDefinition<any>[] = [];

import type { RouteDefinition } from '@portico/core';

export const mfaRoutes: RouteDefinition<any>[] = [];

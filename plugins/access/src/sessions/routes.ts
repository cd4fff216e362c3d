import type { RouteDefinition } from '@portico/core';

export const sessionRoutes: RouteDefinition<any>[] = [];

import type { RouteDefinition } from '@portico/core';

export const groupRoutes: RouteDefinition<any>[] = [];

import type { RouteDefinition } from '@portico/core';

export const embedRoutes: RouteDefinition<any>[] = [];

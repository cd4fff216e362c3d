import type { RouteDefinition } from '@portico/core';

export const peopleRoutes: RouteDefinition<any>[] = [];

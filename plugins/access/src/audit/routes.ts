import type { RouteDefinition } from '@portico/core';

export const auditRoutes: RouteDefinition<any>[] = [];

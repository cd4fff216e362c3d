/**
 * The registry-driven route suite over the partner groups' routes (with the session routes the suite
 * signs people in through). The whole access plugin is covered by server/test/route-contract.test.ts;
 * this file proves the new routes alone, quickly.
 */
import { routeContractSuite } from '@portico/testing';
import { accessPlugin } from '../src/index.js';
import { sessionRoutes } from '../src/sessions/routes.js';
import { partnerGroupRoutes } from '../src/partner-groups/routes.js';

routeContractSuite('access: partner groups and partner permissions', [{ ...accessPlugin, routes: { v1: [...sessionRoutes, ...partnerGroupRoutes], pages: accessPlugin.routes?.pages } }]);

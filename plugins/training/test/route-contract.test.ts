import { accessPlugin } from '@portico/plugin-access';
import { routeContractSuite } from '@portico/testing';
import { trainingPlugin } from '../src/index.js';

// Every training route: 401, 403, 400 naming the field, another tenant's 404, audited mutations.
// Access is registered because training requires it; its own routes are its own suite's business.
const accessWithoutRoutes = { ...accessPlugin, routes: {} };
routeContractSuite('training', [accessWithoutRoutes, trainingPlugin]);

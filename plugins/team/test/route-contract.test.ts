import { accessPlugin } from '@portico/plugin-access';
import { routeContractSuite } from '../../../server/test/support/route-contract.js';
import { teamPlugin } from '../src/index.js';

// Every team route: 401, 403, 400 naming the field, another tenant's 404, audited mutations.
// Access is registered because team requires it (its people functions need no routes); access's own
// routes are its own suite's business.
const accessWithoutRoutes = { ...accessPlugin, routes: {} };
routeContractSuite('team', [accessWithoutRoutes, teamPlugin]);

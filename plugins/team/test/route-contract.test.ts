import { routeContractSuite } from '@portico/testing';
import { teamPlugin } from '../src/index.js';

// Every team route: 401, 403, 400 naming the field, another tenant's 404, audited mutations.
// The suite registers access beside it (team requires it) and tests only team's routes: access's
// own routes, its settings pair included, are its own suite's business.
routeContractSuite('team', [teamPlugin]);

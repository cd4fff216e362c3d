import { routeContractSuite } from '@portico/testing';
import { teamPlugin } from '@portico/plugin-team';
import { fleetPlugin } from '../src/index.js';

// Every fleet route — the API, the data feed (called with an API key holding fleet.feed.write) and
// the client contact's pages: 401, 403, 400 naming the field, another tenant's 404, audited mutations.
// Team is registered because fleet requires it; its routes are its own suite's business (access is
// added by the suite, for sign-in).
routeContractSuite('fleet', [{ ...teamPlugin, routes: {} }, fleetPlugin]);

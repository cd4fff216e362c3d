import { routeContractSuite } from '@portico/testing';
import { billingPlugin } from '../src/index.js';

// Every billing route: 401, 403, 400 naming the field, another tenant's 404, audited mutations, never
// a 5xx. The suite registers access beside it (billing requires it) and tests only billing's routes.
routeContractSuite('billing', [billingPlugin]);

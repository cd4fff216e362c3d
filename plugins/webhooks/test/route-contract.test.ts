import { routeContractSuite } from '@portico/testing';
import { webhooksPlugin } from '../src/index.js';

// Every webhooks route: 401, 403, 400 naming the field, another tenant's 404, audited mutations, never
// a 5xx. The suite registers access beside it and tests only the webhooks routes.
routeContractSuite('webhooks', [webhooksPlugin]);

import { routeContractSuite } from '@portico/testing';
import { onboardingPlugin } from '../src/index.js';

// Every onboarding route: 401, 403, 400 naming the field, another tenant's 404, audited mutations, never
// a 5xx. The suite registers access beside it and tests only the onboarding routes.
routeContractSuite('onboarding', [onboardingPlugin]);

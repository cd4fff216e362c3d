import { routeContractSuite } from '../../../server/test/support/route-contract.js';
import { questionsPlugins } from './support.js';

// The registry-driven suite over the questions routes, with the plugins they require.
routeContractSuite('questions', questionsPlugins());

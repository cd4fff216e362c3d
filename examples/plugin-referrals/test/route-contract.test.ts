// For every route of the plugin (its settings routes included): anonymous → 401, without the
// route's permission → 403 (sessions and embed tokens), malformed input → 400 naming the field,
// another tenant's objects → 404 and never listed, every successful mutation audited, never a 5xx.
// The access plugin, which referrals requires, runs beside it for sign-in; its routes are its own
// suite's business.
import { routeContractSuite } from '@portico/testing';
import { referralsPlugin } from '../src/index.js';

routeContractSuite('referrals', [referralsPlugin]);

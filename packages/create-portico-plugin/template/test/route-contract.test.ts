/**
 * The registry-driven contract, over every route of this plugin (its settings routes included):
 * anonymous → 401, without the route's permission → 403 (sessions and embed tokens), malformed input →
 * 400 naming the field, another tenant → 404 and never in its lists, an audit event for every
 * successful mutation, never a 5xx. A new route is covered without a new test. The access plugin,
 * which this one requires, runs beside it for sign-in; its own routes are its own suite's business.
 */
import { routeContractSuite } from '@portico/testing';
import { __CAMEL__Plugin } from '../src/index.js';

routeContractSuite('__PLUGIN_ID__', [__CAMEL__Plugin]);

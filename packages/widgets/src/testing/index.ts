/**
 * `@portico/widgets/testing`: everything a plugin's browser tests import, from one place.
 *
 * Assertions are plain chai (`@esm-bundle/chai`) and fixtures come from `@open-wc/testing-helpers`:
 * both arrive with `@open-wc/testing`, which only this package declares, so plugins reach them
 * through here. They are imported directly rather than through `@open-wc/testing` because that one
 * also registers chai-dom, which changes what `contain`, `empty` and `match` mean on elements.
 */
export { expect } from '@esm-bundle/chai';
export { aTimeout, elementUpdated, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing-helpers';
export { axeViolations, expectAccessible } from './axe.js';
export { FakeProblem, fakeClient, settle } from './fake-client.js';
export type { FakeCall, FakeRoutes } from './fake-client.js';
export type { Expect, SameShape } from './type-checks.js';
export { testPartner } from './partners.js';
export type { TestPartner } from './partners.js';
export { testPerson } from './people.js';
export type { TestPerson } from './people.js';
export { testPortal, TEST_IDENTITY } from './portals.js';
export { testSession } from './sessions.js';
export type { TestSessionOptions } from './sessions.js';
export { registerWidgetTranslations } from './translations.js';

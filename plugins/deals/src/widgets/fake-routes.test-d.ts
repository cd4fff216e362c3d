/**
 * Type-level tests of the deals tests' fakes, read by `tsc -p tsconfig.widgets.json` and never run:
 * `fakeClient` takes only routes the API has, each answering that route's response shape.
 */
import { fakeClient } from '@portico/widgets/testing';
import { deal } from './test-support.js';

export function outdatedFakes() {
  fakeClient({
    // @ts-expect-error a fake answering an outdated shape (the amount as a bare number) fails the widgets' type check
    'GET /deals/{id}': () => ({ ...deal(), amount: deal().amount.minor }),
  });
  fakeClient({
    // @ts-expect-error so does a fake of a route the API does not have
    'GET /deals/{id}/history': () => [],
  });
  fakeClient({
    // @ts-expect-error and a list fake whose items miss a field of the schema
    'LIST /deals': () => ({ items: [{ id: 'd1', title: 'Contoso' }], nextCursor: null }),
  });
}

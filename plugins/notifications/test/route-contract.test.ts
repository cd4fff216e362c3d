import { routeContractSuite } from '@portico/testing';
import { notificationsPlugin } from '../src/index.js';

// Every notifications route: 401, 403, 400 naming the field, another tenant's 404, audited mutations,
// never a 5xx (the stream is read up to its first event). The suite registers access beside it.
routeContractSuite('notifications', [notificationsPlugin]);

export { createClient, API_BASE, type ClientOptions, type PorticoClient, type RawOptions } from './client.js';
export { PorticoError, PorticoNetworkError, isPorticoError, type FieldError } from './errors.js';
export { REFRESH_MARGIN_MS, type AuthOptions, type BearerToken, type SessionIdentity } from './auth.js';
export type * from './types.js';

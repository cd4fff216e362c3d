export { createClient, API_BASE, type ClientOptions, type PorticoClient, type RawOptions } from './client.js';
export { PorticoError, PorticoNetworkError, isPorticoError, type FieldError } from './errors.js';
export { REFRESH_MARGIN_MS, VERIFICATION_HEADER, type AuthOptions, type BearerToken } from './auth.js';
export type * from './types.js';

export { EpayApiError } from './api-error.js';
export { EpayClientError, type EpayRequestInfo } from './epay-client-error.js';
export { EpayNetworkError } from './network-error.js';
export { EpayOAuthError } from './oauth-error.js';
export { EpayResponseError } from './response-error.js';
export { EpayTimeoutError } from './timeout-error.js';
export {
  isEpayApiError,
  isEpayClientError,
  isEpayNetworkError,
  isEpayOAuthError,
  isEpayResponseError,
  isEpayTimeoutError,
} from './type-guards.js';

import { EpayApiError } from './api-error.js';
import { EpayClientError } from './epay-client-error.js';
import { EpayNetworkError } from './network-error.js';
import { EpayOAuthError } from './oauth-error.js';
import { EpayResponseError } from './response-error.js';
import { EpayTimeoutError } from './timeout-error.js';

/**
 * True for any error thrown by the client.
 *
 * @example
 * if (isEpayClientError(error)) log.warn(error.message);
 */
export function isEpayClientError(error: unknown): error is EpayClientError {
  return error instanceof EpayClientError;
}

/**
 * True for a `{code, message}` error of the API.
 *
 * @example
 * if (isEpayApiError(error) && error.code === 232) ...
 */
export function isEpayApiError(error: unknown): error is EpayApiError {
  return error instanceof EpayApiError;
}

/**
 * True for an OAuth2 error of the token endpoint.
 *
 * @example
 * if (isEpayOAuthError(error) && error.error === 'invalid_grant') ...
 */
export function isEpayOAuthError(error: unknown): error is EpayOAuthError {
  return error instanceof EpayOAuthError;
}

/**
 * True for an answer the client could not read (not JSON, unknown error shape).
 *
 * @example
 * if (isEpayResponseError(error)) console.log(error.snippet);
 */
export function isEpayResponseError(error: unknown): error is EpayResponseError {
  return error instanceof EpayResponseError;
}

/**
 * True when the request got no answer at all.
 *
 * @example
 * if (isEpayNetworkError(error)) retryLater();
 */
export function isEpayNetworkError(error: unknown): error is EpayNetworkError {
  return error instanceof EpayNetworkError;
}

/**
 * True when the answer did not come within `timeoutMs`.
 *
 * @example
 * if (isEpayTimeoutError(error)) retryLater();
 */
export function isEpayTimeoutError(error: unknown): error is EpayTimeoutError {
  return error instanceof EpayTimeoutError;
}

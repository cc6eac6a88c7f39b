import { EpayError } from './epay-error.js';

/** RFC 6749 §5.2 error codes answered by the token endpoint. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'invalid_scope'
  | 'unauthorized_client'
  | 'unsupported_grant_type';

/** The HTTP status of each OAuth error: 401 for client authentication, 400 otherwise (RFC 6749 §5.2). */
export const OAUTH_ERROR_STATUS: Readonly<Record<OAuthErrorCode, number>> = {
  invalid_request: 400,
  invalid_client: 401,
  invalid_grant: 400,
  invalid_scope: 400,
  unauthorized_client: 400,
  unsupported_grant_type: 400,
};

/**
 * An OAuth2-shaped token endpoint error: `{"error": "...", "error_description": "..."}`.
 *
 * @example
 * throw oauthError('invalid_client', 'client_secret does not match client_id test');
 */
export function oauthError(error: OAuthErrorCode, description: string): EpayError {
  return new EpayError(OAUTH_ERROR_STATUS[error], { error, error_description: description });
}
